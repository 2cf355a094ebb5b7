import { describe, expect, it } from 'vitest';
import { ukraineSecurityGuarantees as news } from '../../src/datasets/ukraine.js';
import { changedOptions } from '../../src/react/changedOptions.js';

describe('changedOptions', () => {
  const lanes = ['War', 'Diplomacy'];
  const events = [{ id: 'e', title: 'E', start: '2022-02-24', sources: ['s'] }];

  it('is null when every option is the same value, arrays and datasets compared by identity', () => {
    expect(changedOptions({ dataset: news, lanes, height: 300 }, { dataset: news, lanes, height: 300 })).toBeNull();
    expect(changedOptions({}, {})).toBeNull();
    // NaN is NaN for Object.is, as for React's dependency lists.
    expect(changedOptions({ height: Number.NaN }, { height: Number.NaN })).toBeNull();
  });

  it('names only the options that changed, a new array with the same items among them', () => {
    expect(changedOptions({ dataset: news, lanes, theme: 'light', height: 300 }, { dataset: news, lanes: [...lanes], theme: 'dark', height: 300 }))
      .toEqual({ lanes, theme: 'dark' });
    expect(changedOptions({ dataset: news }, { dataset: { ...news } })).toEqual({ dataset: { ...news } });
  });

  it('gives a removed option as undefined, so that update() takes its default back', () => {
    const changed = changedOptions({ dataset: news, height: 300 }, { dataset: news });
    expect(changed).toEqual({ height: undefined });
    expect(Object.keys(changed!)).toEqual(['height']);
  });

  it('leaves out a dataset dropped for events, since update() would drop the events with it', () => {
    expect(Object.keys(changedOptions({ dataset: news }, { events, sources: [] })!).sort()).toEqual(['events', 'sources']);
    // The other way round the dataset is named, and replaces the events.
    expect(Object.keys(changedOptions({ events }, { dataset: news })!).sort()).toEqual(['dataset', 'events']);
    // A dataset removed with nothing in its place is named: the chart empties.
    expect(Object.keys(changedOptions({ dataset: news }, {})!)).toEqual(['dataset']);
  });
});
