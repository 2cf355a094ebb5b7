import { runInNewContext } from 'node:vm';
import { parseAst } from 'rollup/parseAst';
import { describe, expect, it } from 'vitest';
import { asciiCss, toAscii } from '../../scripts/rollup/asciiOnly.mjs';

const NON_ASCII = /[\u0080-\uffff]/;
const escape = (code: string): string => toAscii(code, (text) => parseAst(text), 'test.js');

describe('the build step that makes shipped scripts ASCII-only (#22)', () => {
  it('escapes strings, templates, regular expressions, names, comments and whitespace, and the script computes the same values', () => {
    const code = [
      "var é = '… – “quoted”', 𝑥 = '😀';",
      // A line continuation (U+2028 after a backslash) and an identity escape in a template and a string.
      'var t = `x–${é}y\\\u2028z\\é`, s = \'a\\\u2029b\\ü\';',
      // An astral character in a class: one code point with the u flag; without it, two units that each match one.
      "var r = [/a–b[😀]/u.exec('a–b😀')[0], /^[😀]$/u.test('😀'), /[😀]/.exec('😀')[0].length, /\\é/.test('é'), /^д/i.test('Д')];",
      'class A { #ö = 1; get ö() { return this.#ö; } }',
      // A comment, and no-break spaces between tokens.
      '/* ü – 😀 */ var o = {\u00a0é, ß: new A().ö };',
      'var result = [é, 𝑥, t, s, r, o];',
    ].join('\n');
    const ascii = escape(code);
    expect(ascii).not.toMatch(NON_ASCII);
    expect(ascii).toContain("'\\u2026 \\u2013 \\u201cquoted\\u201d'");
    expect(ascii).toContain("'\\ud83d\\ude00'");
    expect(ascii).toContain('/* \\u00fc \\u2013 \\ud83d\\ude00 */');
    const run = (script: string): string => JSON.stringify(runInNewContext(`${script}\nresult`));
    expect(run(ascii)).toBe(run(code));
    expect(JSON.parse(run(ascii))).toEqual(['… – “quoted”', '😀', 'x–… – “quoted”yzé', 'abü', ['a–b😀', true, 1, true, true], { é: '… – “quoted”', ß: 1 }]);
  });

  it('leaves ASCII alone, and refuses a tagged template whose raw text the tag would read', () => {
    const code = "export const a = 'plain', b = `\\u2026`;";
    expect(escape(code)).toBe(code);
    expect(() => escape('String.raw`–`;')).toThrow(/tagged template/);
  });

  it('writes a stylesheet’s non-ASCII characters as six-digit CSS escapes', () => {
    expect(asciiCss('.a::before { content: "… 😀"; } /* – */')).toBe('.a::before { content: "\\002026 \\01f600"; } /* \\002013 */');
    expect(asciiCss('.b { color: red; }')).toBe('.b { color: red; }');
  });
});
