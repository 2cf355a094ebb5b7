import type { Locale } from 'date-fns';
import { sayWhen } from '../layout/formatDate.js';
import { isolate } from '../layout/isolate.js';
import { laneAndCategory } from '../layout/lanes.js';
import { formatISODate } from '../model/time.js';
import type { TimelineEvent } from '../types.js';
import { el } from './detail.js';
import { swatchFor } from './states.js';

/**
 * The head of a story card: a button showing the event's date, whole title, and its lane and category
 * beside the category's marker. Its name is what it shows, date first, as said ("about" where the
 * card shows "c.", a stylesheet prefix), so speech input finds it by its visible words; lane and
 * category (drawn by the stylesheet from `data-text`) are its description.
 */
export function cardHead(doc: Document, event: TimelineEvent, slot: number, locale: Locale): HTMLButtonElement {
  const head = el(doc, 'button', 'eventline-card-head');
  head.type = 'button';
  const when = sayWhen(event, locale);
  const time = el(doc, 'time', event.approximate ? 'eventline-card-date is-approximate' : 'eventline-card-date', when.replace(/^about /, ''));
  time.dateTime = formatISODate(event.start, event.precision);
  const chip = el(doc, 'span', 'eventline-card-chip');
  const where = laneAndCategory(event);
  chip.dataset.text = isolate(where);
  chip.append(swatchFor(doc, slot));
  // The space keeps date and title apart in the text the name is checked against (label in name).
  head.append(time, ' ', el(doc, 'span', 'eventline-card-title', isolate(event.title)), chip);
  head.setAttribute('aria-label', `${when}, ${event.title}`);
  head.setAttribute('aria-description', where);
  return head;
}
