import { truncateForMessage } from './messages.js';

/** The URL schemes a link from data may use; everything else (`javascript:`, `data:` …) is refused. */
export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:'];

/**
 * Checks a URL from data against the allow-list of schemes. Returns `null` when it is safe to put in
 * an `href`, otherwise the reason in words. The WHATWG URL parser is used so that tricks such as
 * `java\tscript:` or upper-case schemes are judged the way a browser would read them.
 */
export function checkLinkUrl(text: string, allowMailto = true): string | null {
  // mailto: is the last of the list.
  const allowed = allowMailto ? LINK_SCHEMES : LINK_SCHEMES.slice(0, 2);
  const names = allowed.map((scheme) => scheme.slice(0, -1)).join(', ');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return `${truncateForMessage(text)} is not an absolute URL (expected ${names})`;
  }
  if (!allowed.includes(url.protocol)) {
    return `${truncateForMessage(text)} uses the scheme "${url.protocol}", which is not allowed (use ${names})`;
  }
  return null;
}

/** Whether a URL from data may be used as a link (`http`, `https` or `mailto`). */
export function isAllowedLinkUrl(text: string): boolean {
  return checkLinkUrl(text) === null;
}
