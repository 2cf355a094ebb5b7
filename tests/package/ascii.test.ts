import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const dist = join(repo, 'dist');

/** Every script and stylesheet under `folder`, recursively. */
function shippedFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return shippedFiles(path);
    return /\.(js|css)$/.test(entry.name) ? [path] : [];
  });
}

/** The first byte above 0x7F in `file`, as its line, column and character, or undefined. */
function firstNonAscii(file: string): string | undefined {
  const bytes = readFileSync(file);
  const at = bytes.findIndex((byte) => byte > 0x7f);
  if (at < 0) return undefined;
  const before = bytes.subarray(0, at).toString('utf8');
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  const char = String.fromCodePoint(bytes.subarray(at, at + 4).toString('utf8').codePointAt(0) ?? 0);
  const code = (char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0');
  return `${relative(repo, file)}: ${JSON.stringify(char)} (U+${code}) at byte ${at}, line ${line}, column ${column}`;
}

describe('the shipped scripts and stylesheet', () => {
  it('are ASCII only, so that they load in pages of any encoding (#22)', () => {
    expect(existsSync(dist), 'dist/ is missing: run `npm run build` first').toBe(true);
    const files = shippedFiles(dist);
    // The one-tag script, its add-ons and locales, the ES modules and the stylesheet are all there.
    expect(files.map((file) => relative(dist, file)).sort()).toEqual(expect.arrayContaining([
      'eventline.iife.js', 'eventline-importers.js', 'eventline-export.js', 'locales/uk.js', 'locales/ar.js',
      'index.js', 'importers.js', 'element.js', 'export.js', 'schema.js', 'datasets/ukraine.js', 'react.js', 'vue.js', 'eventline.css',
    ]));
    expect(files.map(firstNonAscii).filter(Boolean)).toEqual([]);
  });
});
