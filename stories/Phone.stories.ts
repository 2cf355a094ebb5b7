import type { Meta, StoryObj } from '@storybook/html-vite';
import { ar } from 'date-fns/locale/ar';
import { expect, userEvent, waitFor } from 'storybook/test';
import type { TimelineOptions } from '../src/index.js';
import { newsDataset } from './support/datasets.js';
import { mountTimeline } from './support/mount.js';

const meta: Meta = {
  title: 'Phone',
  parameters: {
    controls: { disable: true },
    docs: {
      description: {
        component: 'Below 600 px of container width (`layout: \'auto\'`, the default) time runs down the page: each event is a card with its date, whole title, and its lane and category beside the marker of its colour and shape; a tap opens it in place with its summary, quotes and sources. Long empty stretches become a separator, a sticky heading names the year being read, and the controls are one row: previous and next event, jump to a year, the latest event.',
      },
    },
  },
};
export default meta;
type Story = StoryObj;

const head = (canvas: HTMLElement, id: string): HTMLButtonElement => canvas.querySelector<HTMLButtonElement>(`.eventline-card[data-event-id="${id}"] .eventline-card-head`)!;

/** A phone column of `width` px: read, tap the Paris summit open, walk the cards with the keyboard. */
const phone = (width: number, options: Partial<TimelineOptions> = {}, frame: { dark?: boolean; dir?: 'rtl'; lang?: string } = {}): Story => ({
  render: () => mountTimeline({ dataset: newsDataset, ...options }, {
    width,
    ...frame,
    note: `The news story in a ${width} px column${options.layout === 'vertical' ? ' (layout: vertical; at 600 px and wider auto shows the chart)' : ''}: every title whole, one row of controls, nothing to scroll sideways.`,
  }),
  play: async ({ canvasElement, step }) => {
    await waitFor(() => expect(canvasElement.querySelectorAll('.eventline-card')).toHaveLength(newsDataset.events.length));
    const root = canvasElement.querySelector<HTMLElement>('.eventline')!;
    await step('The story stands in for the chart, nothing wider than the column', async () => {
      await expect(root.dataset.orientation).toBe('vertical');
      await expect(root.scrollWidth).toBeLessThanOrEqual(root.clientWidth + 1);
      const controls = [...canvasElement.querySelectorAll('.eventline-controls > *')].filter((control) => control.getClientRects().length > 0);
      await expect(new Set(controls.map((control) => Math.round(control.getBoundingClientRect().top))).size).toBe(1);
    });
    await step('A tap opens the Paris summit in place, with its quotes and sources', async () => {
      await userEvent.click(head(canvasElement, 'paris-summit'));
      await expect(head(canvasElement, 'paris-summit').getAttribute('aria-expanded')).toBe('true');
      await expect(canvasElement.querySelectorAll('.eventline-card[data-event-id="paris-summit"] blockquote')).toHaveLength(3);
    });
    await step('The arrow keys move between cards, Escape closes the open one', async () => {
      await expect(document.activeElement).toBe(head(canvasElement, 'paris-summit'));
      await userEvent.keyboard('{ArrowDown}');
      await expect(document.activeElement?.parentElement?.dataset.eventId).not.toBe('paris-summit');
      await userEvent.keyboard('{ArrowUp}');
      await expect(document.activeElement).toBe(head(canvasElement, 'paris-summit'));
      await userEvent.keyboard('{Escape}');
      await expect(head(canvasElement, 'paris-summit').getAttribute('aria-expanded')).toBe('false');
    });
  },
});

/** The smallest phones (iPhone SE, 320 px). */
export const PhoneAt320: Story = { ...phone(320), name: 'Phone at 320 px' };
/** The same in the dark theme. */
export const PhoneAt320Dark: Story = { ...phone(320, { theme: 'dark' }, { dark: true }), name: 'Phone at 320 px, dark' };
/** A common phone width (390 px). */
export const PhoneAt390: Story = { ...phone(390), name: 'Phone at 390 px' };
/** The same in the dark theme. */
export const PhoneAt390Dark: Story = { ...phone(390, { theme: 'dark' }, { dark: true }), name: 'Phone at 390 px, dark' };
/** A 600 px column with the story asked for (auto shows the chart from 600 px). */
export const PhoneAt600: Story = { ...phone(600, { layout: 'vertical' }), name: 'Phone at 600 px (vertical)' };
/** Arabic, right to left: the rail and the cards on the right, dates in Arabic. */
export const PhoneArabicRTL: Story = { ...phone(390, { locale: ar }, { dir: 'rtl', lang: 'ar' }), name: 'Phone, Arabic, right to left' };
