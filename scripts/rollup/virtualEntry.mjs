// Why: each locale add-on (dist/locales/<code>.js) is three lines that register one date-fns locale
// with the `eventline` global; writing them as source files would mean nine copies of the same module.

/**
 * An entry module that exists only in the build.
 * @param {string} id the entry's id (the config's `input`)
 * @param {string} code its source
 * @returns {import('rollup').Plugin}
 */
export function virtualEntry(id, code) {
  return {
    name: 'eventline-virtual-entry',
    resolveId: (source) => (source === id ? id : null),
    load: (source) => (source === id ? code : null),
  };
}
