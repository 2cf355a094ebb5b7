import { KEY_HELP } from '../interact/keymap.js';

/** The buttons and key help around the chart. */
export interface ControlElements {
  /** `.eventline-controls`: the button bar. */
  bar: HTMLDivElement;
  /** The buttons by what they do. */
  buttons: Record<ControlName, HTMLButtonElement>;
  /** `.eventline-keys`: the key help, referenced by the chart's `aria-describedby`. */
  help: HTMLParagraphElement;
}

/** What each button does. */
export type ControlName = 'previous' | 'next' | 'zoomIn' | 'zoomOut' | 'fit' | 'gaps' | 'list';

/**
 * Visible text of each button: words, not only symbols, so every user knows what it does. In the
 * vertical story's one row of controls the parts with a class are visually hidden (still read):
 * " event" always, "Previous"/"Next" where the row is narrower than 420 px.
 */
const BUTTON_TEXT: Readonly<Record<ControlName, ReadonlyArray<readonly [string, string?]>>> = {
  previous: [['←'], [' Previous', 'eventline-word'], [' event', 'eventline-more']],
  next: [['Next', 'eventline-word'], [' event', 'eventline-more'], [' →']],
  zoomIn: [['+ Zoom in']],
  zoomOut: [['− Zoom out']],
  fit: [['Show all']],
  gaps: [['True time scale']],
  list: [['List view']],
};

let helpCounter = 0;

/** Builds the controls in `doc` (not attached: the caller places them). */
export function createControls(doc: Document): ControlElements {
  const bar = doc.createElement('div');
  bar.className = 'eventline-controls';
  // A plain group, not role=toolbar: that role promises arrow-key movement between the buttons.
  bar.setAttribute('role', 'group');
  bar.setAttribute('aria-label', 'Timeline controls');
  const buttons = {} as Record<ControlName, HTMLButtonElement>;
  for (const name of Object.keys(BUTTON_TEXT) as ControlName[]) {
    const button = doc.createElement('button');
    button.type = 'button';
    button.className = `eventline-button eventline-button-${name}`;
    button.dataset.control = name;
    for (const [text, className] of BUTTON_TEXT[name]) {
      const part = className ? doc.createElement('span') : doc.createTextNode(text);
      if (className) Object.assign(part, { className, textContent: text });
      button.append(part);
    }
    if (name === 'list' || name === 'gaps') button.setAttribute('aria-pressed', 'false');
    buttons[name] = button;
    bar.append(button);
  }
  const help = doc.createElement('p');
  help.className = 'eventline-keys';
  help.id = `eventline-keys-${++helpCounter}`;
  help.textContent = KEY_HELP;
  return { bar, buttons, help };
}

/** The longest announcement: a screen reader user hears one short sentence per action. */
export const ANNOUNCEMENT_LIMIT = 150;

/** How long a repeated announcement waits after clearing the region, in ms. */
const REPEAT_DELAY = 100;

/** Says `message` through the live region, cut to {@link ANNOUNCEMENT_LIMIT} characters. */
export function announce(live: HTMLElement, message: string): void {
  const text = message.length > ANNOUNCEMENT_LIMIT ? `${message.slice(0, ANNOUNCEMENT_LIMIT - 1).trimEnd()}…` : message;
  if (live.textContent !== text) {
    live.textContent = text;
    return;
  }
  // The same text twice in a row is still a new action, but a change and its undo in one task are
  // never announced: clear now, say it again a moment later.
  live.textContent = '';
  setTimeout(() => (live.textContent = text), REPEAT_DELAY);
}
