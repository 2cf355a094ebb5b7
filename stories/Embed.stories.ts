import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect, waitFor } from 'storybook/test';
import { renderToSVGString } from '../src/index.js';
import { fromSpreadsheetCSV, fromTimelineJS } from '../src/importers/index.js';
import { ar } from 'date-fns/locale/ar';
import { de } from 'date-fns/locale/de';
import { fr } from 'date-fns/locale/fr';
import { ru } from 'date-fns/locale/ru';
import { uk } from 'date-fns/locale/uk';
import { registerLocale } from '../src/embed/element.js';

// English is built in; a module user registers other date-fns locales (a script-tag page loads dist/locales/<code>.js).
for (const [code, locale] of Object.entries({ ar, de, fr, ru, uk })) registerLocale(code, locale);
import { NEWS_LANES, newsDataset } from './support/datasets.js';
import { mountTimeline, storyFrame } from './support/mount.js';

/** The element's attributes, as controls. */
interface ElementArgs {
  src: string;
  theme: 'light' | 'dark' | 'auto';
  locale: string;
  height: number;
  compressGaps: boolean;
  selected: string;
}

const meta: Meta<ElementArgs> = {
  title: 'Embed',
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component: '`<event-timeline>`: the timeline as a custom element (registered by `eventline/element` and by the one-tag IIFE script). The table lists its attributes; it also takes a `dataset`/`data` property and dispatches `eventline:select` and `eventline:zoom`.',
      },
    },
  },
  argTypes: {
    src: { control: 'text', description: 'URL of an eventline JSON dataset, a TimelineJS JSON file, or a TimelineJS spreadsheet as CSV.' },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'], description: 'Colour theme.' },
    locale: { control: 'select', options: ['en', 'en-US', 'de', 'fr', 'uk', 'ru', 'ar'], description: 'Locale code: English is built in; this page registers de, fr, uk, ru and ar with `registerLocale` (script-tag pages load `dist/locales/<code>.js`).' },
    height: { control: { type: 'range', min: 240, max: 800, step: 10 }, description: 'Chart height in px.' },
    compressGaps: { control: 'boolean', description: 'The `compress-gaps` attribute (`false` keeps time linear).' },
    selected: { control: 'text', description: 'The selected event id; it follows the reader’s selection.' },
  },
  args: { src: 'showroom/data/ukraine-security-guarantees.json', theme: 'light', locale: 'en', height: 440, compressGaps: true, selected: '' },
  render: (args) => {
    const element = document.createElement('event-timeline');
    element.setAttribute('src', args.src);
    element.setAttribute('theme', args.theme);
    element.setAttribute('locale', args.locale);
    element.setAttribute('height', String(args.height));
    element.setAttribute('compress-gaps', String(args.compressGaps));
    if (args.selected) element.setAttribute('selected', args.selected);
    return element;
  },
};

export default meta;
type Story = StoryObj<ElementArgs>;

/** `<event-timeline src="…">`: shadow DOM, the stylesheet adopted, attributes as controls. */
export const CustomElement: Story = {
  play: async ({ canvasElement }) => {
    const host = canvasElement.querySelector('event-timeline')!;
    await waitFor(() => expect(host.shadowRoot?.querySelectorAll('.eventline-event').length).toBeGreaterThan(5), { timeout: 5000 });
  },
};

/** The one-tag embed: a news article page with one script tag, a strict Content-Security-Policy and hostile page CSS. */
export const OneTagScript: Story = {
  parameters: { controls: { disable: true } },
  render: () => {
    const { frame } = storyFrame({ note: 'examples/article.html, as a CMS would serve it. The whole embed is two lines:' });
    const code = document.createElement('pre');
    code.className = 'story-code';
    code.textContent = '<script src="/dist/eventline.iife.js" defer></script>\n<event-timeline src="/data/ukraine-security-guarantees.json" height="460"></event-timeline>';
    const page = document.createElement('iframe');
    page.className = 'story-frame';
    page.title = 'Example news article embedding the timeline';
    page.src = 'showroom/examples/article.html';
    frame.append(code, page);
    return frame;
  },
};

/** A TimelineJS3 JSON file converted by `fromTimelineJS`: HTML becomes text, eras become bands. */
export const TimelineJSImport: Story = {
  parameters: { controls: { disable: true } },
  loaders: [async () => ({ json: await (await fetch('showroom/examples/data/ukraine-timelinejs.json')).json() as unknown })],
  render: (_args, { loaded }) => mountTimeline({ dataset: fromTimelineJS(loaded.json, { today: '2026-11-29' }) }, { width: 1000, note: 'fromTimelineJS(json): a TimelineJS file shown by eventline. TimelineJS names no sources, so each event cites one that says so.' }),
};

/** A spreadsheet in the TimelineJS template, saved as CSV, converted by `fromSpreadsheetCSV`. */
export const CSVImport: Story = {
  parameters: { controls: { disable: true } },
  loaders: [async () => ({ csv: await (await fetch('showroom/examples/data/ukraine-sheet.csv')).text() })],
  render: (_args, { loaded }) => mountTimeline({ dataset: fromSpreadsheetCSV(loaded.csv as string, undefined, { today: '2026-11-29' }) }, { width: 1000, note: 'fromSpreadsheetCSV(csv): the TimelineJS Google-Sheets template, read with d3-dsv’s csvParseRows.' }),
};

/** `renderToSVGString`: the same layout as a standalone SVG, made without a DOM (here shown as an image). */
export const StaticSVG: Story = {
  parameters: { controls: { disable: true } },
  render: () => {
    const { frame } = storyFrame({ note: 'renderToSVGString(dataset, { width: 900 }) runs in Node as well: for no-script fallbacks, print and social cards.' });
    const svg = renderToSVGString(newsDataset, { width: 900, height: 420, lanes: NEWS_LANES });
    const image = document.createElement('img');
    image.alt = 'Static timeline of the war in Ukraine and the 2025 security-guarantee talks';
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    frame.append(image);
    return frame;
  },
};
