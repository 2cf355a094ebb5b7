/**
 * Plain text from the HTML that TimelineJS and its spreadsheets allow in text fields. Pure string
 * work, no DOM (importers run in Node too), and the result is only ever set as text, never parsed.
 */

/** The named entities news copy uses; anything else named is left as written. */
const NAMED: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»', bull: '•', middot: '·',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', yen: '¥', cent: '¢', sect: '§',
  times: '×', divide: '÷', minus: '−', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾',
  eacute: 'é', egrave: 'è', ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', aring: 'å',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö', oslash: 'ø',
  uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ccedil: 'ç', ntilde: 'ñ', szlig: 'ß', aelig: 'æ', oelig: 'œ',
  Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ccedil: 'Ç', Ntilde: 'Ñ', Ouml: 'Ö', Uuml: 'Ü', Auml: 'Ä',
};

/** Decodes `&amp;`, `&#8217;` and `&#x2019;` style references; unknown or invalid ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z][a-z0-9]{1,31});/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number.parseInt(name.slice(1), 10);
      // Control characters (other than tab and line breaks) and surrogates are not text: left as written.
      const control = (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
      return code > 0 && code <= 0x10ffff && !control && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/** Elements whose content is not text a reader sees. */
const HIDDEN_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'svg', 'math', 'noscript', 'title']);
/** Tags that end a line or a block: they become a space, so words on either side stay apart. */
const BREAKING_TAG = /^(?:p|div|br|li|ul|ol|h[1-6]|blockquote|tr|td|th|section|article|figure|figcaption|hr|footer)$/;
/** A tag's start: `<name` or `</name`, read at one position (sticky), so never more than a name long. */
const TAG_START = /<(\/?)([a-z][a-z0-9-]{0,31})/iy;

/**
 * The text a reader would see in an HTML fragment: comments, scripts and styles dropped, tags
 * stripped (block tags leave a space), entities decoded, whitespace collapsed.
 *
 * One pass from left to right, each character looked at a bounded number of times: the input is
 * untrusted and may be large, so no pattern here may backtrack over it (400 KB of unclosed tags once
 * took 20 s). What a browser would not show is left out: an unclosed comment or tag ends the text there.
 */
export function htmlToText(html: string): string {
  let text = '';
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      text += html.slice(at);
      break;
    }
    text += html.slice(at, open);
    if (html.startsWith('<!--', open)) {
      // From open + 2, as a browser reads it: `<!-->` and `<!--->` are whole (empty) comments.
      const close = html.indexOf('-->', open + 2);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    TAG_START.lastIndex = open;
    const tag = TAG_START.exec(html);
    if (!tag) {
      text += '<';
      at = open + 1;
      continue;
    }
    const end = html.indexOf('>', TAG_START.lastIndex);
    // No '>' anywhere after this one: no later tag can close either, so the rest is not text.
    if (end < 0) break;
    at = end + 1;
    const name = tag[2]!.toLowerCase();
    // A hidden element's content runs to its end tag, unless the tag closes itself (`<svg/>`) or its
    // name goes on (`<script:x>` is another element).
    const whole = /[\s/>]/.test(html.charAt(TAG_START.lastIndex)) && html.charAt(end - 1) !== '/';
    if (!tag[1] && whole && HIDDEN_CONTENT.has(name)) {
      const closing = new RegExp(`</${name}\\b`, 'gi');
      closing.lastIndex = at;
      const found = closing.exec(html);
      const after = found ? html.indexOf('>', closing.lastIndex) : -1;
      text += ' ';
      if (after < 0) break;
      at = after + 1;
      continue;
    }
    if (BREAKING_TAG.test(name)) text += ' ';
  }
  return decodeEntities(text).replace(/[\s\u00a0]+/g, ' ').trim();
}
