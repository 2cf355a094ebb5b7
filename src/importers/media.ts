import type { EventMedia } from '../types.js';
// Through the public index: the importers build (dist/importers.js) shares the library instead of a copy.
import { isAllowedLinkUrl } from '../model/urls.js';
import { htmlToText } from './htmlText.js';

/** Image files the detail panel can show; TimelineJS also embeds videos, maps and tweets, which it cannot. */
const IMAGE_URL = /^https?:\/\/[^\s]+\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#][^\s]*)?$/i;

/**
 * Imported media eventline can show: an http(s) image URL with alt text (the first non-empty of
 * `alts`, HTML stripped) and a credit. Anything else (a video, a map, a `javascript:` URL) is dropped.
 */
export function importedMedia(url: unknown, alts: readonly unknown[], credit?: unknown): EventMedia | undefined {
  if (typeof url !== 'string' || !IMAGE_URL.test(url.trim()) || !isAllowedLinkUrl(url.trim())) return undefined;
  const alt = alts.map((value) => (typeof value === 'string' ? htmlToText(value) : '')).find((value) => value !== '') ?? '';
  const creditText = typeof credit === 'string' ? htmlToText(credit) : '';
  return { url: url.trim(), alt, ...(creditText ? { credit: creditText } : {}) };
}
