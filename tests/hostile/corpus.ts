/**
 * The XSS corpus and the hostile datasets built from it, in the three input formats eventline reads
 * (its JSON, spreadsheet CSV, TimelineJS JSON). Every payload that could run sets
 * `window.__eventlinePwned` (or its parent's) to its own number, so a test that finds the flag set
 * knows which payload got through. Shared by the jsdom suites here and tests/browser/hostile.test.ts.
 */
import type { DatasetInput, SourceInput, TimelineEventInput } from '../../src/types.js';

/** The window property a payload sets if it ever runs. */
export const PWNED_FLAG = '__eventlinePwned';

/** Markup, script and template payloads: each must reach the reader as the text it is. */
export const XSS_TEXTS: readonly string[] = [
  '<script>window.__eventlinePwned=1</script>',
  '<img src=x onerror="window.__eventlinePwned=2">',
  '<svg onload="window.__eventlinePwned=3">',
  '<svg><script>window.__eventlinePwned=4</script></svg>',
  '"><img src=x onerror=window.__eventlinePwned=5>',
  "'><img src=x onerror=window.__eventlinePwned=6>",
  '</text><script>window.__eventlinePwned=7</script>',
  '</title><script>window.__eventlinePwned=8</script>',
  '</style><script>window.__eventlinePwned=9</script>',
  '<style>@import "javascript:window.__eventlinePwned=10";*{background:url("javascript:window.__eventlinePwned=10")}</style>',
  '<div style="width:expression(window.__eventlinePwned=11)">x</div>',
  "{{constructor.constructor('window.__eventlinePwned=12')()}}",
  '${window.__eventlinePwned=13}',
  '<svg><foreignObject><iframe srcdoc="<script>parent.__eventlinePwned=14</script>"></iframe></foreignObject></svg>',
  '<svg><a xlink:href="javascript:window.__eventlinePwned=15"><text y="20">click</text></a></svg>',
  '<iframe srcdoc="<script>parent.__eventlinePwned=16</script>"></iframe>',
  '<iframe src="javascript:parent.__eventlinePwned=17"></iframe>',
  '<a href="javascript:window.__eventlinePwned=18">read more</a>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__eventlinePwned=19>',
  '<noscript><p title="</noscript><img src=x onerror=window.__eventlinePwned=20>">',
  '<details open ontoggle="window.__eventlinePwned=21">',
  '<input autofocus onfocus="window.__eventlinePwned=22">',
  '<object data="javascript:window.__eventlinePwned=23"></object>',
  '<embed src="javascript:window.__eventlinePwned=24">',
  '<base href="javascript:window.__eventlinePwned=25//">',
  '<meta http-equiv="refresh" content="0;url=javascript:window.__eventlinePwned=26">',
  '<svg><animate onbegin="window.__eventlinePwned=27" attributeName="x" dur="1s"/></svg>',
  '<svg><set attributeName="onmouseover" to="window.__eventlinePwned=28"/></svg>',
  '<img src="x" onerror="&#119;indow.__eventlinePwned=29">',
  '&lt;img src=x onerror=window.__eventlinePwned=30&gt;',
  '<![CDATA[<script>window.__eventlinePwned=31</script>]]>',
  '<!--<img src=x onerror=window.__eventlinePwned=32>-->',
  '<xss id=x tabindex=1 autofocus onfocusin=window.__eventlinePwned=33></xss>',
  '<video><source onerror="window.__eventlinePwned=34"></video>',
  '<form action="javascript:window.__eventlinePwned=35"><button>go</button></form>',
  '<scr<script>ipt>window.__eventlinePwned=36</scr</script>ipt>',
  '<IMG SRC=JaVaScRiPt:window.__eventlinePwned=37>',
  'javascript:window.__eventlinePwned=38',
  '<template><img src=x onerror=window.__eventlinePwned=39></template>',
  '\u202Egnp.<img src=x onerror=window.__eventlinePwned=40>\u202C exe',
  '<a href="&#106;avascript:window.__eventlinePwned=41">x</a>',
  '<link rel="stylesheet" href="data:text/css,*{background:red}">',
];

/** Link URLs a dataset may not use (only http, https and mailto are allowed; mailto not for media). */
export const HOSTILE_URLS: readonly string[] = [
  'javascript:window.__eventlinePwned=101',
  'JaVaScRiPt:window.__eventlinePwned=102',
  '&#106;avascript:window.__eventlinePwned=103',
  'java\tscript:window.__eventlinePwned=104',
  ' javascript:window.__eventlinePwned=105',
  '\u0000javascript:window.__eventlinePwned=106',
  'data:text/html,<script>window.__eventlinePwned=107</script>',
  'data:image/svg+xml,<svg onload="window.__eventlinePwned=108"/>',
  'vbscript:msgbox(109)',
  'file:///etc/passwd',
  '//evil.example/110',
  'blob:https://example.org/0b4f',
];

/**
 * URLs the allow-list lets through that still try something: a quote to break out of an attribute,
 * markup in the query. As links they must stay what they are, one `href` each.
 */
export const ALLOWED_TRICKY_URLS: readonly string[] = [
  'https://example.org/" onmouseover="window.__eventlinePwned=201',
  "http://example.org/?q='><script>window.__eventlinePwned=202</script>",
  'mailto:desk@example.org?subject=<img src=x onerror=window.__eventlinePwned=203>',
];

/** How many days apart the hostile events are, so most get a mark and a label of their own. */
const DAYS_APART = 9;

/** Six lanes, each named with a payload: enough to show lane names, few enough to keep the charts quick. */
const laneOf = (index: number): string => `Desk ${index % 6}: ${XSS_TEXTS[index % 6]!}`;

const dayAfter = (days: number): string => new Date(Date.UTC(2024, 0, 1) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The corpus in every text field of the eventline format: event `x<n>` has payload n as its title,
 * summary, note, lane, category, actors, tags, place, quote and speaker, media alt text and credit, and
 * cites source `s<n>` whose publisher and title are the payload too; every fifth event is an era.
 * Links are allowed ones (some tricky), so the dataset is valid and every view can be opened.
 */
export function hostileDataset(): DatasetInput {
  const sources: SourceInput[] = XSS_TEXTS.map((payload, index) => ({
    id: `s${index}`, publisher: payload, title: payload, published: '2025-09-05',
    url: ALLOWED_TRICKY_URLS[index % ALLOWED_TRICKY_URLS.length]!,
  }));
  const events: TimelineEventInput[] = XSS_TEXTS.map((payload, index) => {
    const era = index % 5 === 4;
    return {
      id: `x${index}`, title: payload, start: dayAfter(index * DAYS_APART), sources: [`s${index}`],
      ...(era ? { end: dayAfter(index * DAYS_APART + 20), era: true } : {}),
      summary: payload, note: payload, group: laneOf(index), category: payload,
      actors: [payload], tags: [payload], location: { name: payload, lat: 50.45, lon: 30.52 },
      quotes: [{ text: payload, speaker: payload, source: `s${index}` }],
      importance: (1 + (index % 3)) as 1 | 2 | 3,
      media: { url: `https://example.org/photo-${index}.jpg`, alt: payload, credit: payload },
    };
  });
  return { title: XSS_TEXTS[1]!, description: XSS_TEXTS[0]!, sources, events };
}

/**
 * A small dataset whose every link is a hostile URL: a source's `url` and an event's `media.url` per
 * URL of {@link HOSTILE_URLS}. The validator must refuse each one, naming where it is.
 */
export function hostileLinksDataset(): DatasetInput {
  return {
    title: 'Hostile links',
    sources: HOSTILE_URLS.map((url, index) => ({ id: `s${index}`, publisher: 'Desk', title: 'Report', published: '2025-09-05', url })),
    events: HOSTILE_URLS.map((url, index) => ({
      id: `l${index}`, title: `Link ${index}`, start: dayAfter(index), sources: [`s${index}`], media: { url, alt: 'A photo' },
    })),
  };
}

/**
 * Payload `index` with words before it: importers strip markup from text (TimelineJS and its sheets
 * allow HTML), and a headline that was nothing but a tag would be an empty title, refused on import.
 */
const labelled = (payload: string, index: number): string => `Item ${index}: ${payload}`;

/** A CSV field: quoted, quotes doubled, as a spreadsheet writes it. */
const csvField = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/**
 * The corpus as a spreadsheet in the TimelineJS template: a title row, then one row per payload in
 * every text column (Headline, Text, Display Date, Media Caption, Media Credit, Group) with the Media
 * column cycling through hostile URLs and images; every fifth row an era.
 */
export function hostileCsv(): string {
  const header = ['Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text', 'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background'];
  const media = [...HOSTILE_URLS, 'https://example.org/photo.jpg'];
  const rows = XSS_TEXTS.map((raw, index) => {
    const payload = labelled(raw, index);
    const [year, month, day] = dayAfter(index * DAYS_APART).split('-');
    const era = index % 5 === 4;
    const [endYear, endMonth, endDay] = era ? dayAfter(index * DAYS_APART + 20).split('-') : ['', '', ''];
    return [year, month, day, '', endYear, endMonth, endDay, '', payload, payload, payload, media[index % media.length], payload, payload, payload, era ? 'era' : '', laneOf(index), payload];
  });
  const title = ['', '', '', '', '', '', '', '', '', labelled(XSS_TEXTS[0]!, 0), labelled(XSS_TEXTS[1]!, 1), '', '', '', '', 'title', '', ''];
  return [header, title, ...rows].map((row) => row.map((cell) => csvField(cell ?? '')).join(',')).join('\r\n');
}

/**
 * The corpus as TimelineJS3 JSON: the title slide, one event per payload in its headline, text,
 * display date, group, unique_id and media (caption, credit, alt; the URL cycling through hostile
 * ones and an image), and every fifth payload an era.
 */
export function hostileTimelineJS(): Record<string, unknown> {
  const media = [...HOSTILE_URLS, 'https://example.org/photo.jpg'];
  const date = (days: number): Record<string, number> => {
    const [year, month, day] = dayAfter(days).split('-').map(Number);
    return { year: year!, month: month!, day: day! };
  };
  const slides = XSS_TEXTS.map((raw, index) => labelled(raw, index)).map((payload, index) => ({
    start_date: date(index * DAYS_APART),
    text: { headline: payload, text: payload }, display_date: payload, group: laneOf(index), unique_id: payload,
    media: { url: media[index % media.length], caption: payload, credit: payload, alt: payload },
    background: { url: HOSTILE_URLS[0] },
  }));
  return {
    title: { text: { headline: labelled(XSS_TEXTS[0]!, 0), text: labelled(XSS_TEXTS[1]!, 1) }, media: { url: HOSTILE_URLS[0] } },
    events: slides.filter((_, index) => index % 5 !== 4),
    eras: slides.filter((_, index) => index % 5 === 4).map(({ start_date, text }, index) => ({ start_date, end_date: date((5 * index + 4) * DAYS_APART + 20), text })),
  };
}
