import { describe, expect, it } from 'vitest';
import { restoreTimeZoneAfterAll, switchTimeZone, TEST_ZONES } from '../support/timeZones.js';
import { formatISODate, parseISODate, periodLength, quickTime, truncateToPrecision } from '../../src/model/time.js';
import { DAY as DAY_MS, YEAR } from '../../src/model/units.js';
import { parseDataset } from '../../src/model/parseDataset.js';
import { validDataset } from '../fixtures/datasets.js';

/** The day number quickTime gives a calendar date. */
const calendarDayNumber = (text: string): number => quickTime(text) / DAY_MS;

function parsed(text: string) {
  const result = parseISODate(text);
  if (!result.ok) throw new Error(`expected ${text} to parse: ${result.reason}`);
  return result;
}

function reason(text: string): string {
  const result = parseISODate(text);
  if (result.ok) throw new Error(`expected ${text} to be rejected`);
  return result.reason;
}

describe('parseISODate', () => {
  it.each([
    ['2022', '2022-01-01T00:00:00.000Z', 'year'],
    ['2025-08', '2025-08-01T00:00:00.000Z', 'month'],
    ['2022-02-24', '2022-02-24T00:00:00.000Z', 'day'],
    ['2025-09-05T09:30Z', '2025-09-05T09:30:00.000Z', 'minute'],
    ['2025-09-05T09:30:15.250Z', '2025-09-05T09:30:15.250Z', 'minute'],
    ['2025-09-05T12:00+03:00', '2025-09-05T09:00:00.000Z', 'minute'],
    ['2025-09-05T04:00-0530', '2025-09-05T09:30:00.000Z', 'minute'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z', 'day'],
    ['2000-02-29', '2000-02-29T00:00:00.000Z', 'day'],
    ['+002022-02-24', '2022-02-24T00:00:00.000Z', 'day'],
  ])('reads %s as %s with %s precision', (text, iso, precision) => {
    const result = parsed(text);
    expect(result.date.toISOString()).toBe(iso);
    expect(result.precision).toBe(precision);
  });

  it('reads every plain YYYY-MM-DD day exactly as the calendar does, years 0000 to 9999', () => {
    // The fast day path must agree with Date's proleptic Gregorian calendar on every kind of day:
    // leap days, century years, year 0 (1 BCE) and the first and last representable 4-digit years.
    const reference = new Date(0);
    for (const year of [0, 1, 4, 99, 100, 400, 1582, 1900, 1970, 1999, 2000, 2024, 2100, 2400, 9999]) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= 31; day++) {
          reference.setUTCFullYear(year, month - 1, day);
          reference.setUTCHours(0, 0, 0, 0);
          const text = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          const result = parseISODate(text);
          if (reference.getUTCDate() !== day) {
            expect(result.ok, `${text} does not exist`).toBe(false);
          } else {
            expect(result.ok && result.date.getTime(), text).toBe(reference.getTime());
          }
        }
      }
    }
  });

  it.each(['2022-1-01', '2022/01/01', '2022-01-0x', '2022-00-10', '202a-01-01', '2022-02-29', '2022-04-31'])(
    'rejects the near-miss day %s with the reason in words',
    (text) => expect(reason(text)).toMatch(/is not a valid date \(.+\)$/),
  );

  it('keeps years 1–99 in the first century instead of mapping them to 19xx', () => {
    expect(parsed('0044').date.getUTCFullYear()).toBe(44);
    expect(parsed('0001-01-01').date.getUTCFullYear()).toBe(1);
    expect(parsed('0099-12-31').date.getUTCFullYear()).toBe(99);
  });

  it('reads signed expanded years as astronomical years (−000043 is 44 BCE)', () => {
    const ides = parsed('-000043-03-15');
    expect(ides.date.getUTCFullYear()).toBe(-43);
    expect(ides.date.getUTCMonth()).toBe(2);
    expect(ides.date.getUTCDate()).toBe(15);
    expect(ides.precision).toBe('day');
    expect(parsed('0000').date.getUTCFullYear()).toBe(0);
  });

  it('knows BCE leap years (astronomical −44 is one, −43 is not)', () => {
    expect(parsed('-000044-02-29').date.getUTCDate()).toBe(29);
    expect(reason('-000043-02-29')).toContain('has no day 29');
  });

  it.each([
    ['2022-13-01', '"2022-13-01" is not a valid date (there is no month 13)'],
    ['2022-00', '"2022-00" is not a valid date (there is no month 0)'],
    ['2022-02-30', '"2022-02-30" is not a valid date (February 2022 has no day 30)'],
    ['2023-02-29', '"2023-02-29" is not a valid date (February 2023 has no day 29)'],
    ['1900-02-29', '"1900-02-29" is not a valid date (February 1900 has no day 29)'],
    ['2022-04-31', '"2022-04-31" is not a valid date (April 2022 has no day 31)'],
    ['2022-02-24T24:00Z', '"2022-02-24T24:00Z" is not a valid date (there is no hour 24)'],
    ['2022-02-24T10:60Z', '"2022-02-24T10:60Z" is not a valid date (there is no minute 60)'],
    ['2022-02-24T10:00+25:00', '"2022-02-24T10:00+25:00" is not a valid date (the time zone offset +25:00 does not exist)'],
  ])('rejects the impossible date %s', (text, message) => {
    expect(reason(text)).toBe(message);
  });

  it.each(['24/02/2022', 'February 2022', '22-02-24', '2022-2-24', '20220224', '', 'yesterday', '2022-02-24 10:00Z'])(
    'rejects %j as not ISO 8601',
    (text) => {
      expect(reason(text)).toContain('expected ISO 8601');
    },
  );

  it('rejects a time without a zone, which would mean a different instant for every reader', () => {
    expect(reason('2022-02-24T05:00')).toBe('"2022-02-24T05:00" has a time but no time zone (add Z or an offset such as +03:00)');
  });

  it('rejects minus zero years, and a month, day or time past ±270000 (deep time is whole years)', () => {
    expect(reason('-000000')).toContain('without a minus sign');
    expect(reason('-270001-12-31')).toBe('"-270001-12-31" is not a valid date (past ±270000 eventline takes a year alone)');
    expect(reason('+275760-01')).toContain('takes a year alone');
    expect(reason('-1000000000000')).toContain('is not a valid date (expected ISO 8601');
    expect(parseISODate('-270000-01-01').ok).toBe(true);
    expect(parseISODate('+270000-12-31T23:59Z').ok).toBe(true);
  });

  it('reads deep-time years, beyond what a Date holds, as whole years in order', () => {
    const years = ['-13800000000', '-4600000000', '-538800000', '-270001', '-270000', '2022', '+270000', '+270001', '+999999', '+100000000000'];
    const dates = years.map((text) => {
      const parsed = parseISODate(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      expect(parsed.precision, text).toBe('year');
      return parsed.date;
    });
    expect(dates.map((date) => date.getUTCFullYear())).toEqual(years.map(Number));
    // Strictly increasing through the edge of the calendar, as numbers and as compared Dates.
    for (let index = 1; index < dates.length; index++) {
      expect(dates[index]!.getTime(), years[index]).toBeGreaterThan(dates[index - 1]!.getTime());
      expect(+dates[index]! > +dates[index - 1]!).toBe(true);
    }
    // A deep year lasts a mean year, and any instant in it truncates to its start whatever the precision asked.
    const bigBang = dates[0]!.getTime();
    expect(periodLength(bigBang, 'year')).toBe(YEAR);
    expect(periodLength(dates[0]!, 'month')).toBe(YEAR);
    for (const precision of ['year', 'month', 'day', 'minute'] as const) expect(truncateToPrecision(bigBang + YEAR / 2, precision)).toBe(bigBang);
    expect(truncateToPrecision(bigBang - YEAR / 2, 'day')).toBeLessThan(bigBang);
    expect(dates[0]).toBeInstanceOf(Date);
    expect(formatISODate(dates[0]!, 'year')).toBe('-13800000000');
    expect(formatISODate(dates[9]!, 'year')).toBe('+100000000000');
    expect(JSON.stringify({ start: dates[0] })).toBe('{"start":"-13800000000"}');
    // Asked for a finer precision, a deep date is still its year: there are no months in deep time.
    expect(formatISODate(dates[0]!, 'day')).toBe('-13800000000');
  });

  it('keeps dates written in the calendar in it at its edges, whatever their zone, and in order with deep years', () => {
    const at = (text: string): Date => {
      const parsed = parseISODate(text);
      if (!parsed.ok) throw new Error(parsed.reason);
      return parsed.date;
    };
    const lastEvening = at('+270000-12-31T20:00-12:00');
    expect(formatISODate(lastEvening, 'minute')).toBe('+270001-01-01T08:00Z');
    expect(lastEvening.getUTCMonth()).toBe(0);
    const firstMorning = at('-270000-01-01T00:00+14:00');
    expect(formatISODate(firstMorning, 'minute')).toBe('-270001-12-31T10:00Z');
    const order = [at('-270002'), at('-270001'), firstMorning, at('-270000'), at('+270000'), lastEvening, at('+270001'), at('+270002')].map((date) => date.getTime());
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(new Set(order).size).toBe(order.length);
    expect([at('-270001'), at('+270001')].map((date) => date.getUTCFullYear())).toEqual([-270001, 270001]);
  });
});

describe('formatISODate', () => {
  it.each([
    ['2022', 'year'],
    ['2025-08', 'month'],
    ['2022-02-24', 'day'],
    ['0044-03-15', 'day'],
    ['-000043-03-15', 'day'],
    ['2025-09-05T09:30Z', 'minute'],
  ] as const)('writes %s back as it was written', (text, precision) => {
    expect(formatISODate(parsed(text).date, precision)).toBe(text);
  });
});

describe('calendar dates in every time zone', () => {
  restoreTimeZoneAfterAll();

  it.each(TEST_ZONES)('24 February 2022 stays 24 February in %s', (zone, offset) => {
    switchTimeZone(zone, offset);

    const dataset = parseDataset(validDataset());
    const invasion = dataset.events.find((event) => event.id === 'invasion');
    expect(invasion?.start.toISOString()).toBe('2022-02-24T00:00:00.000Z');
    expect(formatISODate(invasion!.start, invasion!.precision)).toBe('2022-02-24');
    expect(parsed('0044-03-15').date.getUTCFullYear()).toBe(44);
    expect(parsed('2025-08').date.toISOString()).toBe('2025-08-01T00:00:00.000Z');
  });
});

describe('quickTime of the common YYYY-MM-DD form', () => {
  it('gives the day number of every calendar date, leap days and year 0 included', () => {
    const first = Date.parse('0000-01-01T00:00:00Z') / DAY_MS;
    const last = Date.parse('9999-12-31T00:00:00Z') / DAY_MS;
    for (let day = first; day <= last; day += 997) {
      expect(calendarDayNumber(new Date(day * DAY_MS).toISOString().slice(0, 10))).toBe(day);
    }
    expect(calendarDayNumber('9999-12-31')).toBe(last);
    expect(calendarDayNumber('2024-02-29')).toBe(Date.UTC(2024, 1, 29) / DAY_MS);
    expect(calendarDayNumber('0000-03-01') * DAY_MS).toBe(Date.parse('0000-03-01T00:00:00Z'));
  });

  it('is NaN for anything else, so the full parser explains it', () => {
    for (const text of ['2023-02-29', '2022-13-01', '2022-00-10', '2022-01-32', '2022-1/-01', '2022-0:-01', '20a2-01-01', '2022/01/01', '2022-01-1', ' 2022-01-01', '+02022-01-01']) {
      expect(calendarDayNumber(text), text).toBeNaN();
    }
  });
});

describe('quickTime (calendar dates and wire timestamps, read without the full parser)', () => {
  const full = (text: string): number => {
    const parsed = parseISODate(text);
    return parsed.ok ? parsed.date.getTime() : Number.NaN;
  };

  it('gives the instant the full parser gives, for every zone and with or without seconds', () => {
    const forms = (iso: string): string[] => {
      // iso is a UTC instant written as YYYY-MM-DDTHH:MM:SS.sssZ
      const minute = iso.slice(0, 16);
      const local = (offsetMinutes: number): string => new Date(Date.parse(iso) + offsetMinutes * 60_000).toISOString().slice(0, 16);
      const zone = (offsetMinutes: number): string => {
        const size = Math.abs(offsetMinutes);
        return `${offsetMinutes < 0 ? '-' : '+'}${String(Math.floor(size / 60)).padStart(2, '0')}:${String(size % 60).padStart(2, '0')}`;
      };
      return [iso.slice(0, 10), `${minute}Z`, `${iso.slice(0, 19)}Z`, `${local(180)}${zone(180)}`, `${local(-330)}${zone(-330)}`, `${local(825)}${zone(825)}`, `${local(-0)}-00:00`];
    };
    const first = Date.parse('0001-01-01T00:00:00Z');
    const last = Date.parse('9998-12-31T00:00:00Z');
    let checked = 0;
    for (let time = first; time <= last; time += Math.floor((last - first) / 997) + 61_013) {
      for (const text of forms(new Date(time).toISOString())) {
        expect(quickTime(text), text).toBe(full(text));
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(6000);
    expect(quickTime('2022-02-24T03:00+02:00')).toBe(Date.UTC(2022, 1, 24, 1));
    expect(quickTime('2022-02-24T03:00-05:30')).toBe(Date.UTC(2022, 1, 24, 8, 30));
    expect(quickTime('2022-02-24T10:00+0200')).toBe(Date.UTC(2022, 1, 24, 8));
    expect(quickTime('2022-02-24T23:59:59Z')).toBe(Date.UTC(2022, 1, 24, 23, 59, 59));
    expect(quickTime('2024-02-29')).toBe(Date.UTC(2024, 1, 29));
    // Every zone that exists, in both forms and signs, as the full parser reads it.
    for (const zone of ['+0000', '-0000', '+23:59', '-2359', '+14:00', '-12:00', '+05:45', '-0930']) {
      expect(quickTime(`2022-02-24T10:00${zone}`), zone).toBe(full(`2022-02-24T10:00${zone}`));
    }
  });

  it('is NaN for impossible times and for every other form, which the full parser reads or explains', () => {
    for (const text of [
      '2022-02-24T24:00Z', '2022-02-24T23:60Z', '2022-02-24T23:59:60Z', '2022-02-24T10:00+24:00', '2022-02-24T10:00+23:60',
      '2022-02-30T10:00Z', '2022-02-00T10:00Z', '2022-00-24T10:00Z', '2022-02-24T10:00', '2022-02-24T10Z', '2022-02-24T10:00:00.5Z',
      '2022-02-24T10:00+02', '2022-02-24T10:00+2:00', '2022-02-24T10:00+02:0', '2022-02-24T10:00+02:000', '2022-02-24 10:00Z', '2022-02-24t10:00Z', '2022-02-24T10:00z', '2022-02-24T1:00Z',
      '2022-02-24T10:00 02:00', '2022-02-24T10:00*0200', '2022-02-24T10:00+02-00', '2022-02-24T10:00+0a00', '2022-02-24T10:00+2400', '2022-02-24T10:00+0060', '2022-02-24T10:00Y', '2022-02-24T10:00+0200X', '2022-02-24T10:00+02:00:00',
      '2022-02-24T10:00Z ', '2022-02-24T10:00ZZ', '2022-02-24T10:00:0Z', '2022-02-24T10-00Z', '+02022-02-24T10:00Z', '2022-02', '2022', '',
    ]) {
      expect(quickTime(text), text).toBeNaN();
    }
    // The full parser still reads the forms quickTime leaves to it.
    expect(full('2022-02-24T10:00:00.5Z')).toBe(Date.UTC(2022, 1, 24, 10, 0, 0, 500));
  });
});
