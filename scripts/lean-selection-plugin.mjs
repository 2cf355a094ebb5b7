// The one-tag script's d3-selection without the selection methods eventline never calls. The
// selection prototype lists every method, so a bundler keeps them all; these (event listeners,
// styles, custom events, reordering and the rest) are about 1 KB gzip of the script. Bundler users
// get d3-selection whole: index.js leaves it external. tests/package/leanSelection.test.ts checks
// that the code using d3 selections calls none of them.

/** Selection methods left out of the one-tag script; nothing eventline calls uses them internally either. */
export const UNUSED_SELECTION_METHODS = [
  'selectChild', 'selectChildren', 'nodes', 'size', 'empty', 'style', 'html', 'raise', 'lower', 'clone', 'on', 'dispatch',
];

/** Removes {@link UNUSED_SELECTION_METHODS} (and the iterator) from d3-selection's prototype. */
export function leanSelection() {
  return {
    name: 'eventline-lean-selection',
    transform(code, id) {
      if (!/[\\/]d3-selection[\\/]dist[\\/]d3-selection\.mjs$/.test(id)) return null;
      let lean = code;
      for (const name of UNUSED_SELECTION_METHODS) {
        const entry = new RegExp(`\\n  ${name}: selection_${name},`);
        // A d3-selection release that changes its prototype's layout fails the build, not the page.
        if (!entry.test(lean)) throw new Error(`eventline-lean-selection: d3-selection's prototype has no "${name}: selection_${name}," entry`);
        lean = lean.replace(entry, '');
      }
      const iterator = /,\n {2}\[Symbol\.iterator\]: selection_iterator\n/;
      if (!iterator.test(lean)) throw new Error('eventline-lean-selection: d3-selection\'s prototype has no iterator entry');
      return { code: lean.replace(iterator, '\n'), map: null };
    },
  };
}
