/** The small XML writer the SVG writers share: escaping, numbers, elements. */

/** Characters XML 1.0 cannot hold at all (control characters, lone surrogates): a title pasted from Word may carry one. */
// eslint-disable-next-line no-control-regex
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** `text` escaped for XML text and attribute values. */
export const escapeXml = (text: string): string =>
  text.replace(NOT_XML, ' ').replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[char]!);
/** A number as SVG writes it: one decimal, 0 for what is not finite. */
export const n = (value: number): string => (Number.isFinite(value) ? String(Math.round(value * 10) / 10) : '0');

/** One element: attributes from an object (undefined ones left out), text content escaped. */
export function tag(name: string, attributes: Record<string, string | number | undefined>, content = ''): string {
  const written = Object.entries(attributes)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXml(typeof value === 'number' ? n(value) : value)}"`)
    .join('');
  return `<${name}${written}${content === '' ? '/>' : `>${content}</${name}>`}`;
}
