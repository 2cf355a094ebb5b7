import type { Reporter, TestModule } from 'vitest/node';

/**
 * After a run that included the engine suites: one line per engine with its version and how many
 * scenarios passed, e.g. `Firefox 153.8.0esr: 8 of 8 scenarios passed`, then any notes on how the
 * engine was driven. The engine is the name of each suite file's outer `describe`.
 */
export default class EnginesReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const engines = new Map<string, { version: string; passed: number; total: number; skipped: number; notes: Set<string> }>();
    for (const module of testModules) {
      if (module.project.name !== 'engines') continue;
      for (const test of module.children.allTests()) {
        const engine = test.fullName.split(' > ')[0]!;
        const entry = engines.get(engine) ?? { version: engine, passed: 0, total: 0, skipped: 0, notes: new Set<string>() };
        const meta = test.meta();
        if (meta.engineVersion) entry.version = meta.engineVersion;
        for (const note of meta.engineNotes ?? []) entry.notes.add(note);
        const state = test.result().state;
        entry.total += 1;
        if (state === 'passed') entry.passed += 1;
        if (state === 'skipped') entry.skipped += 1;
        engines.set(engine, entry);
      }
    }
    if (engines.size === 0) return;
    const lines = [...engines.values()].map((entry) =>
      entry.skipped === entry.total
        ? `${entry.version}: skipped (not installed)`
        : `${entry.version}: ${entry.passed} of ${entry.total} scenarios passed${entry.notes.size ? ` (${[...entry.notes].join('; ')})` : ''}`);
    console.log(`\nBrowser engines\n${lines.map((line) => `  ${line}`).join('\n')}\n`);
  }
}
