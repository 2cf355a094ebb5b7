// Why: a classic script whose server names no charset is decoded in the encoding of the page that loads
// it, and many older CMS pages are windows-1252 or Shift_JIS: raw UTF-8 in a shipped script (an
// ellipsis, a dash, a date-fns locale's month names) then reads as mojibake or stops the script with a
// SyntaxError (#22). So every shipped .js file is ASCII. The minified files get that from terser
// (`format.ascii_only`); this plugin does it for the ES modules, which stay as rollup writes them.
// The stylesheet file takes CSS escapes (asciiCss, below).
//
// It escapes each non-ASCII character where it stands rather than reprinting the module (terser with
// `beautify` would also escape, but rewrites every line: `60_000` becomes `6e4`, class fields lose their
// spaces), so the shipped modules stay readable and diff against the sources. Where it stands decides the
// escape: a string, template or regular expression takes `\uXXXX` per UTF-16 unit (an astral character
// becomes its surrogate pair, which a `u`-flagged regular expression reads as one code point), an
// identifier `\uXXXX` or `\u{…}`, whitespace a plain space or newline, a comment the same escape as text.
// A tagged template's raw text is what the tag reads (String.raw), so there it stops the build instead.
// The result is parsed again and must be the same program with the same string values, or the build
// fails: the strings at run time are the ones in the sources.

// Every UTF-16 unit above 0x7F (surrogates included).
const NON_ASCII = /[\u0080-\uffff]/;
const EACH_NON_ASCII = /[\u0080-\uffff]/g;
const hex4 = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;

/** JavaScript's non-ASCII whitespace (a space where it separates tokens) and line terminators. */
const SPACE = /[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/;
const LINE_TERMINATOR = /[\u2028\u2029]/;

/**
 * The source of a string literal, template element or regular expression literal with every non-ASCII
 * UTF-16 unit written as `\uXXXX`. A backslash before one is a line continuation (U+2028, U+2029: it adds
 * nothing, so both go) or an identity escape (the character itself, so the escape replaces both).
 * @param {string} source
 */
export function escapeQuoted(source) {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const unit = source.charCodeAt(i);
    if (source[i] === '\\') {
      const next = source.charCodeAt(i + 1);
      i++;
      if (next < 0x80) out += source.slice(i - 1, i + 1);
      else if (next !== 0x2028 && next !== 0x2029) out += hex4(next);
      continue;
    }
    out += unit < 0x80 ? source[i] : hex4(unit);
  }
  return out;
}

/**
 * An identifier's source with each non-ASCII code point escaped: `\u{…}` beyond the BMP, since a
 * surrogate pair of escapes is not an identifier.
 * @param {string} source
 */
function escapeIdentifier(source) {
  return [...source].map((char) => {
    const point = char.codePointAt(0) ?? 0;
    if (point < 0x80) return char;
    return point > 0xffff ? `\\u{${point.toString(16)}}` : hex4(point);
  }).join('');
}

/**
 * What remains outside tokens (whitespace, comments) with each non-ASCII character made ASCII.
 * @param {string} char
 */
function escapeLoose(char) {
  if (LINE_TERMINATOR.test(char)) return '\n';
  if (SPACE.test(char)) return ' ';
  return hex4(char.charCodeAt(0));
}

/**
 * Calls `visit(node, parent)` for every node of an ESTree AST.
 * @param {any} node
 * @param {(node: any, parent: any) => void} visit
 * @param {any} [parent]
 */
function walk(node, visit, parent = null) {
  visit(node, parent);
  for (const value of Object.values(node)) {
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof child.type === 'string') walk(child, visit, node);
    }
  }
}

/**
 * A regular expression's pattern with its escapes of non-ASCII units read back (and identity escapes of
 * them dropped), so that a pattern and its escaped form compare equal.
 * @param {string} pattern
 */
function readPattern(pattern) {
  return pattern.replace(/\\(u[0-9a-fA-F]{4}|[\s\S])/g, (escape, what) => {
    if (what.length === 1) return what.charCodeAt(0) < 0x80 ? escape : what;
    const unit = Number.parseInt(what.slice(1), 16);
    return unit < 0x80 ? escape : String.fromCharCode(unit);
  });
}

/**
 * Whether two ASTs are the same program: every node and value alike but for positions and raw source
 * (a regular expression's pattern compared as read by {@link readPattern}).
 * @param {unknown} a
 * @param {unknown} b
 * @returns {boolean}
 */
function sameTree(a, b) {
  if (typeof a !== 'object' || a === null || typeof b !== 'object' || b === null) return Object.is(a, b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a).filter((key) => key !== 'start' && key !== 'end' && key !== 'raw');
  if (keys.length !== Object.keys(b).filter((key) => key !== 'start' && key !== 'end' && key !== 'raw').length) return false;
  const regex = 'regex' in a && a.regex;
  return keys.every((key) => {
    // A regular expression literal's value is a RegExp object, which JSON-like comparison cannot read.
    if (regex && key === 'value') return true;
    if (regex && key === 'regex') return a.regex.flags === b.regex?.flags && readPattern(a.regex.pattern) === readPattern(b.regex?.pattern ?? '');
    return key in b && sameTree(a[key], b[key]);
  });
}

/**
 * `code` with every non-ASCII character escaped, the program unchanged; `parse` is rollup's.
 * @param {string} code
 * @param {(code: string) => any} parse
 * @param {string} fileName for the error messages
 * @returns {string}
 */
export function toAscii(code, parse, fileName) {
  if (!NON_ASCII.test(code)) return code;
  const before = parse(code);
  const tagged = new Set();
  walk(before, (node) => {
    if (node.type === 'TaggedTemplateExpression') tagged.add(node.quasi);
  });
  /** @type {Map<number, { end: number, text: string }>} */
  const edits = new Map();
  walk(before, (node, parent) => {
    const source = code.slice(node.start, node.end);
    if (!NON_ASCII.test(source) || edits.has(node.start)) return;
    if (node.type === 'TemplateElement' && parent?.type === 'TemplateLiteral') {
      // The quasi of a tagged template: its raw text is a value (String.raw), which an escape would change.
      if (tagged.has(parent)) {
        throw new Error(`${fileName}: a tagged template holds non-ASCII text (${JSON.stringify(source.slice(0, 40))}); escaping it would change what the tag reads, so write the escape in the source`);
      }
      edits.set(node.start, { end: node.end, text: escapeQuoted(source) });
    } else if (node.type === 'Literal' && (typeof node.value === 'string' || node.regex)) {
      edits.set(node.start, { end: node.end, text: escapeQuoted(source) });
    } else if (node.type === 'Identifier' || node.type === 'PrivateIdentifier') {
      edits.set(node.start, { end: node.end, text: escapeIdentifier(source) });
    }
  });
  let out = '';
  let at = 0;
  for (const [start, { end, text }] of [...edits].sort(([a], [b]) => a - b)) {
    out += code.slice(at, start).replace(EACH_NON_ASCII, escapeLoose) + text;
    at = end;
  }
  out += code.slice(at).replace(EACH_NON_ASCII, escapeLoose);
  if (!sameTree(before, parse(out))) throw new Error(`${fileName}: escaping its non-ASCII characters changed the program`);
  return out;
}

/**
 * `css` with each non-ASCII character as a CSS escape: a stylesheet served without a charset is decoded
 * in the encoding of the page that links it (#22). Escapes rather than `@charset "UTF-8"`, which counts
 * only as a file's very first bytes and is lost when a bundler joins stylesheets. Six hex digits, so no
 * space is needed to end one; in a string or a name an escape is the character itself, in a comment text.
 * @param {string} css
 */
export function asciiCss(css) {
  return css.replace(/[\u{80}-\u{10ffff}]/gu, (char) => `\\${(char.codePointAt(0) ?? 0).toString(16).padStart(6, '0')}`);
}

/**
 * An output plugin that makes each chunk ASCII-only without changing what it does (see above). It runs
 * after the minifier: on terser's `ascii_only` output there is nothing left to do.
 * @returns {import('rollup').Plugin}
 */
export function asciiOnly() {
  return {
    name: 'eventline-ascii-only',
    renderChunk(code, chunk) {
      if (!NON_ASCII.test(code)) return null;
      return { code: toAscii(code, (text) => this.parse(text), chunk.fileName), map: null };
    },
  };
}
