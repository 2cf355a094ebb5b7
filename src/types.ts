/**
 * Public types of eventline: the dataset format as authors write it (`*Input`) and the normalised form
 * that {@link parseDataset} returns.
 *
 * @packageDocumentation
 */

/**
 * How precisely a date is known. A calendar date written `2022-02-24` is a `'day'`; `2025-08` is a
 * `'month'`; `1953` is a `'year'`; a date-time with a time zone is a `'minute'`.
 */
export type DatePrecision = 'year' | 'month' | 'day' | 'minute';

/** The precisions from coarsest to finest. */
export const DATE_PRECISIONS: readonly DatePrecision[] = ['year', 'month', 'day', 'minute'];

/** A publication the events are sourced from, as written in a dataset file. */
export interface SourceInput {
  /** Unique id that events and quotes refer to. */
  id: string;
  /** Who published it, e.g. `"BBC News"`. */
  publisher: string;
  /** The headline or document title. */
  title: string;
  /** ISO 8601 publication date, e.g. `"2025-09-05"`. */
  published: string;
  /** Where to read it; only `http`, `https` and `mailto` URLs are accepted. */
  url?: string;
}

/** A place an event happened. */
export interface EventLocation {
  /** The place name as readers know it. */
  name: string;
  /** Latitude in degrees, −90 to 90. */
  lat?: number;
  /** Longitude in degrees, −180 to 180. */
  lon?: number;
}

/** A verbatim quotation from one of the dataset's sources. */
export interface EventQuote {
  /** The words exactly as published, without the surrounding quotation marks. */
  text: string;
  /** Who said it. */
  speaker: string;
  /** The id of the source that published the quotation. */
  source: string;
}

/** An image or other media attached to an event. */
export interface EventMedia {
  /** Absolute `http` or `https` URL. */
  url: string;
  /** Text alternative for readers who cannot see the media (required). */
  alt: string;
  /** Credit line, e.g. the photographer and agency. */
  credit?: string;
}

/** An event as written in a dataset file: dates are ISO 8601 strings. */
export interface TimelineEventInput {
  /** Unique slug: letters, digits, `-` and `_`. Used in deep links and the DOM. */
  id: string;
  /** Short headline shown on the chart. */
  title: string;
  /**
   * ISO 8601 start: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, a date-time with `Z` or an offset, a signed
   * expanded year for dates before year 1000 or BCE (`-000043-03-15` is 15 March 44 BCE), or past
   * ±270000 a year alone of up to twelve digits (deep time: `-13800000000`, 13.8 billion years ago).
   */
  start: string;
  /** ISO 8601 end; when present the event is a span. */
  end?: string;
  /** How precisely the dates are known; inferred from the ISO form when absent. May be coarser, never finer. */
  precision?: DatePrecision;
  /** The date is an estimate ("c. 1953"). */
  approximate?: boolean;
  /**
   * The date as the dataset writes it for readers (`Spring 1850`, `The night of 23 August`), shown
   * wherever eventline would write the event's dates; `start` and `end` still place it (and
   * `approximate` still adds "c."). TimelineJS's `display_date`.
   */
  displayDate?: string;
  /** The lane the event is drawn in. */
  group?: string;
  /** A category, used for colour and in the legend. */
  category?: string;
  /** One to three sentences in the dataset author's own words. */
  summary?: string;
  /** Where it happened. */
  location?: EventLocation;
  /** People, states and organisations involved. */
  actors?: string[];
  /** Verbatim quotations, each naming its source. */
  quotes?: EventQuote[];
  /** Ids of the sources that report the event; at least one. */
  sources: string[];
  /** 1 (minor) to 3 (major); more important events win label space first. */
  importance?: 1 | 2 | 3;
  /** Draw this span as a labelled background band across all lanes. Requires `end`. */
  era?: boolean;
  /** Free-form tags for filtering. */
  tags?: string[];
  /** Editorial note, e.g. how a date was established. */
  note?: string;
  /** An image or other media. */
  media?: EventMedia;
}

/** A dataset as written in a file. */
export interface DatasetInput {
  /** The timeline's title; also its accessible name. */
  title: string;
  /** A sentence or two about what the timeline covers. */
  description?: string;
  /** Every publication that events cite. */
  sources: SourceInput[];
  /** The events, in any order. */
  events: TimelineEventInput[];
}

/** A normalised source: the publication date is a `Date` at UTC midnight. */
export interface Source extends Omit<SourceInput, 'published'> {
  /** Publication date at UTC midnight (or the instant, for a date-time). */
  published: Date;
  /** How precisely the publication date is known. */
  publishedPrecision: DatePrecision;
}

/**
 * A normalised event. Calendar dates are `Date`s at **UTC midnight** (the first day of the month or year
 * for coarser precisions), so they name the same day in every time zone: read them with `getUTC*`.
 */
export interface TimelineEvent extends Omit<TimelineEventInput, 'start' | 'end' | 'precision' | 'importance' | 'sources'> {
  /**
   * Ids of the sources that report the event. Frozen, and shared between events citing the same
   * sources (100,000 events citing one source hold one array, not 100,000).
   */
  sources: readonly string[];
  /**
   * Start as a `Date` (UTC midnight for calendar dates). Events of one dataset that start or end at
   * the same instant share one `Date` (100,000 events hold one per distinct day, not 115,000), so
   * treat it as read-only: to change a date, assign a new `Date`. A deep-time year is a `Date` whose
   * `getTime()`, `valueOf()` and `getUTCFullYear()` hold its time and year (a plain `Date` cannot):
   * read it through those; its other fields are NaN.
   */
  start: Date;
  /** End as a `Date`; present for spans. Shared like `start`. */
  end?: Date;
  /** How precisely `start` is known. */
  precision: DatePrecision;
  /** How precisely `end` is known; present with `end`. */
  endPrecision?: DatePrecision;
  /** 1 (minor) to 3 (major); defaults to 1. */
  importance: 1 | 2 | 3;
}

/** A normalised dataset: events sorted by start, then id. */
export interface Dataset {
  /** The timeline's title. */
  title: string;
  /** What the timeline covers. */
  description?: string;
  /** Every publication that events cite. */
  sources: Source[];
  /** Events sorted by start, then id. */
  events: TimelineEvent[];
}

/** One problem found in a dataset, located by a path such as `events[3].start`. */
export interface DataIssue {
  /** Where the problem is, e.g. `events[3].start` or `sources[0].url`. */
  path: string;
  /** What is wrong, in words an author can act on. */
  message: string;
}
