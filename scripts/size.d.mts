/** One measured file (or budgeted combination of files). */
export interface MeasuredSize {
  /** What was measured, as `npm run size` prints it. */
  file: string;
  /** Its gzip size in bytes (level 9). */
  bytes: number;
  /** The budget in bytes, where the performance issue sets one. */
  budget?: number;
}

/** The gzip sizes of the built files in `dist/` (run `npm run build` first). */
export function measureSizes(): Promise<MeasuredSize[]>;

/** The budgets in gzip bytes: the one-tag script (its stylesheet built in) and dist/index.js minified. */
export const BUDGETS: { readonly iife: number; readonly index: number };

/** The two-line bundler apps `npm run size` builds: each one's source and whether it imports the stylesheet. */
export const APPS: Readonly<Record<string, { readonly code: string; readonly css: boolean }>>;

/** What a bundler app ships (gzip bytes, JavaScript plus stylesheet where imported), built with rollup, node-resolve and terser. */
export function measureApps(): Promise<Array<MeasuredSize & { javascript: number; css: number }>>;
