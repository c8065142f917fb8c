/**
 * What an entry shows on a card (EntryCard props), in one place, so a practice or a news item looks
 * the same on every list page that shows it.
 */
import type { Community, News, Practice, Region, Site } from './content.ts';
import { routes } from './content.ts';
import { communityStatuses, labelOf, phases, provinces, regionKinds } from '../model/enums.ts';
import { buildNow, formatDate, formatDateOrUnknown, formatDateShort } from './dates.ts';
import { isOverdue, overdueText } from '../practices/review.ts';
import { namesPlace } from '../groups/group-label.ts';

export interface Card {
  /** Stable key: the entry's id. */
  id: string;
  href: string;
  title: string;
  meta: (string | undefined | false)[];
  summary?: string;
}

/**
 * A practice card: place, region (left out on the region's own page) and phase; a place the region's
 * name already says is left out ("Regio Twente", not "Twente · Regio Twente"). Past its reviewBy
 * (against the build's "now") it says so, as search results do.
 */
export function practiceCard(p: Practice, site: Site, options: { region?: boolean; now?: Date } = {}): Card {
  const region = options.region !== false && p.data.region ? site.byId.regions.get(p.data.region) : undefined;
  const place = region && namesPlace(region.data.name, p.data.place) ? undefined : p.data.place;
  return {
    id: p.id,
    href: routes.practice(p.id),
    title: p.data.title,
    meta: [place, region?.data.name, labelOf(phases, p.data.phase), isOverdue(p.data, options.now ?? buildNow()) && overdueText(p.data)],
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

export function newsCard(n: News): Card {
  return { id: n.id, href: routes.news(n.id), title: n.data.title, meta: [formatDateOrUnknown(n.data.date)], summary: n.data.summary };
}

export function regionMeta(r: Region): string[] {
  return [
    labelOf(regionKinds, r.data.kind),
    r.data.provinces.map((id) => labelOf(provinces, id)).join(' en '),
    `doet mee sinds ${formatDateShort(r.data.joined)}`,
  ];
}
