/**
 * The practice list's facets and counts, computed once per build: every page of the paginated
 * list shows the same form, and tallying all practices again for each page made the build grow
 * with (pages × practices).
 */
import type { Site } from '../../lib/content.ts';
import { buildFacets } from '../facet-data.ts';
import { practiceRecord } from '../records.ts';
import { practiceFacets } from './practice-filter.ts';

const cache = new WeakMap<Site, ReturnType<typeof practiceFacets>>();

export function listFacets(site: Site): ReturnType<typeof practiceFacets> {
  let result = cache.get(site);
  if (!result) {
    result = practiceFacets(buildFacets(site), site.practices, (p) => practiceRecord(p, site).filters);
    cache.set(site, result);
  }
  return result;
}
