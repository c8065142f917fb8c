/**
 * A date beside a result only where it means something. Every indexed page has a sort date (for
 * "Nieuwste eerst"), but for a theme, an advice, a region, a community, an organisation or a plain
 * page it is made up for sorting (the newest practice, or a fixed day), so every such result would
 * carry the same date. Only a practice (published or updated), an event (its day), a news item and
 * a newsletter show theirs.
 */
import { PAGE_TYPES } from './facets.ts';
import { SORT_DATE_META } from './facet-table.ts';
import type { PagefindResultData } from './pagefind.ts';

export const DATED_TYPES: ReadonlySet<string> = new Set([PAGE_TYPES.praktijkvoorbeeld, PAGE_TYPES.agenda, PAGE_TYPES.nieuws, PAGE_TYPES.nieuwsbrief]);

/** The result as its line should show it: without the sort date when its type has no date of its own. */
export function withMeaningfulDate<T extends Pick<PagefindResultData, 'meta' | 'filters'>>(item: T): T {
  if (DATED_TYPES.has(item.filters?.type?.[0] ?? '')) return item;
  const meta = { ...item.meta };
  delete meta[SORT_DATE_META];
  return { ...item, meta };
}
