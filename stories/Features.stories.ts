import type { Meta, StoryObj } from '@storybook/html-vite';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { fr } from 'date-fns/locale/fr';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';
import type { Locale } from 'date-fns';
import { syntheticDataset } from '../bench/synthetic.mjs';
import { bceDates, invalidData, longLabels, NEWS_LANES, newsDataset, noEvents, oneEvent } from './support/datasets.js';
import { mountTimeline } from './support/mount.js';

const meta = {
  title: 'Features',
  parameters: { controls: { disable: true } },
  render: () => document.createElement('div'),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

/** Lanes from `group`, names at the left; spans as bars, overlapping ones packed into sub-rows. */
export const LanesAndSpans: Story = {
  render: () => mountTimeline(
    { dataset: newsDataset, lanes: NEWS_LANES, compressGaps: false, initialRange: [day('2025-08-10'), day('2025-09-08')] },
    { width: 1000, note: 'August–September 2025: the coalition’s drafting (a span) beside the summits, calls and statements, each lane a group.' },
  ),
};

/** At coarse zoom, events closer than a few pixels merge into a cluster with their count; clicking one zooms to its dates. */
export const ClustersAtCoarseZoom: Story = {
  render: () => mountTimeline({ dataset: syntheticDataset({ count: 1500, seed: 3 }), compressGaps: false }, { width: 1000, note: '1,500 synthetic news-like events: clusters show how many events they hold.' }),
};

/** Long empty stretches drawn shortened, each with its real length; a click on a break expands it. */
export const GapCompression: Story = {
  render: () => mountTimeline({ dataset: newsDataset, lanes: NEWS_LANES }, { width: 1000, note: 'Sixty years between the Korean armistice and the annexation of Crimea take a narrow break, so the dense days of September 2025 stay readable. Click a break, or press “True time scale”.' }),
};

/** Long titles end in an ellipsis on the chart; the tooltip and detail panel have them in full. */
export const LongLabels: Story = {
  render: () => mountTimeline({ dataset: longLabels, lanes: NEWS_LANES }, { width: 1000 }),
};

/** 10,000 synthetic events: only what is in view is in the DOM. */
export const Dense: Story = {
  render: () => mountTimeline({ dataset: syntheticDataset({ count: 10_000, seed: 1 }) }, { width: 1000, note: '10,000 synthetic events (five lanes, 15% spans, bursty like news). The DOM holds only what is in view.' }),
};

/** The dark theme (CSS custom properties, written once with light-dark()). */
export const DarkTheme: Story = {
  render: () => mountTimeline({ dataset: newsDataset, lanes: NEWS_LANES, theme: 'dark' }, { width: 1000, dark: true }),
};

const localised = (locale: Locale, lang: string, dir: 'ltr' | 'rtl' = 'ltr'): Story => ({
  render: () => mountTimeline({ dataset: newsDataset, lanes: NEWS_LANES, locale }, { width: 1000, lang, dir }),
});

/** Dates and the axis in German. */
export const LocalisedGerman: Story = localised(de, 'de');
/** Dates and the axis in French. */
export const LocalisedFrench: Story = localised(fr, 'fr');
/** Dates and the axis in Ukrainian. */
export const LocalisedUkrainian: Story = localised(uk, 'uk');
/** Dates and the axis in Russian. */
export const LocalisedRussian: Story = localised(ru, 'ru');
/** Arabic, right to left: the page’s direction for the controls and panel; time still runs left to right on the axis. */
export const LocalisedArabicRTL: Story = localised(ar, 'ar', 'rtl');

/** A 320 px mobile width: the gutter narrows, labels give way, the controls wrap. */
export const Narrow: Story = {
  globals: { viewport: { value: 'mobile1', isRotated: false } },
  render: () => mountTimeline({ dataset: newsDataset, lanes: NEWS_LANES }, { width: 320 }),
};

/** No events: an empty-state message over an axis. */
export const Empty: Story = {
  render: () => mountTimeline({ dataset: noEvents }, { width: 800 }),
};

/** A lone event, centred with ticks around it. */
export const OneEvent: Story = {
  render: () => mountTimeline({ dataset: oneEvent }, { width: 800 }),
};

/** An invalid dataset: every problem listed as text, naming the event and field. */
export const InvalidData: Story = {
  render: () => mountTimeline({ dataset: invalidData }, { width: 800 }),
};

/** BCE dates: "44 BCE", never "year 0". */
export const BCEDates: Story = {
  render: () => mountTimeline({ dataset: bceDates, compressGaps: false }, { width: 1000 }),
};
