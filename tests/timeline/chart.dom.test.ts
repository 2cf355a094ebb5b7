import { afterEach, describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { type Chart, createChart } from '../../src/timeline/chart.js';
import type { ChartEventMap } from '../../src/timeline/state.js';

/**
 * The chart's state and commands as a second layout would use them: no DOM of the horizontal chart
 * is read here, only `state`, `state.on` and `commands`.
 */
const charts: Chart[] = [];
afterEach(() => {
  for (const chart of charts.splice(0)) chart.destroy();
  document.body.replaceChildren();
});

function chartFor(options: Parameters<typeof createChart>[1]): { chart: Chart; heard: string[] } {
  const container = document.createElement('div');
  document.body.append(container);
  const chart = createChart(container, options);
  charts.push(chart);
  const heard: string[] = [];
  for (const type of ['dataset', 'options', 'gaps', 'render', 'select', 'zoom'] as (keyof ChartEventMap)[]) chart.state.on(type, () => heard.push(type));
  container.append(chart.elements.root);
  return { chart, heard };
}

/** A minimal second layout: the titles in time order, the selected one marked, following the chart. */
function attachTitleList(chart: Chart): HTMLOListElement {
  const list = document.createElement('ol');
  const render = (): void => {
    list.replaceChildren(...(chart.state.model?.dataset.events ?? []).map((event) => {
      const item = document.createElement('li');
      item.textContent = event.title;
      if (event.id === chart.state.selected) item.setAttribute('aria-current', 'true');
      item.addEventListener('click', () => chart.commands.select(event.id));
      return item;
    }));
  };
  chart.state.on('dataset', render);
  chart.state.on('select', render);
  return list;
}

describe('the chart state and commands', () => {
  it('loads nothing until started, so parts attached first hear the first dataset, scale and frame', () => {
    const { chart, heard } = chartFor({ dataset: news });
    expect(chart.state.model).toBeNull();
    expect(heard).toEqual([]);
    chart.start();
    expect(chart.state.model?.dataset.events).toHaveLength(news.events.length);
    expect(heard.indexOf('gaps')).toBeLessThan(heard.indexOf('dataset'));
    expect(heard.indexOf('dataset')).toBeLessThan(heard.indexOf('render'));
    expect(chart.state.layout?.points.length).toBeGreaterThan(0);
    chart.start();
    expect(heard.filter((type) => type === 'dataset')).toHaveLength(1);
  });

  it('lets a second layout follow and drive the selection through the same commands', () => {
    const { chart } = chartFor({ dataset: news });
    const list = attachTitleList(chart);
    chart.start();
    const paris = news.events.findIndex((event) => event.id === 'paris-summit');
    (list.children[paris] as HTMLElement).click();
    expect(chart.state.selected).toBe('paris-summit');
    expect(list.querySelector('[aria-current]')?.textContent).toBe(news.events[paris]!.title);
    // The chart's own detail panel follows the same selection.
    expect(chart.elements.detail.hidden).toBe(false);
    expect(chart.commands.step('next')).toBe(news.events[paris + 1]!.id);
    expect(list.querySelector('[aria-current]')?.textContent).toBe(news.events[paris + 1]!.title);
    expect(chart.commands.closeSelection()).toBe(news.events[paris + 1]!.id);
    expect(list.querySelector('[aria-current]')).toBeNull();
  });

  it('moves the view through commands, within the zoom limits, and lays out a range without drawing it', () => {
    const { chart } = chartFor({ dataset: news, compressGaps: false });
    chart.start();
    const whole = chart.state.fitted();
    const drawn = chart.state.layout;
    const trial = chart.commands.layoutFor([whole[1] - 20 * 86_400_000, whole[1]]);
    expect(trial?.domain).toEqual([whole[1] - 20 * 86_400_000, whole[1]]);
    expect(chart.state.layout).toBe(drawn);
    // Narrower than the narrowest view: widened to it around its middle.
    const middle = (whole[0] + whole[1]) / 2;
    expect(chart.commands.clamp([middle, middle + 1])).toEqual([middle + 0.5 - chart.state.limits()!.minSpan / 2, middle + 0.5 + chart.state.limits()!.minSpan / 2]);
    chart.commands.zoom('in', null, false);
    const [a, b] = chart.state.domain();
    expect(b - a).toBeCloseTo((whole[1] - whole[0]) / 2, -3);
    expect(chart.state.layout?.domain).toEqual([a, b]);
    chart.commands.zoom('fit', null, false);
    expect(chart.state.domain()).toEqual(whole.map(Math.round));
    // The visible dates are the real range the frame was drawn for.
    expect(chart.state.dates().map(Number)).toEqual(chart.state.layout!.range);
  });

  it('tells its parts about new options and new data, and keeps nothing after destroy', () => {
    const { chart, heard } = chartFor({ dataset: news });
    chart.start();
    heard.length = 0;
    chart.update({ theme: 'dark' });
    expect(heard).toContain('options');
    expect(heard).not.toContain('dataset');
    expect(chart.state.options.theme).toBe('dark');
    heard.length = 0;
    chart.update({ dataset: { title: 'Broken', sources: [], events: [{ id: 'a' }] } });
    expect(heard).toEqual(['dataset']);
    expect(chart.state.model).toBeNull();
    chart.destroy();
    expect(chart.elements.root.isConnected).toBe(false);
    expect('dataset' in chart.state.options).toBe(false);
    chart.commands.select('paris-summit');
    expect(heard).toEqual(['dataset']);
  });
});
