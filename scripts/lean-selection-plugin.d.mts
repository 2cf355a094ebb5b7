import type { Plugin } from 'rollup';

/** Selection methods left out of the one-tag script; nothing eventline calls uses them internally either. */
export const UNUSED_SELECTION_METHODS: readonly string[];

/** Removes {@link UNUSED_SELECTION_METHODS} (and the iterator) from d3-selection's prototype. */
export function leanSelection(): Plugin;
