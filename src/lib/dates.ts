/**
 * Dates for visitors: Dutch, and always in Europe/Amsterdam, whatever the time zone of the build
 * machine or the editor's browser.
 */
import { formatOnFirstUse } from './intl.ts';
export const TIME_ZONE = 'Europe/Amsterdam';

const dateFormat = formatOnFirstUse(() => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }));
const dateShortFormat = formatOnFirstUse(() => new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }));
const weekdayFormat = formatOnFirstUse(() => new Intl.DateTimeFormat('nl-NL', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }));
const timeFormat = formatOnFirstUse(() => new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }));
const amsterdamDay = formatOnFirstUse(() => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: TIME_ZONE }));

/** A calendar date (YYYY-MM-DD) as a Date at noon UTC, so no time zone can move it to another day. */
function fromDay(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

/** "22 oktober 2019" */
export function formatDate(day: string): string {
  return dateFormat.format(fromDay(day));
}

/** What a page says when no source gives the day of something. */
export const UNKNOWN_DATE_TEXT = 'Datum niet bekend';

/** "22 oktober 2019", or "Datum niet bekend" when no source gives the day. */
export function formatDateOrUnknown(day: string | undefined): string {
  return day ? formatDate(day) : UNKNOWN_DATE_TEXT;
}

/**
 * Newest first, for entries whose day may be unknown: those come last (their age is unknown, so
 * they must never look new).
 */
export function newestDayFirst(a: string | undefined, b: string | undefined): number {
  if (a === b) return 0;
  if (!a) return 1;
  if (!b) return -1;
  return b.localeCompare(a);
}

const monthFormat = formatOnFirstUse(() => new Intl.DateTimeFormat('nl-NL', { month: 'long', year: 'numeric', timeZone: TIME_ZONE }));

/** A date as precise as a source gives it: "2019", "november 2019" or "29 november 2019". */
export function formatPartialDate(text: string): string {
  if (/^\d{4}$/.test(text)) return text;
  if (/^\d{4}-\d{2}$/.test(text)) return monthFormat.format(fromDay(`${text}-15`));
  return formatDate(text);
}

/** "22 okt 2019" */
export function formatDateShort(day: string): string {
  return dateShortFormat.format(fromDay(day));
}

/** "donderdag 12 december 2019" for a date-time with offset, in Amsterdam time. */
export function formatEventDay(dateTime: string): string {
  return weekdayFormat.format(new Date(dateTime));
}

/** "13:00" in Amsterdam time. */
export function formatTime(dateTime: string): string {
  return timeFormat.format(new Date(dateTime));
}

/** The Amsterdam calendar day (YYYY-MM-DD) of a moment. */
export function amsterdamDate(moment: Date | string): string {
  return amsterdamDay.format(typeof moment === 'string' ? new Date(moment) : moment);
}

/** True for an event day without a time ("2019-11-29"): the source gives no time, so none is shown. */
export function isDayOnly(value: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(value);
}

/**
 * "donderdag 12 december 2019, 13:00 tot 17:00" — or over two days when the end is on another day.
 * A day without a time is shown as the day alone: "vrijdag 29 november 2019".
 */
export function formatEventWhen(start: string, end?: string): string {
  if (isDayOnly(start)) {
    const first = weekdayFormat.format(fromDay(start));
    return end && end !== start ? `${first} tot ${weekdayFormat.format(fromDay(end.slice(0, 10)))}` : first;
  }
  const from = `${formatEventDay(start)}, ${formatTime(start)}`;
  if (!end) return `${from} uur`;
  if (amsterdamDate(start) === amsterdamDate(end)) return `${from} tot ${formatTime(end)} uur`;
  return `${from} uur tot ${formatEventDay(end)}, ${formatTime(end)} uur`;
}

/**
 * "Now" for decisions made at build time (upcoming or past events). SITE_NOW (an ISO date-time)
 * fixes it, so tests and previews are reproducible.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const fixed = env.SITE_NOW?.trim();
  if (fixed) {
    const parsed = new Date(fixed);
    if (Number.isNaN(parsed.getTime())) throw new Error(`SITE_NOW: gevonden "${fixed}"; toegestaan: een datum of datum-tijd zoals 2026-03-10T09:30:00+01:00`);
    return parsed;
  }
  return new Date();
}
