import { describe, expect, it } from 'vitest';
import { enUS } from 'date-fns/locale/en-US';
import { DEFAULT_LOCALE } from '../../src/layout/formatDate.js';
import { DEFAULT_MIN_SPAN } from '../../src/layout/zoomMath.js';
import { OPTION_RULES, optionProblem, resolveOptions, TIMELINE_DEFAULTS, type TimelineOptions, withoutData } from '../../src/timeline/options.js';

describe('the options table', () => {
  it('gives every option a default, absent ones included', () => {
    const resolved = resolveOptions({});
    expect(resolved).toEqual({
      height: 420, lanes: 'auto', locale: DEFAULT_LOCALE, theme: 'light', hash: false,
      zoomLimits: { minSpan: DEFAULT_MIN_SPAN }, overview: true, compressGaps: true, timeScale: 'density', download: false, layout: 'auto',
    });
    expect(TIMELINE_DEFAULTS).toEqual(resolved);
    expect(Object.isFrozen(resolved)).toBe(true);
  });

  it('keeps what was given, and completes an object option field by field', () => {
    const resolved = resolveOptions({ height: 300, theme: 'auto', locale: enUS, zoomLimits: { maxSpan: 5000 }, compressGaps: { minGap: 10 } });
    expect(resolved.height).toBe(300);
    expect(resolved.theme).toBe('auto');
    expect(resolved.locale).toBe(enUS);
    expect(resolved.zoomLimits).toEqual({ minSpan: DEFAULT_MIN_SPAN, maxSpan: 5000 });
    // A field given as undefined (a framework prop not set) is a field not given: the default holds.
    // (exactOptionalPropertyTypes refuses the undefined that JavaScript and React props give, hence the cast.)
    expect(resolveOptions({ zoomLimits: { minSpan: undefined, maxSpan: 5000 } } as unknown as TimelineOptions).zoomLimits).toEqual({ minSpan: DEFAULT_MIN_SPAN, maxSpan: 5000 });
    expect(resolved.compressGaps).toEqual({ minGap: 10 });
  });

  it.each<[TimelineOptions, string]>([
    [{ height: -1 }, 'eventline: options.height must be a positive number, got -1'],
    [{ height: Number.NaN }, 'eventline: options.height must be a positive number, got NaN'],
    [{ theme: 'blue' as 'light' }, `eventline: options.theme must be 'light', 'dark' or 'auto', got "blue"`],
    [{ lanes: 'War' as 'auto' }, `eventline: options.lanes must be 'auto' or an array of lane names, got "War"`],
    [{ zoomLimits: { minSpan: -1 } }, 'eventline: options.zoomLimits.minSpan must be a positive number of milliseconds, got -1'],
    [{ zoomLimits: { maxSpan: 0 } }, 'eventline: options.zoomLimits.maxSpan must be a positive number of milliseconds, got 0'],
    [{ compressGaps: { minGap: -5 } }, 'eventline: options.compressGaps.minGap must be a positive number of milliseconds, got -5'],
    [{ layout: 'portrait' as 'auto' }, "eventline: options.layout must be 'auto', 'horizontal' or 'vertical', got \"portrait\""],
    [{ initialRange: [new Date('2025-09-01'), new Date('2025-01-01')] }, 'eventline: options.initialRange must be two valid Dates, the first before the second, got [2025-09-01T00:00:00.000Z, 2025-01-01T00:00:00.000Z]'],
    [{ initialRange: [new Date('nope'), new Date('2025-01-01')] }, 'eventline: options.initialRange must be two valid Dates, the first before the second, got [Invalid Date, 2025-01-01T00:00:00.000Z]'],
    [{ locale: 'de' as unknown as NonNullable<TimelineOptions['locale']> }, 'eventline: options.locale must be a date-fns locale, got "de"'],
    [{ download: 'yes' as unknown as boolean }, 'eventline: options.download must be true or false, got "yes"'],
    [{ renderDetail: '<b>x</b>' as unknown as NonNullable<TimelineOptions['renderDetail']> }, 'eventline: options.renderDetail must be a function returning a DOM node, got "<b>x</b>"'],
  ])('refuses %o with a message naming the option', (options, message) => {
    expect(() => resolveOptions(options)).toThrow(new RangeError(message));
  });

  it('answers for one option, as the element asks', () => {
    expect(optionProblem('height', 300)).toBeNull();
    expect(optionProblem('height', undefined)).toBeNull();
    expect(optionProblem('height', 0)).toEqual({ must: 'be a positive number', got: 0 });
    expect(optionProblem('compressGaps', false)).toBeNull();
  });

  it('has a rule for every option of TimelineOptions and no other', () => {
    expect(Object.keys(OPTION_RULES).sort()).toEqual([
      'ariaLabel', 'compressGaps', 'dataset', 'download', 'events', 'hash', 'hashKey', 'height', 'initialRange', 'lanes', 'layout', 'locale', 'overview',
      'renderDetail', 'sources', 'theme', 'timeScale', 'zoomLimits',
    ]);
  });

  it('lets the data go without touching the rest', () => {
    const resolved = resolveOptions({ dataset: { title: 'x' }, events: [], sources: [], height: 300 });
    const kept = withoutData(resolved);
    expect('dataset' in kept || 'events' in kept || 'sources' in kept).toBe(false);
    expect(kept.height).toBe(300);
  });
});
