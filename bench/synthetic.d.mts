import type { DatasetInput } from '../src/types.js';

/** A seeded synthetic dataset shaped like news: bursty clusters, five lanes, 15% spans, titles of 20–70 characters. */
export function syntheticDataset(options: { count: number; seed?: number; kind?: 'days' | 'timestamps' }): DatasetInput;
/** `dataset` as a page gets its data: parsed from JSON, its strings flat (see synthetic.mjs). */
export function asFetched<T>(dataset: T): T;
