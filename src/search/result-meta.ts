/**
 * The line under a result's title, formatted in the browser from the parts the index holds (see
 * records.ts and SearchIndexData.astro): the type and region labels of the page's filters, the
 * place and the sort date of its metadata. Shared by /zoeken/ and the practice list.
 */
import { PAGE_TYPES } from './facets.ts';
import { SORT_DATE_META } from './facet-table.ts';
import type { PagefindResultData } from './pagefind.ts';
import { formatDate } from '../lib/dates.ts';
import { namesPlace } from '../groups/group-label.ts';

/** "Regio Twente · Enschede": the regions and the place; for an event only where it is (a city or "Online"). */
export function resultWhere(item: Pick<PagefindResultData, 'meta' | 'filters'>): string {
  const place = item.meta.place;
  if (item.filters?.type?.[0] === PAGE_TYPES.agenda) return place ?? '';
  const regions = item.filters?.regio ?? [];
  const said = place && regions.some((region) => namesPlace(region, place));
  return [regions.join(', '), said ? undefined : place].filter(Boolean).join(' · ');
}

/** "Praktijkvoorbeeld · Regio Twente · Enschede · 3 maart 2026" (on /zoeken/). */
export function resultLine(item: Pick<PagefindResultData, 'meta' | 'filters'>): string {
  const date = item.meta[SORT_DATE_META];
  return [item.filters?.type?.[0], resultWhere(item), date && formatDate(date), item.meta.review].filter(Boolean).join(' · ');
}

/**
 * "Enschede · Regio Twente · In uitvoering": a practice's card in the list, like the static card
 * (with "Niet gecontroleerd sinds …" when it is past its reviewBy, src/practices/review.ts).
 */
export function practiceCardLine(item: Pick<PagefindResultData, 'meta' | 'filters'>): string {
  const region = item.filters?.regio?.[0];
  const place = item.meta.place && region && namesPlace(region, item.meta.place) ? undefined : item.meta.place;
  const parts = [place, region, item.filters?.fase?.[0], item.meta.review];
  return parts.filter((part, i) => part && parts.indexOf(part) === i).join(' · ');
}
