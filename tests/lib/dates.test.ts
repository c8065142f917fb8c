/**
 * src/lib/dates.ts shows every date and time in Europe/Amsterdam, whatever the time zone of the build
 * machine. The module is imported afresh under several process time zones (New York, Kiritimati at
 * UTC+14, UTC) and must give the same Amsterdam answers each time, in winter and in summer time.
 */
import { afterAll, describe, expect, test, vi } from 'vitest';

type Dates = typeof import('../../src/lib/dates.ts');
const originalTz = process.env.TZ;

async function datesIn(tz: string): Promise<Dates> {
  process.env.TZ = tz;
  vi.resetModules();
  return import('../../src/lib/dates.ts');
}

afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

describe.each(['America/New_York', 'Pacific/Kiritimati', 'UTC'])('with the process in %s', (tz) => {
  let d: Dates;

  test('the process time zone really is ' + tz, async () => {
    d = await datesIn(tz);
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(tz === 'UTC' ? 'UTC' : tz);
  });

  test('a calendar date stays on its day', async () => {
    d ??= await datesIn(tz);
    expect(d.formatDate('2019-10-22')).toBe('22 oktober 2019');
    expect(d.formatDate('2026-01-01')).toBe('1 januari 2026');
    expect(d.formatDate('2026-12-31')).toBe('31 december 2026');
    expect(d.formatDateShort('2019-10-22')).toMatch(/^22 okt\.? 2019$/);
  });

  test('late in the evening UTC is the next day in Amsterdam (winter, UTC+1)', async () => {
    d ??= await datesIn(tz);
    // 23:30 UTC on 10 March = 00:30 on 11 March in Amsterdam (and 19:30 on 10 March in New York).
    expect(d.amsterdamDate('2026-03-10T23:30:00Z')).toBe('2026-03-11');
    expect(d.formatEventDay('2026-03-10T23:30:00Z')).toBe('woensdag 11 maart 2026');
    expect(d.formatTime('2026-03-10T23:30:00Z')).toBe('00:30');
    expect(d.amsterdamDate('2026-03-10T22:59:00Z')).toBe('2026-03-10');
    expect(d.formatTime('2026-03-10T22:59:00Z')).toBe('23:59');
  });

  test('late in the evening UTC is the next day in Amsterdam (summer, UTC+2)', async () => {
    d ??= await datesIn(tz);
    expect(d.amsterdamDate('2026-07-10T22:30:00Z')).toBe('2026-07-11');
    expect(d.formatEventDay('2026-07-10T22:30:00Z')).toBe('zaterdag 11 juli 2026');
    expect(d.formatTime('2026-07-10T22:30:00Z')).toBe('00:30');
    expect(d.amsterdamDate('2026-07-10T21:59:00Z')).toBe('2026-07-10');
    expect(d.formatTime('2026-07-10T21:59:00Z')).toBe('23:59');
  });

  test('the same UTC hour is 12:00 in winter and 13:00 in summer', async () => {
    d ??= await datesIn(tz);
    expect(d.formatTime('2026-01-15T11:00:00Z')).toBe('12:00');
    expect(d.formatTime('2026-07-15T11:00:00Z')).toBe('13:00');
  });

  test('around the switch to summer time (29 March 2026, 02:00 → 03:00)', async () => {
    d ??= await datesIn(tz);
    expect(d.formatTime('2026-03-29T00:59:00Z')).toBe('01:59');
    expect(d.formatTime('2026-03-29T01:00:00Z')).toBe('03:00');
  });

  test('around the switch to winter time (25 October 2026, 03:00 → 02:00)', async () => {
    d ??= await datesIn(tz);
    expect(d.formatTime('2026-10-25T00:30:00Z')).toBe('02:30');
    expect(d.formatTime('2026-10-25T01:30:00Z')).toBe('02:30');
    expect(d.formatTime('2026-10-25T02:30:00Z')).toBe('03:30');
  });

  test('a date-time written with another offset is shown in Amsterdam time', async () => {
    d ??= await datesIn(tz);
    expect(d.formatTime('2026-03-10T09:30:00-05:00')).toBe('15:30');
    expect(d.formatEventDay('2026-03-10T20:00:00-05:00')).toBe('woensdag 11 maart 2026');
  });

  test('event times: one day, no end, two days', async () => {
    d ??= await datesIn(tz);
    expect(d.formatEventWhen('2019-12-12T13:00:00+01:00', '2019-12-12T17:00:00+01:00')).toBe('donderdag 12 december 2019, 13:00 tot 17:00 uur');
    expect(d.formatEventWhen('2019-12-12T13:00:00+01:00')).toBe('donderdag 12 december 2019, 13:00 uur');
    expect(d.formatEventWhen('2026-06-04T09:00:00+02:00', '2026-06-05T16:00:00+02:00')).toBe('donderdag 4 juni 2026, 09:00 uur tot vrijdag 5 juni 2026, 16:00 uur');
    // Ends at 23:30 UTC = 00:30 the next Amsterdam day: two days, although the UTC date is the same.
    expect(d.formatEventWhen('2026-01-15T18:00:00Z', '2026-01-15T23:30:00Z')).toBe('donderdag 15 januari 2026, 19:00 uur tot vrijdag 16 januari 2026, 00:30 uur');
  });
});

describe('buildNow (SITE_NOW)', () => {
  test('SITE_NOW fixes "now"', async () => {
    const d = await datesIn('America/New_York');
    expect(d.buildNow({ SITE_NOW: '2026-11-23T12:00:00+01:00' }).toISOString()).toBe('2026-11-23T11:00:00.000Z');
    expect(d.amsterdamDate(d.buildNow({ SITE_NOW: '2026-11-23T23:30:00Z' }))).toBe('2026-11-24');
  });

  test('without SITE_NOW it is the current time', async () => {
    const d = await datesIn('UTC');
    const before = Date.now();
    const now = d.buildNow({}).getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });

  test('a SITE_NOW that is not a date fails with a Dutch line', async () => {
    const d = await datesIn('UTC');
    expect(() => d.buildNow({ SITE_NOW: 'morgen' })).toThrow('SITE_NOW: gevonden "morgen"; toegestaan: een datum of datum-tijd zoals 2026-03-10T09:30:00+01:00');
  });
});

describe('a day no source gives', () => {
  test('is shown in words, never as a guessed date', async () => {
    const { formatDateOrUnknown } = await import('../../src/lib/dates.ts');
    expect(formatDateOrUnknown(undefined)).toBe('Datum niet bekend');
    expect(formatDateOrUnknown('2019-10-22')).toBe('22 oktober 2019');
  });

  test('sorts after every known day, newest first otherwise', async () => {
    const { newestDayFirst } = await import('../../src/lib/dates.ts');
    // Wrapped in objects: Array#sort moves bare undefined values to the end without asking the comparator.
    const days = [undefined, '2019-10-22', '2026-01-02', undefined, '2020-05-01'].map((day) => ({ day }));
    expect(days.sort((a, b) => newestDayFirst(a.day, b.day)).map((d) => d.day)).toEqual(['2026-01-02', '2020-05-01', '2019-10-22', undefined, undefined]);
  });
});
