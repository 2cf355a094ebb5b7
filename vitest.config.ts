import { defineConfig } from 'vitest/config';
import { cssText } from './scripts/rollup/cssText.mjs';
import EnginesReporter from './tests/engines/reporter.js';

// Pinned to a zone that is not UTC (and not a whole-hour offset), so a test that silently relies on
// local time fails here rather than for readers in India. Tests that need other zones switch explicitly.
process.env.TZ = 'Asia/Kolkata';

export default defineConfig({
  test: {
    // The JSON file feeds the one-line summary that .ci/run prints for CI.
    reporters: ['default', ['json', { outputFile: 'node_modules/.cache/eventline/test-results.json' }], new EnginesReporter()],
    projects: [
      {
        // The stylesheet is imported as text (`?inline`) by the element and the SVG writer: the same
        // plugin as the build gives the tests the text the bundles carry.
        plugins: [cssText()],
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/browser/**', 'tests/engines/**', 'tests/package/**', 'tests/**/*.dom.test.ts'],
        },
      },
      {
        plugins: [cssText()],
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['tests/**/*.dom.test.ts'],
        },
      },
      {
        test: {
          name: 'package',
          environment: 'node',
          include: ['tests/package/**/*.test.ts'],
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          environment: 'node',
          include: ['tests/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: this is a 2-core machine.
          fileParallelism: false,
        },
      },
      {
        test: {
          name: 'engines',
          environment: 'node',
          include: ['tests/engines/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One engine at a time, after the other projects: three browsers at once on 2 cores would
          // make every scenario a race.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
