import { existsSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { startStaticServer, type StaticServer } from '../../scripts/serve.mjs';
import type { EngineDriver, EngineName, EnginePage } from './driver.js';
import { SCENARIOS } from './scenarios.js';

declare module 'vitest' {
  interface TaskMeta {
    /** The engine a scenario ran in, with its version (read by the engines reporter). */
    engineVersion?: string;
    /** What a reader of the results should know about how the engine was driven. */
    engineNotes?: readonly string[];
  }
}

/** How to get one engine: what must be installed, how to install it, how to start it. */
export interface EngineSetup {
  readonly name: EngineName;
  readonly installed: () => boolean;
  readonly install: string;
  readonly launch: () => Promise<EngineDriver>;
}

/**
 * Whether the engine can run here. Without it the suite skips with one line saying how to get it,
 * unless EVENTLINE_REQUIRE_BROWSER=1 (CI), where a missing engine is a failure.
 */
export function engineAvailable(setup: EngineSetup): boolean {
  if (setup.installed()) return true;
  const hint = `${setup.name} is not installed: ${setup.install}`;
  if (process.env.EVENTLINE_REQUIRE_BROWSER === '1') throw new Error(`Engine suite required (EVENTLINE_REQUIRE_BROWSER=1) but ${hint}`);
  console.warn(`${setup.name} engine suite skipped: ${hint}.`);
  return false;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs every scenario in one engine, one page at a time, against the repository served on loopback. */
export function engineSuite(setup: EngineSetup): void {
  describe.skipIf(!engineAvailable(setup))(setup.name, () => {
    let driver: EngineDriver | undefined;
    let server: StaticServer | undefined;
    const shots = `${ROOT}screenshots/engines/${setup.name.toLowerCase()}/`;
    beforeAll(async () => {
      server = await startStaticServer({ root: ROOT });
      driver = await setup.launch();
      if (!existsSync(shots)) mkdirSync(shots, { recursive: true });
    }, 60_000);
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });
    for (const scenario of SCENARIOS) {
      it(scenario.name, async ({ task }) => {
        if (!driver || !server) throw new Error(`${setup.name} did not start`);
        task.meta.engineVersion = driver.version;
        const origin = server.url;
        // Every page a scenario opens is closed after it, also when an assertion fails half-way.
        const opened: EnginePage[] = [];
        const running = driver;
        const tracked: EngineDriver = {
          ...running,
          open: async (url, options) => {
            const page = await running.open(url, options);
            opened.push(page);
            return page;
          },
        };
        try {
          await scenario.run({
            driver: tracked,
            url: (path) => `${origin}${path}`,
            screenshot: (page, name) => page.screenshot(`${shots}${name}.png`),
          });
        } finally {
          for (const page of opened) await page.close().catch(() => undefined);
        }
        task.meta.engineNotes = driver.notes;
      });
    }
  });
}
