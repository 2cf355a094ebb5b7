/**
 * `<event-timeline>`: the timeline as a custom element for CMS embeds and frameworks. Shadow DOM with
 * the stylesheet adopted (page CSS cannot break it, and it leaks none), `::part()` names and the
 * `--eventline-*` custom properties for styling. Registration lives in element.ts.
 */
// The library through its public index: the element build shares it instead of carrying a copy.
import { createTimeline, EventlineDataError, formatIssues, type Timeline, TIMELINE_DEFAULTS, type TimelineOptions } from '../index.js';
import { optionsFromAttributes } from './attributeOptions.js';
import { fetchDataset, datasetFromText, importNotice, type EventTimelineData, MissingImportersError, onImportersRegistered } from './loadDataset.js';
import { onLocaleRegistered } from './locales.js';
import type { EventTimelineEventMap } from './elementTypes.js';
import { adoptedSheets } from './shadowStyles.js';

/** The least height of a failure shown in place of the chart, as the chart's own error panel has. */
const FAILURE_HEIGHT = 120;

const ATTRIBUTES = ['src', 'theme', 'layout', 'locale', 'height', 'start', 'end', 'compress-gaps', 'selected', 'hash', 'download', 'lanes'] as const;

/** `part` names for styling from the page: `event-timeline::part(detail) { … }`. */
const PARTS: ReadonlyArray<[string, string]> = [
  ['.eventline', 'timeline'], ['.eventline-controls', 'controls'], ['.eventline-chart', 'chart'], ['.eventline-legend', 'legend'],
  ['.eventline-detail', 'detail'], ['.eventline-tooltip', 'tooltip'], ['.eventline-overview', 'overview'], ['.eventline-story', 'story'],
];

/** The element's own events and an HTML element's. */
type ElementEvents = EventTimelineEventMap & HTMLElementEventMap;

// Importing the element where there is no DOM (server rendering in Node) must not throw: the class
// is then defined over a stand-in and never registered.
const ElementBase: typeof HTMLElement = typeof HTMLElement === 'undefined' ? (class {} as unknown as typeof HTMLElement) : HTMLElement;

/**
 * The element's events, typed: `element.addEventListener('eventline:select', (event) => event.detail.id)`
 * needs no cast. (An interface merged with the class: a class cannot declare overloads without a body.)
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface EventTimelineElement {
  addEventListener<K extends keyof ElementEvents>(type: K, listener: (this: EventTimelineElement, event: ElementEvents[K]) => unknown, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof ElementEvents>(type: K, listener: (this: EventTimelineElement, event: ElementEvents[K]) => unknown, options?: boolean | EventListenerOptions): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

/** The custom element class; `customElements.define('event-timeline', EventTimelineElement)` is done by `eventline/element`. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class EventTimelineElement extends ElementBase {
  /** The attributes that update the view when they change. */
  static readonly observedAttributes: readonly string[] = ATTRIBUTES;

  #shadow: ShadowRoot | null = null;
  #container: HTMLDivElement | null = null;
  #status: HTMLDivElement | null = null;
  #timeline: Timeline | null = null;
  #data: EventTimelineData | null = null;
  #dataGiven = false;
  #loading: AbortController | null = null;
  #stopLocaleWatch: (() => void) | null = null;
  #stopImporterWatch: (() => void) | null = null;
  #waitingForImporters = false;
  /**
   * Reads the data again (children changed, or the document is parsed) until a timeline shows it. A later
   * change to the inline script is not followed, so no mutation redraws what the reader is looking at:
   * new data after that goes through the `dataset` property.
   */
  #reread = (): unknown => this.isConnected && !this.#timeline && this.#load();
  #childWatch = new MutationObserver(this.#reread);

  /** The dataset (the JSON format or a parsed one) given as a property, or the one loaded; setting it replaces `src` and inline data. */
  get data(): EventTimelineData | null {
    return this.#data;
  }

  set data(value: EventTimelineData | null) {
    this.#dataGiven = value !== null;
    this.#data = value;
    if (this.isConnected) this.#load();
  }

  /** The timeline handle (zoomTo, toSVG, toPNG, on …), once the data has loaded. */
  get timeline(): Timeline | null {
    return this.#timeline;
  }

  static {
    // Frameworks set `dataset`, as the component's option is called. The element keeps that name for
    // its data; `data-*` attributes stay readable with getAttribute.
    Object.defineProperty(EventTimelineElement.prototype, 'dataset', {
      configurable: true,
      enumerable: true,
      get(this: EventTimelineElement) {
        return this.data;
      },
      set(this: EventTimelineElement, value: EventTimelineData | null) {
        this.data = value;
      },
    });
  }

  /** Builds the shadow root once, then loads the data. */
  connectedCallback(): void {
    if (!this.#shadow) {
      const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
      this.#shadow = this.attachShadow({ mode: 'open' });
      if (view) this.#shadow.adoptedStyleSheets = adoptedSheets(view);
      this.#status = this.ownerDocument.createElement('div');
      this.#status.className = 'eventline-status';
      this.#status.setAttribute('part', 'status');
      this.#container = this.ownerDocument.createElement('div');
      this.#shadow.append(this.#status, this.#container);
    }
    // A locale add-on script may run after the element: it switches once its locale is registered.
    this.#stopLocaleWatch ??= onLocaleRegistered(() => {
      if (this.getAttribute('locale') !== null) this.#applyOptions();
    });
    // So may the importers add-on: data that needed them (inline TimelineJS JSON) is read again.
    this.#stopImporterWatch ??= onImportersRegistered(() => {
      if (this.#waitingForImporters) this.#load();
    });
    this.#load();
  }

  /** Stops a load in flight and removes the timeline with its listeners. */
  disconnectedCallback(): void {
    this.#loading?.abort();
    this.#childWatch.disconnect();
    this.#stopLocaleWatch?.();
    this.#stopImporterWatch?.();
    this.#stopLocaleWatch = this.#stopImporterWatch = null;
    this.#timeline?.destroy();
    this.#timeline = null;
  }

  /** Applies a changed attribute to the view. */
  attributeChangedCallback(name: string, previous: string | null, value: string | null): void {
    if (!this.#shadow || !this.isConnected || previous === value) return;
    const timeline = this.#timeline;
    if (name === 'src') {
      if (!this.#dataGiven) this.#load();
    } else if (!timeline) {
      return;
    } else if (name === 'selected') {
      timeline.select(value || null);
      this.#sayProblems();
    } else if (name === 'start' || name === 'end') {
      const range = this.#options().initialRange;
      if (range) timeline.zoomTo(range, { animate: true });
    } else if (name === 'lanes') {
      // The lane order is part of the prepared data: it goes with the dataset.
      if (this.#data !== null) timeline.update({ ...this.#options(), dataset: this.#data });
      this.#sayProblems();
    } else if (name === 'hash') {
      // Deep links are wired when the timeline is created.
      this.#render(true);
    } else {
      this.#applyOptions();
    }
  }

  /** Updates the view options from the attributes, keeping the prepared data. */
  #applyOptions(): void {
    if (!this.#timeline) return;
    // Without `lanes`: naming it would make update() rebuild the data (lanes are part of the prepared model).
    const options = this.#options();
    delete options.lanes;
    this.#timeline.update(options);
    this.#sayProblems();
  }

  /** The timeline options the attributes ask for; what they got wrong is kept for the status line. */
  #options(): Omit<TimelineOptions, 'dataset'> {
    const { options, problems } = optionsFromAttributes(this);
    this.#problems = problems;
    return options;
  }

  #problems: string[] = [];

  /** Shows `text` in the status line (an alert for errors); null hides it. */
  #say(text: string | null, alert = false, minHeight = 0): void {
    const status = this.#status;
    if (!status) return;
    status.hidden = text === null;
    status.textContent = text ?? '';
    // In place of the chart (loading, or a failure) the line keeps room, so it is seen and the page does not jump.
    status.style.minHeight = minHeight > 0 ? `${minHeight}px` : '';
    if (alert) status.setAttribute('role', 'alert');
    else status.setAttribute('role', 'status');
  }

  /** Gets the data (property, `src`, or inline JSON) and shows it. */
  #load(): void {
    this.#loading?.abort();
    this.#waitingForImporters = false;
    const view = this.ownerDocument.defaultView as (Window & typeof globalThis) | null;
    const src = this.getAttribute('src');
    if (this.#dataGiven || (!src && this.#data !== null && this.#timeline)) return this.#render(false);
    // The chart's room is kept until the data is read: a fetch, or inline data the parser has yet to add.
    this.#say('Loading timeline…', false, this.#options().height ?? TIMELINE_DEFAULTS.height);
    if (src && view) {
      const loading = (this.#loading = new AbortController());
      fetchDataset(view, src, this.ownerDocument.baseURI, loading.signal).then(
        (data) => {
          if (loading.signal.aborted) return;
          this.#data = data;
          this.#render(false);
        },
        (error: unknown) => {
          if (!loading.signal.aborted) this.#fail(error);
        },
      );
      return;
    }
    const inline = this.querySelector('script[type="application/json"]');
    try {
      if (!inline) throw Error('No timeline data: give the element a src attribute, an inline <script type="application/json">, or a dataset property.');
      this.#data = datasetFromText(inline.textContent ?? '', 'json', 'the inline <script type="application/json">');
      this.#render(false);
    } catch (error) {
      // While the document is parsed (the one-tag script in the head without defer upgrades the element
      // at its start tag), the script may not be there yet, or hold only the part of its text that has
      // arrived. Part of a JSON object never parses, so that read fails, quietly: the child watch reads
      // again when the parser adds the next child (the script, or the text after it), DOMContentLoaded
      // when the document is complete, and only then does a failure show. The watch stays for a script
      // a page adds later.
      this.#childWatch.observe(this, { childList: true });
      if (this.ownerDocument.readyState != 'loading') this.#fail(error);
      else this.ownerDocument.addEventListener('DOMContentLoaded', this.#reread);
    }
  }

  /** Shows a load or import failure as text. */
  #fail(error: unknown): void {
    this.#waitingForImporters = error instanceof MissingImportersError;
    this.#timeline?.destroy();
    this.#timeline = null;
    const message = error instanceof EventlineDataError ? `The timeline data has problems:\n${formatIssues(error.issues)}` : (error as Error).message;
    this.#say(message, true, FAILURE_HEIGHT);
    this.dispatchEvent(new CustomEvent('eventline:error', { bubbles: true, composed: true, detail: { message } }));
  }

  /** Creates the timeline, or updates it with new data; `recreate` starts afresh (the hash option). */
  #render(recreate: boolean): void {
    const container = this.#container;
    const data = this.#data;
    if (!container || data === null) return;
    const options = this.#options();
    if (recreate) {
      this.#timeline?.destroy();
      this.#timeline = null;
    }
    if (this.#timeline) {
      this.#timeline.update({ ...options, dataset: data });
    } else {
      this.#timeline = createTimeline(container, { ...options, dataset: data });
      this.#timeline.on('select', ({ id }) => {
        if (id === null) this.removeAttribute('selected');
        else if (this.getAttribute('selected') !== id) this.setAttribute('selected', id);
      });
      for (const [selector, part] of PARTS) container.querySelector(selector)?.setAttribute('part', part);
    }
    const selected = this.getAttribute('selected');
    if (selected) this.#timeline.select(selected);
    this.#sayProblems();
  }

  /**
   * Shows the attribute problems the last {@link #options} found and a `selected` id the data does not
   * have (the timeline ignores it), else what an import changed, else nothing.
   */
  #sayProblems(): void {
    const selected = this.getAttribute('selected');
    const problems = selected && this.#timeline?.getState().selected !== selected ? [...this.#problems, `selected="${selected}" is not an event id of this timeline`] : this.#problems;
    this.#say(problems.length > 0 ? `Ignored: ${problems.join('; ')}.` : importNotice(this.#data) ?? null, problems.length > 0);
  }
}
