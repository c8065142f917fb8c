/**
 * The paginated practice lists: page size and the URL of each page, for the whole list and for the
 * lists per theme, per advice and per region. 'pagina', 'thema', 'advies' and 'regio' are reserved
 * ids (src/model), so these URLs never clash with a practice's own page.
 */
import type { PaginateFunction } from 'astro';
import type { Practice } from '../lib/content.ts';
import { routes } from '../routes.ts';

/**
 * Practices per list page: 12 cards fill a page on a phone in a few screens and make full rows of
 * 2, 3 or 4 cards. The same number of instant results is added per "Meer resultaten".
 */
export const PRACTICES_PER_PAGE = 12;

/** How many practices a theme, advice or region page shows before it links to the full list. */
export const PRACTICES_PREVIEW = 6;

/** /praktijkvoorbeelden/, /praktijkvoorbeelden/pagina/2/, … */
export function practiceListUrl(page = 1): string {
  return routes.practiceList(page);
}

/** /praktijkvoorbeelden/thema/<id>/, /praktijkvoorbeelden/thema/<id>/2/, … */
export function themePracticesUrl(themeId: string, page = 1): string {
  return routes.groupPractices('theme', themeId, page);
}

/** /praktijkvoorbeelden/advies/<id>/, /praktijkvoorbeelden/advies/<id>/2/, … */
export function advicePracticesUrl(adviceId: string, page = 1): string {
  return routes.groupPractices('advice', adviceId, page);
}

/** /praktijkvoorbeelden/regio/<id>/, /praktijkvoorbeelden/regio/<id>/2/, … */
export function regionPracticesUrl(regionId: string, page = 1): string {
  return routes.groupPractices('region', regionId, page);
}

/**
 * The paginated lists of practices per group (theme, advice or region), for getStaticPaths. Every
 * group gets a list, also an empty one, so a link to it never breaks. `param` is the route's
 * parameter for the group's id; the group itself is the page's `group` prop.
 */
export function paginateGroups<Group extends { id: string }>(paginate: PaginateFunction, groups: readonly Group[], practicesOf: ReadonlyMap<string, Practice[]>, param: string) {
  return groups.flatMap((group) => paginate(practicesOf.get(group.id) ?? [], { pageSize: PRACTICES_PER_PAGE, params: { [param]: group.id }, props: { group } }));
}
