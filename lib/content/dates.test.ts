import { afterEach, describe, expect, it } from 'vitest';
import { explainDateProblem, formatDate, isValidTimezone, parseFileNameDate, parseJekyllDate, toIsoWithOffset } from './dates';

const SHANGHAI = 'Asia/Shanghai';
const NEW_YORK = 'America/New_York';

function parsed(text: string, timezone = SHANGHAI) {
  const date = parseJekyllDate(text, timezone);
  if (!date) throw new Error(`'${text}' did not parse`);
  return date;
}

function shown(text: string, timezone = SHANGHAI): string {
  const date = parsed(text, timezone);
  return formatDate(date.date, date.hasTime, timezone);
}

describe('parseJekyllDate', () => {
  it('keeps the seed offset and shows it in the site zone', () => {
    const date = parseJekyllDate('2022-04-24 16:31:15 +0800', SHANGHAI);
    expect(date).toEqual({ date: Date.UTC(2022, 3, 24, 8, 31, 15), hasTime: true });
  });

  it.each([
    ['2022-04-24T16:31:15+08:00', Date.UTC(2022, 3, 24, 8, 31, 15)],
    ['2022-04-24T08:31:15Z', Date.UTC(2022, 3, 24, 8, 31, 15)],
    ['2022-04-24 16:31:15.250 +0800', Date.UTC(2022, 3, 24, 8, 31, 15)],
    ['2022-4-4 09:05:00 +0800', Date.UTC(2022, 3, 4, 1, 5, 0)],
    ['2022-04-24 10:00:00 -0500', Date.UTC(2022, 3, 24, 15, 0, 0)],
  ])('reads %s as that instant', (text, expected) => {
    expect(parsed(text)).toEqual({ date: expected, hasTime: true });
  });

  it('reads a time without an offset as wall time in the site zone', () => {
    expect(parsed('2022-04-24 16:31', SHANGHAI).date).toBe(Date.UTC(2022, 3, 24, 8, 31));
    expect(parsed('2022-04-24 16:31', NEW_YORK).date).toBe(Date.UTC(2022, 3, 24, 20, 31));
  });

  it('finds the right offset on the morning New York moves its clocks', () => {
    expect(parsed('2022-03-12 09:00', NEW_YORK).date).toBe(Date.UTC(2022, 2, 12, 14, 0));
    expect(parsed('2022-03-13 03:30', NEW_YORK).date).toBe(Date.UTC(2022, 2, 13, 7, 30));
    expect(parsed('2022-03-14 09:00', NEW_YORK).date).toBe(Date.UTC(2022, 2, 14, 13, 0));
  });

  it('marks a date-only value as having no time, at midnight in the site zone', () => {
    expect(parsed('2022-04-24')).toEqual({ date: Date.UTC(2022, 3, 23, 16, 0), hasTime: false });
  });

  it('accepts 29 February only in a leap year', () => {
    expect(parseJekyllDate('2024-02-29', SHANGHAI)).toBeDefined();
    expect(parseJekyllDate('2023-02-29', SHANGHAI)).toBeUndefined();
  });

  it.each(['24/04/2022', '2022-02-30', '2022-13-01', '2022-04-24 24:00', '2022-04-24 12:60', '2022年4月24日', 'yesterday', ''])(
    'rejects %j',
    (text) => {
      expect(parseJekyllDate(text, SHANGHAI)).toBeUndefined();
    },
  );
});

describe('parseJekyllDate: the edges of the calendar', () => {
  it('reads a year before 100 as written, not as 19xx', () => {
    expect(toIsoWithOffset(parsed('0099-06-15 12:00:00 +0000').date, 'UTC')).toBe('0099-06-15T12:00:00+00:00');
    expect(toIsoWithOffset(parsed('9999-12-31 23:59:59 +0000').date, 'UTC')).toBe('9999-12-31T23:59:59+00:00');
  });

  it('rejects year 10000', () => {
    expect(parseJekyllDate('10000-01-01', SHANGHAI)).toBeUndefined();
  });
});

describe('parseJekyllDate: offsets', () => {
  it('takes offsets up to ±14:00 and refuses any beyond, rather than moving the date by days', () => {
    expect(parseJekyllDate('2021-12-29 10:00:00 +14:00', SHANGHAI)).toEqual({ date: Date.UTC(2021, 11, 28, 20, 0), hasTime: true });
    expect(parseJekyllDate('2021-12-29 10:00:00 -1200', SHANGHAI)).toEqual({ date: Date.UTC(2021, 11, 29, 22, 0), hasTime: true });
    expect(parseJekyllDate('2021-12-29 10:00:00 +99:00', SHANGHAI)).toBeUndefined();
    expect(parseJekyllDate('2021-12-29 10:00:00 -15', SHANGHAI)).toBeUndefined();
  });
});

describe('explainDateProblem', () => {
  it.each([
    ['2022-02-30', '2022-02 has no day 30'],
    ['2023-02-29', '2023-02 has no day 29'],
    ['2022-4-31', '2022-04 has no day 31'],
    ['2022-13-01', 'there is no month 13'],
    ['10000-01-01', 'the year has more than four digits'],
    ['2022-04-24 24:00', 'there is no time 24:00'],
    ['24/04/2022', 'expected YYYY-MM-DD, optionally followed by HH:MM[:SS] and an offset'],
    ['2021-12-29 10:00:00 +99:00', 'the offset +99:00 is outside ±14:00'],
    ['2021-12-29 10:00:00 -1401', 'the offset -1401 is outside ±14:00'],
  ])('says why %j is not a date', (text, reason) => {
    expect(explainDateProblem(text)).toBe(reason);
  });
});

describe('parseFileNameDate', () => {
  it('takes the day from a YYYY-MM-DD- prefix', () => {
    expect(parseFileNameDate('2022-09-01-jiuye.md', SHANGHAI)).toEqual({ date: Date.UTC(2022, 7, 31, 16, 0), hasTime: false });
  });

  it('finds nothing in a name without the prefix', () => {
    expect(parseFileNameDate('jiuye.md', SHANGHAI)).toBeUndefined();
    expect(parseFileNameDate('000_52a2a947919bd700.txt', SHANGHAI)).toBeUndefined();
  });
});

describe('formatDate and toIsoWithOffset', () => {
  it('shows the seed date as 2022年4月24日 16:31 with its +08:00 offset', () => {
    const date = parsed('2022-04-24 16:31:15 +0800');
    expect(formatDate(date.date, date.hasTime, SHANGHAI)).toBe('2022年4月24日 16:31');
    expect(toIsoWithOffset(date.date, SHANGHAI)).toBe('2022-04-24T16:31:15+08:00');
  });

  it('shows a post from half past midnight on the 24th, not the 23rd', () => {
    expect(shown('2022-04-24 00:30:00 +0800')).toBe('2022年4月24日 00:30');
    expect(toIsoWithOffset(parsed('2022-04-24 00:30:00 +0800').date, SHANGHAI)).toBe('2022-04-24T00:30:00+08:00');
  });

  it('converts a -0500 date into Shanghai time, moving to the next day when it has to', () => {
    expect(shown('2022-04-24 10:00:00 -0500')).toBe('2022年4月24日 23:00');
    expect(shown('2022-04-24 13:15:00 -0500')).toBe('2022年4月25日 02:15');
  });

  it('shows a date-only post without a time', () => {
    expect(shown('2022-04-24')).toBe('2022年4月24日');
    expect(toIsoWithOffset(parsed('2022-04-24').date, SHANGHAI)).toBe('2022-04-24T00:00:00+08:00');
  });

  it('formats in another site zone with that zone’s own offset, summer and winter', () => {
    const summer = parsed('2022-04-24 16:31:15 +0800').date;
    expect(formatDate(summer, true, NEW_YORK)).toBe('2022年4月24日 04:31');
    expect(toIsoWithOffset(summer, NEW_YORK)).toBe('2022-04-24T04:31:15-04:00');
    const winter = parsed('2022-01-10 09:00:00 +0800').date;
    expect(formatDate(winter, true, NEW_YORK)).toBe('2022年1月9日 20:00');
    expect(toIsoWithOffset(winter, NEW_YORK)).toBe('2022-01-09T20:00:00-05:00');
  });

  it('formats a whole-hour offset zone the other side of UTC', () => {
    expect(toIsoWithOffset(Date.UTC(2022, 3, 24, 8, 31, 15), 'UTC')).toBe('2022-04-24T08:31:15+00:00');
    expect(toIsoWithOffset(Date.UTC(2022, 3, 24, 8, 31, 15), 'Asia/Kolkata')).toBe('2022-04-24T14:01:15+05:30');
  });
});

describe('process time zone', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['UTC', NEW_YORK, 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('does not change what readers see when TZ=%s', (tz) => {
    process.env.TZ = tz;
    expect(shown('2022-04-24 00:30:00 +0800')).toBe('2022年4月24日 00:30');
    expect(shown('2022-04-24')).toBe('2022年4月24日');
    expect(shown('2022-04-24 16:31')).toBe('2022年4月24日 16:31');
    expect(parsed('2022-04-24 16:31').date).toBe(Date.UTC(2022, 3, 24, 8, 31));
    expect(toIsoWithOffset(parsed('2022-04-24 16:31:15 +0800').date, SHANGHAI)).toBe('2022-04-24T16:31:15+08:00');
  });
});

describe('isValidTimezone', () => {
  it('knows IANA zones and rejects made-up ones', () => {
    expect(isValidTimezone(SHANGHAI)).toBe(true);
    expect(isValidTimezone('Mars/Olympus_Mons')).toBe(false);
  });
});
