/**
 * One check of a rendered tree for anything data could have smuggled in: elements the library does
 * not create, event-handler attributes, links and sources outside the allow-list, styles that load or
 * run something. Self-contained (no imports, no outer names), so the browser suite can hand the very
 * same function to `page.evaluate`.
 */

/**
 * The problems found under `root` (shadow roots included), one line each; an empty list is a pass.
 * `allowed` lists the element names the library creates (lower case); any other is reported.
 */
export function auditTree(root: Node, allowed: readonly string[]): string[] {
  const problems: string[] = [];
  // Attributes whose value is fetched or navigated to. Only these may carry a URL, and only from the allow-list.
  const urlAttributes = ['href', 'xlink:href', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'data', 'poster', 'background', 'ping', 'lowsrc', 'dynsrc', 'codebase', 'cite', 'longdesc', 'manifest'];
  const schemeOf = (value: string, base: string): string => {
    try {
      return new URL(value, base).protocol;
    } catch {
      return 'unparsable:';
    }
  };
  const describe = (element: Element): string => `<${element.localName}${element.className && typeof element.className === 'string' ? `.${element.className.split(' ')[0]}` : ''}>`;
  const visit = (node: Node): void => {
    if (node.nodeType === 1) {
      const element = node as Element;
      const name = element.localName.toLowerCase();
      if (!allowed.includes(name)) problems.push(`element ${describe(element)} is not one the library creates`);
      for (const attribute of [...element.attributes]) {
        const attributeName = attribute.name.toLowerCase();
        const where = `${describe(element)} ${attribute.name}="${attribute.value.slice(0, 80)}"`;
        if (attributeName.startsWith('on')) problems.push(`event handler attribute ${where}`);
        if (urlAttributes.includes(attributeName)) {
          const scheme = schemeOf(attribute.value, element.ownerDocument.baseURI);
          const ok = (name === 'a' && attributeName === 'href' && ['http:', 'https:', 'mailto:'].includes(scheme))
            || (name === 'img' && attributeName === 'src' && ['http:', 'https:'].includes(scheme));
          if (!ok) problems.push(`link or source ${where}`);
        }
        if (attributeName === 'style' && /url\s*\(|expression|javascript|@import|behavior|binding/i.test(attribute.value)) problems.push(`style that loads or runs something ${where}`);
      }
      const shadow = (element as HTMLElement).shadowRoot;
      if (shadow) visit(shadow);
    }
    for (const child of [...node.childNodes]) visit(child);
  };
  visit(root);
  return problems;
}

/**
 * Every element the library creates in a page: the chart (SVG), its controls, legend, detail panel,
 * tooltip, story of cards and states, and the element's shadow root. A new element in the library
 * must be added here on purpose: the audit then still catches one that data brought in.
 */
export const LIBRARY_ELEMENTS: readonly string[] = [
  // The chart (a shortened gap's cut and a widened stretch of the axis carry a <title> hint).
  'svg', 'defs', 'clippath', 'g', 'rect', 'path', 'line', 'text', 'tspan', 'title',
  // The HTML around it: controls, legend, states, tooltip, detail panel, story.
  'div', 'section', 'button', 'span', 'strong', 'ul', 'ol', 'li', 'h2', 'h3', 'p', 'dl', 'dt', 'dd',
  'figure', 'figcaption', 'blockquote', 'img', 'a', 'time', 'select', 'option', 'kbd', 'label',
];

/** What the static SVG writers write: nothing that runs or loads, no link. */
export const SVG_WRITER_ELEMENTS: readonly string[] = ['svg', 'title', 'desc', 'g', 'rect', 'path', 'line', 'text', 'tspan'];

/**
 * Text without bidi controls: what the suites compare. Text from data set beside other text is
 * isolated (U+2068 … U+2069) with its own bidi controls left out (src/layout/isolate.ts).
 */
export const plain = (text: string): string => text.replace(/[\u202a-\u202e\u2066-\u2069]/g, '');
