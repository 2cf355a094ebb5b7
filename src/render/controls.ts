import { KEY_HELP } from '../interact/keymap.js';
import { el } from './detail.js';
import { setAttributes } from './svgElement.js';

/** The buttons and key help around the chart. */
export interface ControlElements {
  /** `.eventline-controls`: the button bar. */
  bar: HTMLDivElement;
  /** The buttons by what they do. */
  buttons: Record<ControlName, HTMLButtonElement>;
  /** `.eventline-keys`: the key help, shown while the keyboard is in the chart and said on demand. */
  help: HTMLParagraphElement;
}

/** What each button does. */
export type ControlName = 'previous' | 'next' | 'zoomIn' | 'zoomOut' | 'fit' | 'gaps' | 'list';

/**
 * Visible text of each button: words, not only symbols, so every user knows what it does. A glyph
 * (`g`) is drawn, not read: the names are the words. In the vertical story's one row of controls the
 * parts with a class are visually hidden (still read): " event" always, "Previous"/"Next" where the
 * row is narrower than 420 px.
 */
const BUTTON_TEXT: Readonly<Record<ControlName, ReadonlyArray<readonly [string, string?]>>> = {
  previous: [['← ', 'g'], ['Previous', 'eventline-word'], [' event', 'eventline-more']],
  next: [['Next', 'eventline-word'], [' event', 'eventline-more'], [' →', 'g']],
  zoomIn: [['+ ', 'g'], ['Zoom in']],
  zoomOut: [['− ', 'g'], ['Zoom out']],
  fit: [['Show all']],
  gaps: [['True time scale']],
  list: [['List view']],
};

let helpCounter = 0;

/** Builds the controls in `doc` (not attached: the caller places them). */
export function createControls(doc: Document): ControlElements {
  const bar = el(doc, 'div', 'eventline-controls');
  // One tab stop, arrow keys between the buttons (controls.ts moves the stop).
  setAttributes(bar, { role: 'toolbar', 'aria-label': 'Timeline controls' });
  const buttons = {} as Record<ControlName, HTMLButtonElement>;
  for (const name of Object.keys(BUTTON_TEXT) as ControlName[]) {
    const button = el(doc, 'button', `eventline-button eventline-button-${name}`);
    button.type = 'button';
    button.dataset.control = name;
    button.tabIndex = name === 'previous' ? 0 : -1;
    for (const [text, className] of BUTTON_TEXT[name]) {
      const part = className ? el(doc, 'span', className === 'g' ? '' : className, text) : text;
      if (className === 'g') (part as HTMLElement).setAttribute('aria-hidden', 'true');
      button.append(part);
    }
    if (name === 'list' || name === 'gaps') button.setAttribute('aria-pressed', 'false');
    buttons[name] = button;
    bar.append(button);
  }
  const help = el(doc, 'p', 'eventline-keys', KEY_HELP);
  help.id = `eventline-keys-${++helpCounter}`;
  // Shown to sighted keyboard users while the chart has focus; a screen reader hears it on demand (the ? key).
  help.setAttribute('aria-hidden', 'true');
  return { bar, buttons, help };
}

/** The longest announcement: a screen reader user hears one short sentence per action. */
export const ANNOUNCEMENT_LIMIT = 150;

/** How long a repeated announcement waits after clearing the region, in ms. */
const REPEAT_DELAY = 100;

/** `message` cut to {@link ANNOUNCEMENT_LIMIT} characters, between words (a word cut short is read as another word). */
export function shortened(message: string): string {
  if (message.length <= ANNOUNCEMENT_LIMIT) return message;
  const space = message.lastIndexOf(' ', ANNOUNCEMENT_LIMIT - 1);
  return `${message.slice(0, space > 0 ? space : ANNOUNCEMENT_LIMIT - 1)}…`;
}

/** Says `message` through the live region, {@link shortened} unless the reader asked for it `whole` (the key help). */
export function announce(live: HTMLElement, message: string, whole?: boolean): void {
  const text = whole ? message : shortened(message);
  if (live.textContent !== text) {
    live.textContent = text;
    return;
  }
  // The same text twice in a row is still a new action, but a change and its undo in one task are
  // never announced: clear now, say it again a moment later.
  live.textContent = '';
  setTimeout(() => (live.textContent = text), REPEAT_DELAY);
}
