/**
 * Upcoming or past, decided once at build time against buildNow() (fixed by SITE_NOW in tests).
 * An event counts as upcoming while its start is at or after "now" (its end does not matter: an
 * event that has begun is no longer announced). This is the only definition: the agenda, event
 * pages, communities, regions, themes and the home page all use isUpcoming / splitEvents.
 */
import type { EventEntry } from '../../lib/content.ts';
import { buildNow, TIME_ZONE } from '../../lib/dates.ts';

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

/** Shown where the place is not known yet: never a made-up place name. */
export const LOCATION_TO_FOLLOW = 'Locatie volgt';

/** One line for cards: "Online", "Stadhuis, Hengelo", "Online en in Stadhuis, Hengelo" or "Locatie volgt". */
export function locationLine(location: Location): string {
  const place = [location.name, location.city].filter(Boolean).join(', ');
  if (!place && !location.online) return LOCATION_TO_FOLLOW;
  if (location.online && place) return `Online en in ${place}`;
  if (location.online) return 'Online';
  return place;
}

const tileDay = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', timeZone: TIME_ZONE });
const tileMonth = new Intl.DateTimeFormat('nl-NL', { month: 'short', timeZone: TIME_ZONE });
const tileYear = new Intl.DateTimeFormat('nl-NL', { year: 'numeric', timeZone: TIME_ZONE });

/** Day, short month and year of a start date-time, in Amsterdam time, for the date tile of a card. */
export function dateTile(start: string): { day: string; month: string; year: string } {
  const date = new Date(start);
  return { day: tileDay.format(date), month: tileMonth.format(date).replace('.', ''), year: tileYear.format(date) };
}
