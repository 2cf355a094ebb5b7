// Why: the subpath builds (importers, element, dataset) and the one-tag script's add-ons must use the
// library they sit beside, not a copy of it: a page that loads both would otherwise carry two copies,
// and an EventlineDataError thrown by one copy would not be `instanceof` the other's. A module that
// the library's public index re-exports is therefore taken from the built index (`./index.js`, or the
// `eventline` global for an add-on). Which modules that is follows from the index's own `export … from`
// lines, so a source file imports what it needs like any other module.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

/**
 * The modules a source file provides: itself and every module it re-exports values from (`export … from './x.js'`;
 * an `export type … from` provides nothing at run time).
 * @param {string} provider a source file, such as `src/index.ts`
 * @returns {Set<string>} absolute paths of .ts files
 */
export function providedModules(provider) {
  const file = resolve(provider);
  const text = readFileSync(file, 'utf8');
  const modules = new Set([file]);
  for (const [, specifier] of text.matchAll(/^export\s+(?!type\b)[^;]*?\bfrom\s+'(\.[^']+)\.js';/gms)) {
    modules.add(resolve(dirname(file), `${specifier}.ts`));
  }
  return modules;
}

/**
 * Resolves imports of what `providers` provide to external ids: `{ 'src/index.ts': './index.js' }`
 * makes `../model/time.js` (re-exported by the index) the external `./index.js`.
 * @param {Record<string, string>} providers source file → the id the output imports it by
 * @returns {import('rollup').Plugin}
 */
export function sharedModules(providers) {
  const byModule = new Map();
  for (const [provider, id] of Object.entries(providers)) for (const module of providedModules(provider)) byModule.set(module, id);
  return {
    name: 'eventline-shared-modules',
    async resolveId(source, importer, options) {
      if (!importer || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      const shared = resolved && byModule.get(resolve(resolved.id));
      // The entry itself is never shared (the importers entry provides what the element takes from ./importers.js).
      return shared && !options.isEntry ? { id: shared, external: true } : null;
    },
  };
}
