/** The id `key` names in a URL fragment of `key=id` pairs joined by `&` (`#event=paris&map=kyiv`), or `null`. */
export const readHash = (hash: string, key: string): string | null => new URLSearchParams(hash.slice(1)).get(key) || null;

/** `hash` with `key` set to `id`, or removed for `null`; the other pairs kept. */
export function writeHash(hash: string, key: string, id: string | null): string {
  const pairs = new URLSearchParams(hash.slice(1));
  if (id === null) pairs.delete(key);
  else pairs.set(key, id);
  return pairs.size > 0 ? `#${pairs}` : '';
}

/**
 * Fragment keys the charts hold, so a second chart takes `event-2`, not the first's `event`. One set
 * for the script, not one per window: charts of one script share a page (an iframe's chart runs a
 * script of its own).
 */
const keysInUse = new Set<string>();

/**
 * Deep links (opt-in with the `hash` option): a selection is written to the URL as `#event=<id>` (the
 * key is `hashKey`, or unique per chart of the page), one history entry each, so back and forward
 * move between selections; a URL loaded with such a fragment selects and reveals its event. Each chart
 * reads and writes only its own key and keeps the others', so two charts on a page never close or
 * open each other's events. `show(id)` selects (and reveals) `id`, or clears the selection, because the
 * URL changed; the function returned writes a new selection to the URL (the chart's `select` handler,
 * which its hub drops when the chart is destroyed). The one listener (`popstate`, fired on `window`)
 * goes when `signal` aborts.
 */
export function attachDeepLink(view: Window, show: (id: string | null) => void, signal: AbortSignal, hashKey?: string): (id: string | null) => void {
  let key = hashKey ?? 'event';
  for (let suffix = 2; !hashKey && keysInUse.has(key); suffix++) key = `event-${suffix}`;
  keysInUse.add(key);
  signal.addEventListener('abort', () => keysInUse.delete(key));
  // What this chart's key said last: a history step that leaves it alone is another chart's.
  let shown: string | null = null;
  let following = false;
  const follow = (): void => {
    const id = readHash(view.location.hash, key);
    if (id === shown) return;
    shown = id;
    following = true;
    try {
      show(id);
    } finally {
      following = false;
    }
  };
  view.addEventListener('popstate', follow, { signal });
  follow();
  return (id) => {
    if (following) return;
    shown = id;
    const hash = writeHash(view.location.hash, key, id);
    if (hash === view.location.hash) return;
    view.history.pushState(view.history.state, '', `${view.location.pathname}${view.location.search}${hash}`);
  };
}
