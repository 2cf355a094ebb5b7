// Deterministic synthetic news datasets for the benchmark, in eventline's JSON dataset format.
// Browser-safe (no Node imports): bench-page.mjs generates the dataset in the page, so the transfer
// of a 100,000-event dataset is never part of what is measured.

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const FIRST_DAY = Date.UTC(1990, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(2025, 11, 31) / DAY_MS;
/** Timestamped data (live coverage, wire items) covers 2015–2025, in minutes since 1970. */
const FIRST_MINUTE = Date.UTC(2015, 0, 1) / MINUTE_MS;
const LAST_MINUTE = Date.UTC(2025, 11, 31, 23, 59) / MINUTE_MS;

const GROUPS = ['Politics', 'Conflict', 'Economy', 'Diplomacy', 'Society'];
const GROUP_WEIGHTS = [0.3, 0.25, 0.2, 0.15, 0.1];
const CATEGORIES = ['announcement', 'vote', 'clash', 'agreement', 'report', 'protest'];
const WORDS = [
  'minister', 'talks', 'border', 'ceasefire', 'summit', 'budget', 'parliament', 'vote', 'sanctions',
  'treaty', 'protest', 'court', 'ruling', 'election', 'troops', 'envoy', 'inflation', 'central',
  'bank', 'rates', 'strike', 'union', 'reform', 'coalition', 'opposition', 'leader', 'resigns',
  'signs', 'rejects', 'approves', 'delays', 'new', 'deal', 'trade', 'export', 'grain', 'energy',
  'pipeline', 'aid', 'package', 'refugees', 'crisis', 'report', 'inquiry', 'mayor', 'capital',
  'region', 'forces', 'withdraw', 'advance', 'offensive', 'peace', 'plan', 'backs', 'calls',
  'for', 'over', 'after', 'amid', 'with', 'on', 'in', 'first', 'final', 'emergency', 'session',
];

/** mulberry32: a tiny, fast 32-bit PRNG; the same seed always gives the same sequence in [0, 1). */
function mulberry32(seed) {
  let a = seed >>> 0;
  return function next() {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 'YYYY-MM-DD' for a whole day number since 1970-01-01 (UTC), always a real calendar day. */
function isoDay(day) {
  const date = new Date(day * DAY_MS);
  const month = String(date.getUTCMonth() + 1).padStart(2, '0');
  const dayOfMonth = String(date.getUTCDate()).padStart(2, '0');
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${month}-${dayOfMonth}`;
}

const pad = (value) => String(value).padStart(2, '0');

/**
 * An ISO date-time for a whole minute since 1970, written as wire and live-coverage feeds write them:
 * mostly `2024-03-05T14:32Z`, some with seconds (`…T14:32:07Z`) and some in a local offset
 * (`…T16:32+02:00`, the same instant). `style` in [0, 1) picks the form.
 */
function isoMinute(minute, style) {
  if (style < 0.6) return `${new Date(minute * MINUTE_MS).toISOString().slice(0, 16)}Z`;
  if (style < 0.8) return `${new Date(minute * MINUTE_MS).toISOString().slice(0, 16)}:${pad(Math.floor(style * 300) % 60)}Z`;
  const offsetHours = [-5, 1, 2, 3, 5.5][Math.floor(style * 25) % 5];
  const local = new Date((minute + offsetHours * 60) * MINUTE_MS).toISOString().slice(0, 16);
  const sign = offsetHours < 0 ? '-' : '+';
  const size = Math.abs(offsetHours);
  return `${local}${sign}${pad(Math.floor(size))}:${pad((size % 1) * 60)}`;
}

/** Minutes from a burst centre: most within hours (a developing story), a heavy tail reaching months. */
function offsetMinutes(random) {
  const sign = random() < 0.5 ? -1 : 1;
  if (random() < 0.85) return sign * Math.floor(-Math.log(1 - random()) * 90);
  const pareto = 600 * (Math.pow(1 - random(), -1 / 1.2) - 1); // alpha 1.2, scale 10 hours
  return sign * Math.floor(Math.min(pareto, 2 * 365 * 1440));
}

function pickWeighted(random, weights) {
  let u = random();
  for (let i = 0; i < weights.length; i += 1) {
    u -= weights[i];
    if (u < 0) return i;
  }
  return weights.length - 1;
}

/** A headline of 20–70 characters from the word list. */
function headline(random) {
  const target = 20 + Math.floor(random() * 51);
  const first = WORDS[Math.floor(random() * WORDS.length)];
  const words = [first[0].toUpperCase() + first.slice(1)];
  let length = words[0].length;
  while (length < target) {
    const word = WORDS[Math.floor(random() * WORDS.length)];
    if (length + 1 + word.length > 70) break;
    words.push(word);
    length += 1 + word.length;
  }
  // Words are at most 10 characters, so stopping early (past 59) still leaves at least 20. join() gives
  // a flat string, as JSON.parse would; repeated `+` would leave ropes that inflate the heap baseline.
  return words.join(' ');
}

/** Days from a burst centre: most within days, a heavy (Pareto) tail reaching months to years. */
function offsetDays(random) {
  const sign = random() < 0.5 ? -1 : 1;
  if (random() < 0.85) return sign * Math.floor(-Math.log(1 - random()) * 3);
  const pareto = 10 * (Math.pow(1 - random(), -1 / 1.2) - 1); // alpha 1.2, scale 10 days
  return sign * Math.floor(Math.min(pareto, 5 * 365));
}

/**
 * A news-like dataset of `count` events, identical for the same `{ count, seed, kind }`: about count/50
 * bursts, five lanes, ~15% spans (1 day to ~4 years), importance mostly 1. `kind: 'days'` (the default)
 * dates events by calendar day over 1990–2025; `kind: 'timestamps'` by the minute over 2015–2025, bursts
 * lasting hours, in the written forms of {@link isoMinute}.
 * @param {{ count: number, seed?: number, kind?: 'days' | 'timestamps' }} options
 */
export function syntheticDataset({ count, seed = 1, kind = 'days' }) {
  if (!Number.isInteger(count) || count < 0) throw new Error(`syntheticDataset: count must be a whole number ≥ 0, got ${count}`);
  if (kind !== 'days' && kind !== 'timestamps') throw new Error(`syntheticDataset: kind must be 'days' or 'timestamps', got ${kind}`);
  const timestamps = kind === 'timestamps';
  const [first, last] = timestamps ? [FIRST_MINUTE, LAST_MINUTE] : [FIRST_DAY, LAST_DAY];
  // Span lengths and offsets in the dataset's unit (minutes or days).
  const perDay = timestamps ? 1440 : 1;
  const offset = timestamps ? offsetMinutes : offsetDays;
  const write = timestamps ? isoMinute : isoDay;
  const random = mulberry32(seed);
  const burstCount = Math.max(1, Math.round(count / 50));
  const bursts = [];
  let totalWeight = 0;
  for (let b = 0; b < burstCount; b += 1) {
    // Pareto-ish burst sizes: a few big stories, many small ones.
    const weight = Math.min(Math.pow(1 - random(), -1 / 1.5), 50);
    totalWeight += weight;
    bursts.push({
      at: first + Math.floor(random() * (last - first + 1)),
      group: pickWeighted(random, GROUP_WEIGHTS),
      cumulative: totalWeight,
    });
  }

  const events = new Array(count);
  for (let i = 0; i < count; i += 1) {
    // Binary search the cumulative burst weights.
    const target = random() * totalWeight;
    let lo = 0;
    let hi = burstCount - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (bursts[mid].cumulative <= target) lo = mid + 1;
      else hi = mid;
    }
    const burst = bursts[lo];

    const isSpan = random() < 0.15;
    const duration = isSpan ? Math.max(perDay, Math.round(perDay * Math.exp(random() * Math.log(1500)))) : 0;
    let start = burst.at + offset(random);
    start = Math.min(Math.max(start, first), last - duration);
    const group = random() < 0.7 ? burst.group : pickWeighted(random, GROUP_WEIGHTS);
    const roll = random();
    const importance = roll < 0.8 ? 1 : roll < 0.95 ? 2 : 3;

    const title = headline(random);
    const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)];
    // The days kind draws nothing here, so its events are the same as before the timestamped kind.
    const style = timestamps ? random() : 0;
    events[i] = isSpan
      ? { id: `e${i}`, title, start: write(start, style), end: write(start + duration, style), group: GROUPS[group], category, importance, sources: ['synthetic'] }
      : { id: `e${i}`, title, start: write(start, style), group: GROUPS[group], category, importance, sources: ['synthetic'] };
  }

  return {
    title: `Synthetic ${timestamps ? 'timestamped ' : ''}news timeline (${count} events, seed ${seed})`,
    sources: [{ id: 'synthetic', publisher: 'eventline bench', title: 'Synthetic events', published: '2025-01-01' }],
    events,
  };
}

/**
 * `dataset` as a page gets its data: parsed from JSON (a fetch, the element's `src`, an inline script).
 * The generator builds its strings by concatenation, which V8 keeps as rope ("cons") strings: larger
 * (100,000 timestamped events take 26.8 MB instead of 20.8) and flattened on their first read, inside
 * the measured render (about 3 MB of its allocation). No page that fetches its data has either.
 * @template T
 * @param {T} dataset
 * @returns {T}
 */
export const asFetched = (dataset) => JSON.parse(JSON.stringify(dataset));
