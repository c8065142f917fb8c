/**
 * The first thing /zoeken/ does, from a small module of its own in the page's head: for an address
 * with words in it (a shared link, a reload, the form submitted without JavaScript having started),
 * start Pagefind and the search itself while the rest of the page and its script still load. The
 * page's search (client.ts → engine.ts) then takes this search instead of starting its own
 * (pagefind.ts, takeEarlySearch), so the results show as soon as both are ready.
 * Nothing else is loaded early: the facet table, the filter counts and the vocabulary wait.
 */
import { FACET_KEYS } from './facets.ts';
import { parseSearchParams } from './url-state.ts';
import { sortOptions, startEarlySearch, type PagefindSearchOptions } from './pagefind.ts';

/** Results shown at once, and per "Meer resultaten" (the search page's batch). */
export const RESULTS_PAGE_SIZE = 20;

export interface EarlySearch {
  q: string;
  /** The same options the page's search will use (engine.ts, searchOptions). */
  options: PagefindSearchOptions;
  /** How many results' data to fetch at once: none when filters may hide Pagefind's first results. */
  show: number;
}

/** What to search for early, from the address's query string; null when it has no words. */
export function earlySearch(query: string): EarlySearch | null {
  const params = new URLSearchParams(query);
  // The words and the sort as the page reads them; filters need the page's facets, which can wait:
  // they do not change what Pagefind finds, only which of its results show.
  const { q, sort } = parseSearchParams(params, []);
  if (!q) return null;
  const filtered = FACET_KEYS.some((key) => params.getAll(key).some((value) => value !== ''));
  return { q, options: sortOptions(sort === 'nieuw'), show: filtered ? 0 : RESULTS_PAGE_SIZE };
}

/** Start the early search for this query string, if it has words. */
export function startEarly(query: string): void {
  const early = earlySearch(query);
  if (early) startEarlySearch(early.q, early.options, early.show);
}
