import type { Meta, StoryObj } from '@storybook/html-vite';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { enGB } from 'date-fns/locale/en-GB';
import { fr } from 'date-fns/locale/fr';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';
import { NEWS_LANES, newsDataset } from './support/datasets.js';
import { expect, waitFor } from 'storybook/test';
import { mountTimeline } from './support/mount.js';

const LOCALES = { 'en-GB': enGB, de, fr, uk, ru, ar };

/** The story controls: every timeline option a reader of these docs can try. */
interface PlaygroundArgs {
  width: number;
  height: number;
  theme: 'light' | 'dark' | 'auto';
  locale: keyof typeof LOCALES;
  lanes: 'news order' | 'auto';
  compressGaps: boolean;
  overview: boolean;
  download: boolean;
  hash: boolean;
  ariaLabel: string;
  minSpanHours: number;
}

const meta: Meta<PlaygroundArgs> = {
  title: 'Timeline',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: '`createTimeline(container, options)` renders the interactive timeline. These stories show the bundled news dataset (the war in Ukraine and the 2025 security-guarantee talks, from BBC News and Al Jazeera). The table lists the options; see docs/options.md for the handle (`update`, `select`, `zoomTo`, `fit`, `on`, `getState`, `toSVG`, `toPNG`, `destroy`).',
      },
    },
  },
  argTypes: {
    width: { control: { type: 'range', min: 320, max: 1400, step: 10 }, description: 'Container width in px (the chart follows its container through a ResizeObserver).', table: { category: 'Page' } },
    height: { control: { type: 'range', min: 200, max: 900, step: 10 }, description: 'Chart height in px (`height`).', table: { defaultValue: { summary: '420' } } },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], description: 'Colour theme (`theme`); `auto` follows `prefers-color-scheme`.', table: { defaultValue: { summary: 'light' } } },
    locale: { control: 'select', options: Object.keys(LOCALES), description: 'A date-fns locale for dates and the axis (`locale`).', table: { defaultValue: { summary: 'en-GB' } } },
    lanes: { control: 'inline-radio', options: ['news order', 'auto'], description: '`lanes`: an explicit order, or `auto` (in order of each lane’s first event).', table: { defaultValue: { summary: 'auto' } } },
    compressGaps: { control: 'boolean', description: 'Draw long empty stretches shortened, with a break on the axis (`compressGaps`).', table: { defaultValue: { summary: 'true' } } },
    overview: { control: 'boolean', description: 'The overview strip with its brush (`overview`).', table: { defaultValue: { summary: 'true' } } },
    download: { control: 'boolean', description: 'Download SVG/PNG buttons (`download`).', table: { defaultValue: { summary: 'false' } } },
    hash: { control: 'boolean', description: 'Deep links: selecting writes `#event=<id>` to the URL (`hash`).', table: { defaultValue: { summary: 'false' } } },
    ariaLabel: { control: 'text', description: 'Accessible name (`ariaLabel`; default the dataset title).' },
    minSpanHours: { control: { type: 'range', min: 1, max: 72, step: 1 }, description: 'Narrowest zoom, in hours across the width (`zoomLimits.minSpan`).', table: { defaultValue: { summary: '1' } } },
  },
  args: {
    width: 880, height: 420, theme: 'light', locale: 'en-GB', lanes: 'news order', compressGaps: true,
    overview: true, download: false, hash: false, ariaLabel: '', minSpanHours: 1,
  },
  render: (args) =>
    mountTimeline({
      dataset: newsDataset,
      height: args.height,
      theme: args.theme,
      locale: LOCALES[args.locale],
      lanes: args.lanes === 'auto' ? 'auto' : NEWS_LANES,
      compressGaps: args.compressGaps,
      overview: args.overview,
      download: args.download,
      hash: args.hash,
      ...(args.ariaLabel ? { ariaLabel: args.ariaLabel } : {}),
      zoomLimits: { minSpan: args.minSpanHours * 3_600_000 },
    }, { width: args.width, dark: args.theme === 'dark', dir: args.locale === 'ar' ? 'rtl' : 'ltr' }),
};

export default meta;
type Story = StoryObj<PlaygroundArgs>;

/** Every option as a control, on the news dataset. */
export const Playground: Story = {};

/** The news dataset with the defaults, as wide as the page: 1953, 2014, 2022 and the days of September 2025 in one view. */
export const Default: Story = {
  parameters: { controls: { disable: true } },
  render: () => mountTimeline({ dataset: newsDataset }),
};

/** The six events the two articles are about: each must be readable, whole, at first view. */
const NAMED = ['full-scale-invasion', 'istanbul-talks', 'alaska-summit', 'tianjin-summit', 'paris-summit', 'vladivostok-remarks'];

/** A first view checked as a reader would read it: the named events' whole titles, nothing cut among them. */
const readsAtFirstView = (width: number): Story => ({
  parameters: { controls: { disable: true } },
  render: () => mountTimeline({ dataset: newsDataset }, {
    width,
    note: `The news story with the default options in a ${width} px column: the density-aware scale gives the first days of September 2025 room, and every named event reads in full.`,
  }),
  play: async ({ canvasElement, step }) => {
    await waitFor(() => expect(canvasElement.querySelector('.eventline-label[data-event-id]')).not.toBeNull());
    await step('All six named events carry their whole titles', async () => {
      const whole = (id: string): boolean => {
        const label = canvasElement.querySelector(`.eventline-label[data-event-id="${id}"]`);
        const event = newsDataset.events.find((candidate) => candidate.id === id)!;
        // A long title may take two lines, a tspan each.
        const lines = label ? [...label.querySelectorAll('tspan')].map((line) => line.textContent) : [];
        return label !== null && (lines.length > 0 ? lines.join(' ') : label.textContent) === event.title;
      };
      await expect(NAMED.filter((id) => !whole(id))).toEqual([]);
    });
  },
});

/** The news story in a 1,280 px page (1,248 px for the chart). */
export const NewsAt1280: Story = { ...readsAtFirstView(1248), name: 'News story at 1280 px' };

/** The news story in a 960 px article column (928 px for the chart). */
export const NewsAt960: Story = { ...readsAtFirstView(928), name: 'News story at 960 px' };
