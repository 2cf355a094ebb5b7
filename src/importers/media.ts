import type { EventMedia, EventQuote } from '../types.js';
// Through the public index: the importers build (dist/importers.js) shares the library instead of a copy.
import { isAllowedLinkUrl } from '../model/urls.js';
import { htmlToText } from './htmlText.js';
import { hasText, type ImportIssues } from './importedSource.js';

/** Image files the detail panel can show; TimelineJS also embeds videos, maps and tweets, which it cannot. */
const IMAGE_URL = /^https?:\/\/[^\s]+\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#][^\s]*)?$/i;
/** A Wikimedia Commons file page (an HTML page about the image, not the image). */
const COMMONS_PAGE = /^https?:\/\/commons\.(?:m\.)?wikimedia\.org\/wiki\/(File:[^?#\s]+)$/i;
/** Where a quote's speaker is named in a TimelineJS blockquote. */
const ATTRIBUTION = /<(?:cite|footer)\b/i;

/** A slide's or row's media as the source gives it: URL (or HTML), caption, credit, alt text. */
export interface MediaFields {
  url?: unknown;
  caption?: unknown;
  credit?: unknown;
  alt?: unknown;
}

const plain = (value: unknown): string => (typeof value === 'string' ? htmlToText(value) : '');

/**
 * What eventline keeps of imported media, with a note at `path` for every change: an http(s) image
 * URL becomes `media` (alt text from alt or caption, else empty for the caller to fill; the credit
 * kept), a Commons file page its image, a `<blockquote>` (a quote, or a post embedded as one) a quote
 * citing `sourceId`; anything else (a video, a map, an iframe, a relative or `javascript:` URL) is
 * left out and said so.
 */
export function importedMedia(fields: MediaFields, sourceId: string, path: string, issues: ImportIssues): { media?: EventMedia; quote?: EventQuote } {
  const raw = typeof fields.url === 'string' ? fields.url.trim() : '';
  if (!raw) return {};
  const credit = plain(fields.credit);
  if (/^<blockquote\b/i.test(raw)) {
    // A blockquote (TimelineJS's quote, or an embedded post): a quote, its speaker from <cite>/<footer>, else the credit.
    const attribution = ATTRIBUTION.exec(raw);
    const text = htmlToText(attribution ? raw.slice(0, attribution.index) : raw);
    const speaker = (attribution ? htmlToText(raw.slice(attribution.index)).replace(/^[-–—―\s]+/, '') : '') || credit || 'Unattributed';
    if (hasText(text)) {
      issues.note(path, `blockquote media kept as a quote by ${speaker}`);
      return { quote: { text, speaker, source: sourceId } };
    }
  }
  const shown = raw.length > 100 ? `${raw.slice(0, 100)}…` : raw;
  if (raw.startsWith('<')) {
    issues.note(path, 'embedded HTML (an iframe, a picture tag, an empty quote) eventline cannot show: left out');
    return {};
  }
  const commons = COMMONS_PAGE.exec(raw);
  const url = commons ? `https://commons.wikimedia.org/wiki/Special:FilePath/${commons[1]!.slice(5)}` : raw;
  // No white space in a URL: the image pattern then never backtracks over what follows it.
  if (/\s/.test(url) || !IMAGE_URL.test(url) || !isAllowedLinkUrl(url)) {
    issues.note(path, isAllowedLinkUrl(raw) ? `${shown} is not an image (a video, map or page eventline cannot show): left out` : `${shown} is not an absolute http(s) URL: left out`);
    return {};
  }
  if (commons) issues.note(path, 'Commons page URL converted to its image');
  const alt = [fields.alt, fields.caption].map(plain).find((value) => value !== '') ?? '';
  return { media: { url, alt, ...(credit ? { credit } : {}) } };
}
