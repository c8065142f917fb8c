/**
 * Upcoming or past, decided once at build time against buildNow() (fixed by SITE_NOW in tests).
 * An event counts as upcoming while its start is at or after "now" (its end does not matter: an
 * event that has begun is no longer announced). This is the only definition: the agenda, event
 * pages, communities, regions, themes and the home page all use isUpcoming / splitEvents.
 */
import type { EventEntry } from '../lib/content.ts';
import { buildNow, TIME_ZONE } from '../lib/dates.ts';

export interface SplitEvents {
  /** Soonest first. */
  upcoming: EventEntry[];
  /** Most recent first. */
  past: EventEntry[];
}

export function isUpcoming(event: EventEntry, now: Date = buildNow()): boolean {
  return Date.parse(event.data.start) >= now.getTime();
}

export function splitEvents(events: readonly EventEntry[], now: Date = buildNow()): SplitEvents {
  const sorted = [...events].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start));
  return {
    upcoming: sorted.filter((e) => isUpcoming(e, now)),
    past: sorted.filter((e) => !isUpcoming(e, now)).reverse(),
  };
}

type Location = EventEntry['data']['location'];

/** Words an editor may have typed for "not known": they are not a place, and never shown twice. */
const UNKNOWN = /^\s*((de )?(locatie|plaats|adres)\s+)?(is\s+)?(nog\s+)?(niet bekend|onbekend|volgt)\.?\s*$/i;
/** Shown (once) where the place is not known yet: never a made-up place name (issue 15's words). */
export const LOCATION_TO_FOLLOW = 'Locatie volgt';

/**
 * The lines of a place (name, address, city), each once: empty, "niet bekend" and repeated lines are
 * left out, so "Locatie niet bekend, Niet bekend" or "Enschede, Enschede" never reach the page.
 */
export function placeLines(location: Location): string[] {
  const lines: string[] = [];
  for (const value of [location.name, location.address, location.city]) {
    const text = value?.trim();
    if (!text || UNKNOWN.test(text) || lines.some((l) => l.toLowerCase() === text.toLowerCase())) continue;
    lines.push(text);
  }
  return lines;
}

/** One line for cards: "Online", "Stadhuis, Hengelo", "Online en in Stadhuis, Hengelo" or, when nothing is known, "Locatie volgt". */
export function locationLine(location: Location): string {
  const place = placeLines({ ...location, address: undefined }).join(', ');
  if (location.online && place) return `Online en in ${place}`;
  if (location.online) return 'Online';
  return place || LOCATION_TO_FOLLOW;
}

const tileDay = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', timeZone: TIME_ZONE });
const tileMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: TIME_ZONE });
const tileYear = new Intl.DateTimeFormat('nl-NL', { year: 'numeric', timeZone: TIME_ZONE });

/** Day, short month and year of a start date-time, in Amsterdam time, for the date tile of a card. */
export function dateTile(start: string): { day: string; month: string; year: string } {
  const date = new Date(start);
  return { day: tileDay.format(date), month: tileMonth.format(date).replace('.', ''), year: tileYear.format(date) };
}
