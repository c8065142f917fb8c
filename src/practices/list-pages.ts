/**
 * The paginated practice lists: their page size, and the pages per group (theme, advice, region).
 * The URL of each page comes from src/routes.ts.
 */
import type { PaginateFunction } from 'astro';
import type { Site } from '../lib/content.ts';
import type { GroupDef, GroupEntry } from '../groups/groups.ts';

/**
 * Practices per list page: 24 cards make full rows in a grid of 2, 3 or 4 columns, and at scale
 * half as many list pages as 12 would (at 10,000 practices about 2,000 fewer files to render, write
 * and for Pagefind to parse). The same number of instant results is added per "Meer resultaten".
 */
export const PRACTICES_PER_PAGE = 24;

/** How many practices a theme, advice or region page shows before it links to the full list. */
export const PRACTICES_PREVIEW = 6;

/**
 * The paginated lists of practices per group (theme, advice or region), for getStaticPaths. Every
 * group gets a list, also an empty one, so a link to it never breaks. `param` is the route's
 * parameter for the group's id; the group itself is the page's `group` prop.
 */
export function paginateGroups<Group extends GroupEntry>(paginate: PaginateFunction, def: GroupDef<Group>, site: Site, param: string) {
  return def.entries(site).flatMap((group) => paginate(def.practices(site, group.id), { pageSize: PRACTICES_PER_PAGE, params: { [param]: group.id }, props: { group } }));
}
