/**
 * The one-tag script styles its own charts: a page that loads `eventline.iife.js` needs no CSS file.
 * The first chart mounted in the page's own DOM looks for the stylesheet (a page may link
 * `eventline.css` or bundle it) and, when it is missing, adopts the built-in copy inside a cascade
 * layer: unlayered rules win over layered ones, so any rule the page writes overrides the built-in
 * ones whatever its order or specificity.
 */
import { EVENTLINE_CSS } from '../styles/stylesheet.js';

/** The cascade layer the built-in stylesheet is adopted in. */
export const STYLESHEET_LAYER = 'eventline';

const settled = new WeakSet<Document>();

/** Whether the page's own stylesheets already style `.eventline`, read from a hidden probe. */
function pageStylesEventline(doc: Document): boolean {
  const probe = doc.createElement('div');
  probe.className = 'eventline';
  probe.hidden = true;
  (doc.body ?? doc.documentElement).append(probe);
  // A marker only eventline.css declares: a page's own theme rule (`--eventline-bg` …) does not count.
  const marker = doc.defaultView?.getComputedStyle(probe).getPropertyValue('--eventline-stylesheet') ?? '';
  probe.remove();
  return marker.trim() !== '';
}

/**
 * Adopts the built-in stylesheet (in layer {@link STYLESHEET_LAYER}) into `doc` unless the page styles
 * `.eventline` already; once per document. Returns whether it adopted it now. A chart in a shadow root
 * is styled by its element (`<event-timeline>` adopts the stylesheet there), not through the document.
 */
export function adoptDocumentStylesheet(doc: Document): boolean {
  if (settled.has(doc)) return false;
  settled.add(doc);
  const view = doc.defaultView;
  if (!view || typeof view.CSSStyleSheet !== 'function' || !('adoptedStyleSheets' in doc) || pageStylesEventline(doc)) return false;
  const sheet = new view.CSSStyleSheet();
  sheet.replaceSync(`@layer ${STYLESHEET_LAYER}{${EVENTLINE_CSS}}`);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return true;
}
