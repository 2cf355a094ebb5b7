/** Reads `<event-timeline>`'s attributes as timeline options, through the same table and checks as the API. */
import { optionProblem, parseISODate, TIMELINE_DEFAULTS, type TimelineOptions } from '../index.js';
import { localeFor, missingLocaleMessage } from './locales.js';

const isOff = (value: string | null): boolean => value !== null && /^(false|off|no|0)$/i.test(value.trim());

/**
 * The timeline options the attributes of `<event-timeline>` ask for, and what they got wrong
 * (`height="tall" is not a number of pixels`). An absent attribute gives the option's default and a wrong
 * one is reported (and the default used): both come from the options table, as for the API.
 */
export function optionsFromAttributes(element: Element): { options: Omit<TimelineOptions, 'dataset'>; problems: string[] } {
  const problems: string[] = [];
  /** The attribute's value when the table accepts it, else the default (and a problem saying `is not …`). */
  const read = <K extends keyof typeof TIMELINE_DEFAULTS>(name: K, attribute: string, parse: (text: string) => unknown, expected: string): (typeof TIMELINE_DEFAULTS)[K] => {
    const text = element.getAttribute(attribute);
    if (text === null) return TIMELINE_DEFAULTS[name];
    const value = parse(text);
    if (value !== undefined && optionProblem(name, value) === null) return value as (typeof TIMELINE_DEFAULTS)[K];
    problems.push(`${attribute}="${text}" is not ${expected}`);
    return TIMELINE_DEFAULTS[name];
  };
  const present = (attribute: string): boolean | undefined => (element.hasAttribute(attribute) ? !isOff(element.getAttribute(attribute)) : undefined);
  const options: Omit<TimelineOptions, 'dataset'> = {
    theme: read('theme', 'theme', (text) => text, 'light, dark or auto'),
    layout: read('layout', 'layout', (text) => text, 'auto, horizontal or vertical'),
    height: read('height', 'height', (text) => Number(text.replace(/px$/, '')), 'a number of pixels'),
    // "War, Diplomacy, Security guarantees": the lane order (lanes it does not name follow).
    lanes: read('lanes', 'lanes', (text) => (text.trim() === '' || text.trim() === 'auto' ? 'auto' : text.split(',').map((lane) => lane.trim()).filter((lane) => lane !== '')), 'a list of lane names'),
    compressGaps: read('compressGaps', 'compress-gaps', (text) => !isOff(text), 'on or off'),
    hash: present('hash') ?? TIMELINE_DEFAULTS.hash,
    download: present('download') ?? TIMELINE_DEFAULTS.download,
  };
  const localeCode = element.getAttribute('locale');
  const locale = localeCode === null ? TIMELINE_DEFAULTS.locale : localeFor(localeCode);
  if (locale) options.locale = locale;
  else if (localeCode !== null) problems.push(missingLocaleMessage(localeCode));
  const [start, end] = [element.getAttribute('start'), element.getAttribute('end')];
  if (start !== null && end !== null) {
    const [from, to] = [parseISODate(start), parseISODate(end)];
    if (!from.ok) problems.push(`start="${start}": ${from.reason}`);
    if (!to.ok) problems.push(`end="${end}": ${to.reason}`);
    if (from.ok && to.ok && optionProblem('initialRange', [from.date, to.date]) === null) options.initialRange = [from.date, to.date];
    else if (from.ok && to.ok) problems.push(`start="${start}" is not before end="${end}"`);
  }
  return { options, problems };
}
