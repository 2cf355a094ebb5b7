/** The URL fragment that names a selected event: `#event=<id>`. */
export function hashFor(id: string | null): string {
  return id === null ? '' : `#event=${encodeURIComponent(id)}`;
}

/** The event id a URL fragment names, or `null` when it names none (`#event=` with an id only). */
export function idFromHash(hash: string): string | null {
  const match = /^#event=([^&]+)$/.exec(hash);
  if (!match) return null;
  try {
    return decodeURIComponent(match[1]!);
  } catch {
    return null;
  }
}

/** What deep linking needs from the timeline. */
export interface DeepLinkHost {
  /** Selects (and reveals) `id`, or clears the selection, because the URL changed. */
  show(id: string | null): void;
}

/**
 * Deep links (opt-in with the `hash` option): a selection is written to the URL as `#event=<id>`, one
 * history entry each, so back and forward move between selections; a URL loaded with such a fragment
 * selects and reveals its event. The one listener (`popstate`, which the browser fires on `window`) is
 * removed when `signal` aborts.
 */
export function attachDeepLink(view: Window, host: DeepLinkHost, signal: AbortSignal): { selectionChanged(id: string | null): void } {
  let following = false;
  const follow = (): void => {
    following = true;
    try {
      host.show(idFromHash(view.location.hash));
    } finally {
      following = false;
    }
  };
  view.addEventListener('popstate', follow, { signal });
  if (idFromHash(view.location.hash) !== null) follow();
  return {
    selectionChanged(id) {
      if (following || signal.aborted) return;
      const hash = hashFor(id);
      if (hash === view.location.hash) return;
      const url = `${view.location.pathname}${view.location.search}${hash}`;
      view.history.pushState(view.history.state, '', url);
    },
  };
}
