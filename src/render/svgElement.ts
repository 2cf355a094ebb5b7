/** The SVG namespace, which every SVG element the chart builds outside d3 is created in. */
export const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Builds an SVG element with its attributes (numbers written as strings): one helper, so each part
 * that builds SVG by hand does not repeat the namespace and a `setAttribute` call per attribute.
 */
export function svgElement<K extends keyof SVGElementTagNameMap>(doc: Document, tag: K, attributes: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  return setAttributes(doc.createElementNS(SVG_NS, tag), attributes);
}

/** Sets `attributes` on `element` in their order (numbers written as strings): one call where a node gets several at once. */
export function setAttributes<E extends Element>(element: E, attributes: Record<string, string | number>): E {
  for (const name in attributes) element.setAttribute(name, String(attributes[name]));
  return element;
}
