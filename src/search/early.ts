/**
 * The first thing /zoeken/ does, from a small script in the page's head: for an address with words
 * in it (a shared link, a reload, the form submitted before JavaScript had started), start Pagefind
 * and the search itself while the rest of the page and its script still load. The page's search
 * (engine.ts) then takes this search instead of starting its own (takeEarlySearch in pagefind.ts),
 * and the page's Pagefind is this one (loadPagefind). Nothing else is loaded early: the facet
 * table, the filter counts and the vocabulary wait.
 *
 * This module imports nothing but types, and no other module imports a value from it: so the head
 * gets it as one file that asks for nothing else before Pagefind's script. (Shared code would become
 * a chunk of its own, fetched only after the script that imports it: each level is one more round
 * trip before the search can start.) The few things it shares with the page's search are therefore
 * written here again: the words and sort read from the address (url-state.ts), Pagefind's address
 * and options and the sort option (pagefind.ts), and how many results show at once (render.ts).
 * tests/search/early.test.ts checks that each agrees with its original.
 */
import type { Pagefind, PagefindResult, PagefindResultData, PagefindSearch, PagefindSearchOptions } from './pagefind.ts';

/** Pagefind's script (PAGEFIND_URL in pagefind.ts). */
export const EARLY_PAGEFIND_URL = '/pagefind/pagefind.js';
/** Pagefind's options (loadPagefind in pagefind.ts). */
export const EARLY_PAGEFIND_OPTIONS = { excerptLength: 24 } as const;
/** Results shown at once (RESULTS_PAGE_SIZE in render.ts). */
export const EARLY_RESULTS = 20;
/** The longest query the page reads (MAX_QUERY_LENGTH in url-state.ts). */
export const EARLY_MAX_QUERY_LENGTH = 200;
/** The filter keys of the address (FACET_KEYS in facets.ts): with one of them, Pagefind's first results may not show. */
export const EARLY_FILTER_KEYS = ['type', 'thema', 'advies', 'regio', 'provincie', 'sector', 'leeftijd', 'fase', 'onderbouwing'] as const;

export interface EarlySearch {
  q: string;
  /** The same options the page's search will use (engine.ts, searchOptions). */
  options: PagefindSearchOptions;
  /** How many results' data to fetch at once: none when filters may hide Pagefind's first results. */
  show: number;
}

/** What the page's own search takes over (see pagefind.ts). */
export interface EarlyHandoff {
  pagefind: Promise<Pagefind>;
  key: string;
  found: Promise<PagefindSearch>;
  /** Set when the page's search took it: a later search for the same words searches anew. */
  taken?: boolean;
}

declare global {
  // The hand-off between the head's script and the page's: two separate bundles share no module.
  var maoEarlySearch: EarlyHandoff | undefined;
}

/** The key under which a search is handed over: its words and its sort. */
export const earlyKey = (q: string, options: PagefindSearchOptions) => JSON.stringify([q, options.sort ?? null]);

/** What to search for early, from the address's query string; null when it has no words. */
export function earlySearch(query: string): EarlySearch | null {
  const params = new URLSearchParams(query);
  const q = (params.get('q') ?? '').trim().slice(0, EARLY_MAX_QUERY_LENGTH);
  if (!q) return null;
  const filtered = EARLY_FILTER_KEYS.some((key) => params.getAll(key).some((value) => value !== ''));
  const options: PagefindSearchOptions = params.get('sort') === 'nieuw' ? { sort: { date: 'desc' } } : {};
  return { q, options, show: filtered ? 0 : EARLY_RESULTS };
}

/** A result whose data is fetched once, however often it is asked for; a failed fetch is tried again when asked again. */
export function keepData(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  const load = result.data;
  const fetchOnce = () =>
    load().catch((error: unknown) => {
      data = undefined;
      throw error;
    });
  return { id: result.id, data: () => (data ??= fetchOnce()) };
}

/** Start Pagefind, the search and the data of its first results, for this query string if it has words. */
export function startEarly(query: string): void {
  const early = earlySearch(query);
  if (!early) return;
  const pagefind = (async () => {
    const pf = (await import(/* @vite-ignore */ EARLY_PAGEFIND_URL)) as Pagefind;
    await pf.options({ ...EARLY_PAGEFIND_OPTIONS });
    await pf.init();
    return pf;
  })();
  const found = pagefind.then(async (pf) => {
    const results = (await pf.search(early.q, early.options)).results.map(keepData);
    // Fetch the first results' data at once (Pagefind's worker fetches their fragments in parallel).
    for (const result of results.slice(0, early.show)) void result.data().catch(() => undefined);
    return { results };
  });
  // A failure shows when the page takes it over, or the page starts Pagefind again.
  pagefind.catch(() => undefined);
  found.catch(() => undefined);
  globalThis.maoEarlySearch = { pagefind, key: earlyKey(early.q, early.options), found };
}
