import { basename } from 'node:path';
import type { Reporter, TestModule } from 'vitest/node';

/** One engine's results as the line says them. */
interface EngineResult {
  version: string;
  passed: number;
  total: number;
  skipped: number;
  failedToRun: boolean;
  notes: Set<string>;
}

/** The engine a suite file runs in, from its name (`firefox.test.ts` → `Firefox`). */
const engineOfFile = (moduleId: string): string => {
  const name = basename(moduleId).split('.')[0]!;
  return name === 'webkit' ? 'WebKit' : name.charAt(0).toUpperCase() + name.slice(1);
};

function lineOf(result: EngineResult): string {
  if (result.total === 0) return `${result.version}: did not run (the suite failed to load; see the error above)`;
  if (result.skipped === result.total) {
    return result.failedToRun ? `${result.version}: did not start (see the error above)` : `${result.version}: skipped (not installed)`;
  }
  const notes = result.notes.size ? ` (${[...result.notes].join('; ')})` : '';
  return `${result.version}: ${result.passed} of ${result.total} scenarios passed${notes}`;
}

/**
 * After a run that included the engine suites: one line per engine with its version and how many
 * scenarios passed, e.g. `Firefox 153.8.0: 9 of 9 scenarios passed`, then any notes on how the engine
 * was driven; an engine that is not installed, did not start or whose suite did not load says so.
 */
export default class EnginesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const engines = new Map<string, EngineResult>();
    for (const module of testModules) {
      if (module.project.name !== 'engines') continue;
      const engine = engineOfFile(module.moduleId);
      const entry = engines.get(engine) ?? { version: engine, passed: 0, total: 0, skipped: 0, failedToRun: false, notes: new Set<string>() };
      entry.failedToRun ||= module.state() === 'failed';
      for (const test of module.children.allTests()) {
        const meta = test.meta();
        if (meta.engineVersion) entry.version = meta.engineVersion;
        for (const note of meta.engineNotes ?? []) entry.notes.add(note);
        const state = test.result().state;
        entry.total += 1;
        if (state === 'passed') entry.passed += 1;
        if (state === 'skipped') entry.skipped += 1;
      }
      engines.set(engine, entry);
    }
    if (engines.size === 0) return;
    console.log(`\nBrowser engines\n${[...engines.values()].map((entry) => `  ${lineOf(entry)}`).join('\n')}\n`);
  }
}
