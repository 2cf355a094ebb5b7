import type { Meta, StoryObj } from '@storybook/html-vite';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { NEWS_LANES, newsDataset } from './support/datasets.js';
import { mountTimeline, timelineIn } from './support/mount.js';

const meta = {
  title: 'Interactions',
  parameters: { controls: { disable: true } },
  render: () => mountTimeline({ dataset: newsDataset, lanes: NEWS_LANES }, { width: 1000 }),
} satisfies Meta;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waits until the story's timeline has drawn its marks. */
async function chartReady(canvasElement: HTMLElement): Promise<void> {
  await waitFor(() => expect(canvasElement.querySelector('.eventline-svg .eventline-event')).not.toBeNull());
}

const focused = (): Element | null => document.activeElement;

/** One tab stop for the chart; arrows walk the events in time order, Home and End jump to the ends. */
export const KeyboardWalk: Story = {
  play: async ({ canvasElement, step }) => {
    await chartReady(canvasElement);
    await step('Tab reaches the chart: exactly one mark is in the tab order', async () => {
      await expect(canvasElement.querySelectorAll('.eventline-svg [tabindex="0"]')).toHaveLength(1);
      (canvasElement.querySelector('.eventline-svg [tabindex="0"]') as SVGElement).focus();
    });
    await step('Home goes to the first event, 1953', async () => {
      await userEvent.keyboard('{Home}');
      await expect(focused()).toHaveAccessibleName('Korean War armistice fixes the demarcation line, 27 July 1953');
    });
    await step('Right arrow goes on in time order', async () => {
      await userEvent.keyboard('{ArrowRight}');
      await expect(focused()).toHaveAccessibleName('Russia annexes Crimea, 18 March 2014');
      await userEvent.keyboard('{ArrowRight}');
      await expect(focused()).toHaveAccessibleName(/^Separatist war in eastern Ukraine, April 2014 – February 2022/);
      await userEvent.keyboard('{ArrowRight}');
      await expect(focused()).toHaveAccessibleName('Russia launches full-scale invasion, 24 February 2022');
    });
    await step('End goes to the last event, and Left back to the one before', async () => {
      await userEvent.keyboard('{End}');
      await expect(focused()).toHaveAccessibleName(/^Zelensky: foreign troops would number thousands, 5 September 2025/);
      await userEvent.keyboard('{ArrowLeft}');
      await expect(focused()).toHaveAccessibleName(/, 5 September 2025/);
    });
  },
};

/** The zoom buttons change the view and announce the new range once, politely. */
export const ZoomButtons: Story = {
  play: async ({ canvasElement, step }) => {
    await chartReady(canvasElement);
    const canvas = within(canvasElement);
    const ticks = (): string => [...canvasElement.querySelectorAll('.eventline-tick text')].map((text) => text.textContent).join(' ');
    const before = ticks();
    await step('Zoom in twice: the axis changes and the range is announced', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
      await userEvent.click(canvas.getByRole('button', { name: 'Zoom in' }));
      await waitFor(() => expect(ticks()).not.toBe(before));
      await waitFor(() => expect(canvasElement.querySelector('.eventline-live')).toHaveTextContent(/^Showing .+ to .+\.$/), { timeout: 3000 });
    });
    await step('Show all goes back to the whole dataset', async () => {
      await userEvent.click(canvas.getByRole('button', { name: 'Show all' }));
      await waitFor(() => expect(ticks()).toBe(before), { timeout: 3000 });
    });
  },
};

/** The overview strip’s brush follows the zoom, and dragging it pans the chart. */
export const Brush: Story = {
  play: async ({ canvasElement, step }) => {
    await chartReady(canvasElement);
    const timeline = timelineIn(canvasElement);
    const brush = (): DOMRect => canvasElement.querySelector('.eventline-overview .selection')!.getBoundingClientRect();
    const whole = brush().width;
    await step('Zooming in narrows the brush', async () => {
      await userEvent.click(within(canvasElement).getByRole('button', { name: 'Zoom in' }));
      await waitFor(() => expect(brush().width).toBeLessThan(whole * 0.75), { timeout: 3000 });
    });
    await step('Dragging the brush left pans the chart to earlier dates', async () => {
      const start = timeline.getState().range[0].getTime();
      const box = brush();
      const [x, y] = [box.left + box.width / 2, box.top + box.height / 2];
      const selection = canvasElement.querySelector('.eventline-overview .selection')!;
      const pointer = (type: string, clientX: number): boolean =>
        selection.dispatchEvent(new PointerEvent(type, { bubbles: true, cancelable: true, view: window, pointerId: 1, pointerType: 'mouse', isPrimary: true, button: 0, buttons: type === 'pointerup' ? 0 : 1, clientX, clientY: y }));
      pointer('pointerdown', x);
      for (let step = 1; step <= 5; step++) pointer('pointermove', x - step * 30);
      pointer('pointerup', x - 150);
      await waitFor(() => expect(timeline.getState().range[0].getTime()).toBeLessThan(start));
    });
  },
};

/** A click opens the detail panel: the date with its precision and the sources; Escape closes it and returns focus. */
export const DetailPanel: Story = {
  play: async ({ canvasElement, step }) => {
    await chartReady(canvasElement);
    const canvas = within(canvasElement);
    const mark = canvas.getByRole('option', { name: 'Russia annexes Crimea, 18 March 2014' });
    await step('Click an event', async () => {
      await userEvent.click(mark);
      const panel = canvas.getByRole('region', { name: 'Event details' });
      await expect(within(panel).getByRole('heading', { name: 'Russia annexes Crimea' })).toBeVisible();
      await expect(panel).toHaveTextContent('18 March 2014');
      // Sources are listed by publisher and headline (the news dataset's sources carry no URLs; linked ones get rel="noopener noreferrer"),
      // each part from data between isolate marks (U+2068 … U+2069) that the reader does not see.
      const sources = within(panel).getAllByRole('listitem').map((item) => (item.textContent ?? '').replace(/[\u2068\u2069]/g, ''));
      await expect(sources.some((source) => source.startsWith('BBC News'))).toBe(true);
    });
    await step('Escape closes the panel and returns focus to the event', async () => {
      await userEvent.keyboard('{Escape}');
      await expect(canvasElement.querySelector('.eventline-detail')).not.toBeVisible();
      await expect(focused()).toHaveAccessibleName('Russia annexes Crimea, 18 March 2014');
    });
  },
};

/** With `hash: true`, a selection is written to the URL, and back and forward move between selections. */
export const DeepLink: Story = {
  render: () => mountTimeline({ dataset: newsDataset, lanes: NEWS_LANES, hash: true }, { width: 1000 }),
  play: async ({ canvasElement, step }) => {
    await chartReady(canvasElement);
    const canvas = within(canvasElement);
    const timeline = timelineIn(canvasElement);
    const base = `${location.pathname}${location.search}`;
    try {
      await step('Selecting writes #event=<id>', async () => {
        await userEvent.click(canvas.getByRole('option', { name: 'Russia annexes Crimea, 18 March 2014' }));
        await expect(location.hash).toBe('#event=crimea-annexation');
        await userEvent.click(canvas.getByRole('option', { name: 'Russia launches full-scale invasion, 24 February 2022' }));
        await expect(location.hash).toBe('#event=full-scale-invasion');
      });
      await step('Back returns to the previous selection', async () => {
        history.back();
        await waitFor(() => expect(timeline.getState().selected).toBe('crimea-annexation'));
      });
    } finally {
      history.replaceState(null, '', base);
    }
  },
};
