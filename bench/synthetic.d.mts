import type { DatasetInput } from '../src/types.js';

/** A seeded synthetic dataset shaped like news: bursty clusters, five lanes, 15% spans, titles of 20–70 characters. */
export function syntheticDataset(options: { count: number; seed?: number; kind?: 'days' | 'timestamps' }): DatasetInput;
