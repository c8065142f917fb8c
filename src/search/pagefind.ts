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
