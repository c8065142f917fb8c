/**
 * iCalendar (RFC 5545) files for the agenda, made with the `ics` library: /agenda.ics with every
 * event (upcoming and past) and /ics/<id>.ics per event. Times are written in UTC ("…Z"), computed
 * from the stored date-time with its offset, so every calendar shows the right Amsterdam wall-clock
 * time whatever its own time zone. UIDs are `<id>@<site host>`: stable, so a calendar that
 * subscribed to /agenda.ics updates an event instead of adding it twice. Pure: the endpoints pass
 * the events, the site URL and "now" (the DTSTAMP).
 */
import { createEvents, type EventAttributes } from 'ics';
import type { Event } from '../model/collections/events.ts';
import { eventKinds, labelOf } from '../model/enums.ts';
import { SITE_NAME } from '../config/site.ts';
import { routes } from '../routes.ts';
import { isDayOnly } from '../lib/dates.ts';
import { LOCATION_TO_FOLLOW, placeLines } from '../events/agenda.ts';

export interface CalendarEntry {
  id: string;
  data: Event;
}

export interface CalendarOptions {
  site: URL | string;
  /** DTSTAMP: when this calendar was made (the build time, fixed by SITE_NOW in tests). */
  now: Date;
  /** The calendar's name in the app (X-WR-CALNAME); the whole agenda's name when left out. */
  name?: string;
}

export const CALENDAR_NAME = `Agenda ${SITE_NAME}`;
export const PRODUCT_ID = `-//${SITE_NAME}//Agenda//NL`;

export const calendarPaths = routes.ics;

export function eventUid(id: string, site: URL | string): string {
  return `${id}@${new URL(site).hostname}`;
}

/** "Naam, Adres, Plaats" (each line once, src/events/agenda.ts), "Online", both, or "Locatie volgt". */
export function eventLocation(location: Event['location']): string {
  const place = placeLines(location).join(', ');
  if (location.online) return place ? `Online en in ${place}` : 'Online';
  return place || LOCATION_TO_FOLLOW;
}

function description(event: CalendarEntry, pageUrl: string): string {
  const d = event.data;
  const lines = [d.summary, '', `Soort: ${labelOf(eventKinds, d.kind)}`, `Organisator: ${d.organiser}`];
  if (d.location.online && d.location.url) lines.push(`Online meedoen: ${d.location.url}`);
  if (d.registration?.url) lines.push(`Aanmelden: ${d.registration.url}`);
  else if (d.registration?.email) lines.push(`Aanmelden: ${d.registration.email}`);
  lines.push('', `Meer informatie: ${pageUrl}`);
  return lines.join('\n');
}

/** "2019-11-29" → [2019, 11, 29], the form `ics` writes as a DATE value. */
function dayArray(day: string): [number, number, number] {
  const [y, m, dd] = day.split('-').map(Number);
  return [y!, m!, dd!];
}

/** The calendar day after `day` (YYYY-MM-DD). */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day.slice(0, 10)}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function eventAttributes(event: CalendarEntry, options: CalendarOptions): EventAttributes {
  const d = event.data;
  const url = new URL(routes.event(event.id), options.site).href;
  const base = {
    uid: eventUid(event.id, options.site),
    title: d.title,
    description: description(event, url),
    url,
    location: eventLocation(d.location),
    categories: [labelOf(eventKinds, d.kind)],
    // Milliseconds since the epoch, written as UTC: no time zone of the build machine is involved.
    start: Date.parse(d.start),
    startInputType: 'utc' as const,
    startOutputType: 'utc' as const,
    timestamp: options.now.getTime(),
    productId: PRODUCT_ID,
  };
  if (isDayOnly(d.start)) {
    // A day without a time (the source gives none): an all-day event, DTSTART;VALUE=DATE, with the
    // day after the last day as its (exclusive) end, as RFC 5545 §3.6.1 describes.
    const { startInputType: _i, startOutputType: _o, ...day } = base;
    return { ...day, start: dayArray(d.start), end: dayArray(nextDay(d.end ?? d.start)) } as EventAttributes;
  }
  // Without an end, RFC 5545 lets the event end at its start (no DTEND, no DURATION).
  return (d.end ? { ...base, end: Date.parse(d.end), endInputType: 'utc', endOutputType: 'utc' } : base) as EventAttributes;
}

const encoder = new TextEncoder();

/**
 * Fold content lines at 75 octets (RFC 5545 §3.1). The `ics` library folds at 75 characters, which
 * is too long for a line with ë, é or ’; unfold and fold again by bytes, never inside a character.
 */
export function foldLines(text: string): string {
  const lines = text.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines
    .map((line) => {
      if (encoder.encode(line).length <= 75) return line;
      const parts: string[] = [];
      let part = '';
      let bytes = 0;
      let limit = 75;
      for (const char of line) {
        const size = encoder.encode(char).length;
        if (bytes + size > limit) {
          parts.push(part);
          part = '';
          bytes = 0;
          limit = 74; // a continuation line starts with a space
        }
        part += char;
        bytes += size;
      }
      parts.push(part);
      return parts.join('\r\n ');
    })
    .join('\r\n');
}

/** A VCALENDAR with the given events (ordered by start). */
export function buildCalendar(events: readonly CalendarEntry[], options: CalendarOptions): string {
  const sorted = [...events].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start) || a.id.localeCompare(b.id));
  const calName = options.name ?? CALENDAR_NAME;
  const header = { productId: PRODUCT_ID, method: 'PUBLISH', calName };
  if (!sorted.length) {
    return foldLines(['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', `PRODID:${PRODUCT_ID}`, 'METHOD:PUBLISH', `X-WR-CALNAME:${calName}`, 'END:VCALENDAR', ''].join('\r\n'));
  }
  const { error, value } = createEvents(
    sorted.map((e) => eventAttributes(e, options)),
    header,
  );
  if (error || !value) throw new Error(`Agenda (iCalendar): ${error?.message ?? 'geen uitvoer'}`);
  return foldLines(value);
}
