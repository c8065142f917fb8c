/**
 * Pagefind in the browser: its types (the part of its API the site uses) and one shared loader.
 * The index and its script are written by the build (src/integrations/pagefind.ts) to /pagefind/.
 */

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values (Dutch labels), per filter key. */
  filters?: Record<string, string[] | undefined>;
  /** Where the words matched, with the weight of the text there (hidden search terms weigh less than 1). */
  weighted_locations?: { weight: number; balanced_score?: number; location: number }[];
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindSearch {
  results: PagefindResult[];
}
/** No `filters`: the site filters and counts with the facet table (see engine.ts). */
export interface PagefindSearchOptions {
  sort?: Record<string, 'asc' | 'desc'>;
}
/** Pagefind's options for a search: relevance, or the newest first (the pages' sort date). */
export const sortOptions = (newestFirst: boolean): PagefindSearchOptions => (newestFirst ? { sort: { date: 'desc' } } : {});

export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  preload: (q: string) => Promise<void>;
  search: (q: string | null, o?: PagefindSearchOptions) => Promise<PagefindSearch>;
  debouncedSearch: (q: string | null, o?: PagefindSearchOptions, ms?: number) => Promise<PagefindSearch | null>;
}

/** Where the build writes the index (and the facet table beside it). */
export const PAGEFIND_DIR = '/pagefind/';
/** Pagefind's script: its name never changes (the search page preloads it in its head). */
export const PAGEFIND_URL = `${PAGEFIND_DIR}pagefind.js`;

let loading: Promise<Pagefind> | undefined;

/** Load and start Pagefind once per page; a failed load may be tried again. */
export function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    await pagefind.options({ excerptLength: 24 });
    await pagefind.init();
    return pagefind;
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

/** One search started before the page's script was ready (see early.ts), until the page takes it. */
let early: { key: string; found: Promise<PagefindSearch> } | undefined;

const searchKey = (q: string, options: PagefindSearchOptions) => JSON.stringify([q, options.sort ?? null]);

/** A result whose data is fetched once, however often it is asked for. */
function keepData(result: PagefindResult): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  const load = result.data;
  return { id: result.id, data: () => (data ??= load()) };
}

/**
 * Start a search now, while the rest of the page still loads, and the data of its first `show`
 * results; the page's own search for the same words and options then takes it (takeEarlySearch).
 */
export function startEarlySearch(q: string, options: PagefindSearchOptions, show: number): void {
  const found = loadPagefind().then(async (pagefind) => {
    const search = await pagefind.search(q, options);
    const results = search.results.map(keepData);
    // Fetch the first results' data at once (Pagefind's worker fetches their fragments in parallel).
    for (const result of results.slice(0, show)) void result.data().catch(() => undefined);
    return { results };
  });
  found.catch(() => undefined); // a failure shows when the page takes it, or the page searches again
  early = { key: searchKey(q, options), found };
}

/** The early search for these words and options, once; undefined when there is none. */
export function takeEarlySearch(q: string, options: PagefindSearchOptions): Promise<PagefindSearch> | undefined {
  if (!early || early.key !== searchKey(q, options)) return undefined;
  const { found } = early;
  early = undefined;
  return found;
}
