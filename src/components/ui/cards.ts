/**
 * What an entry shows on a card (EntryCard props), in one place, so a practice or a news item looks
 * the same on every list page that shows it.
 */
import type { Community, EventEntry, News, Practice, Region, Site } from '../../lib/content.ts';
import { routes } from '../../lib/content.ts';
import { communityStatuses, eventKinds, labelOf, phases, provinces, regionKinds } from '../../model/enums.ts';
import { formatDate, formatDateShort, formatEventDay } from '../../lib/dates.ts';
import { LOCATION_TO_FOLLOW } from '../event/events.ts';

export interface Card {
  /** Stable key: the entry's id. */
  id: string;
  href: string;
  title: string;
  meta: (string | undefined | false)[];
  summary?: string;
}

/** A practice card: place, region (left out on the region's own page) and phase. */
export function practiceCard(p: Practice, site: Site, options: { region?: boolean } = {}): Card {
  const region = options.region !== false && p.data.region ? site.byId.regions.get(p.data.region) : undefined;
  return {
    id: p.id,
    href: routes.practice(p.id),
    title: p.data.title,
    meta: [p.data.place, region?.data.name, labelOf(phases, p.data.phase)],
    summary: p.data.summary,
  };
}

export function communityCard(c: Community): Card {
  return {
    id: c.id,
    href: routes.community(c.id),
    title: c.data.title,
    meta: ['Community of Practice', labelOf(communityStatuses, c.data.status), c.data.open && 'open voor nieuwe leden'],
    summary: c.data.summary,
  };
}

export function eventCard(e: EventEntry): Card {
  const where = e.data.location.online ? 'Online' : (e.data.location.city ?? LOCATION_TO_FOLLOW);
  return {
    id: e.id,
    href: routes.event(e.id),
    title: e.data.title,
    meta: [formatEventDay(e.data.start), labelOf(eventKinds, e.data.kind), where],
    summary: e.data.summary,
  };
}

export function newsCard(n: News): Card {
  return { id: n.id, href: routes.news(n.id), title: n.data.title, meta: [formatDate(n.data.date)], summary: n.data.summary };
}

export function regionMeta(r: Region): string[] {
  return [
    labelOf(regionKinds, r.data.kind),
    r.data.provinces.map((id) => labelOf(provinces, id)).join(' en '),
    `doet mee sinds ${formatDateShort(r.data.joined)}`,
  ];
}
