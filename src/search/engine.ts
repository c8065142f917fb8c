/**
 * One search as both search pages run it in the browser: Pagefind finds the words, the facet table
 * (src/search/facet-table.ts) filters, counts and, for a search on filters alone, lists the pages.
 * Pagefind's own filters are never passed, so Pagefind loads no filter data and never counts.
 */
import { FacetTable, FACET_TABLE_FILE, parseFragment, type LabelSelection } from './facet-table.ts';
import { loadPagefind, PAGEFIND_DIR, sortOptions, type PagefindResult, type PagefindResultData } from './pagefind.ts';
import { mostWords, separateWords, type MostWords } from './forgive.ts';

let table: Promise<FacetTable> | undefined;

/** Gzip's magic number: a host may already have undone the compression (Content-Encoding). */
const isGzip = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;

async function gunzipText(response: Response): Promise<string> {
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!isGzip(bytes)) return new TextDecoder().decode(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Response(stream).text();
}

/** Load the facet table once per page; a failed load may be tried again. */
export function loadFacetTable(): Promise<FacetTable> {
  table ??= (async () => {
    const response = await fetch(`${PAGEFIND_DIR}${FACET_TABLE_FILE}`);
    if (!response.ok) throw new Error(`${FACET_TABLE_FILE}: HTTP ${response.status}`);
    return FacetTable.decode(await gunzipText(response));
  })().catch((error: unknown) => {
    table = undefined;
    throw error;
  });
  return table;
}

/**
 * A result for a page the table listed (a search without a query): its data is the page's Pagefind
 * fragment, without an excerpt (the result then shows the page's summary).
 */
function fragmentResult(id: string): PagefindResult {
  let data: Promise<PagefindResultData> | undefined;
  return {
    id,
    data: () =>
      (data ??= (async () => {
        const response = await fetch(`${PAGEFIND_DIR}fragment/${id}.pf_fragment`);
        if (!response.ok) throw new Error(`fragment ${id}: HTTP ${response.status}`);
        const fragment = parseFragment<Omit<PagefindResultData, 'excerpt'>>(await gunzipText(response));
        return { ...fragment, excerpt: '' };
      })()),
  };
}

export interface SearchRequest {
  q: string;
  /** Labels per facet key; keys with nothing selected may be left out. */
  selection: LabelSelection;
  newestFirst: boolean;
}

export interface SearchAnswer {
  results: PagefindResult[];
  /** The ids the selection was applied to: every page with the words (or every page, without a query). */
  base: string[];
  /** Set when the answer needed the table (a selection, or no query). */
  table: FacetTable | null;
}

const hasSelection = (selection: LabelSelection) => Object.values(selection).some((labels) => labels && labels.length > 0);

/** Keep the results whose pages the selection allows (the table loaded only when there is a selection). */
async function applySelection(results: PagefindResult[], request: SearchRequest): Promise<SearchAnswer> {
  const base = results.map((r) => r.id);
  if (!hasSelection(request.selection)) return { results, base, table: null };
  const t = await loadFacetTable();
  const keep = new Set(t.filter(base, request.selection));
  return { results: results.filter((r) => keep.has(r.id)), base, table: t };
}

const searchOptions = (request: SearchRequest) => sortOptions(request.newestFirst);

/** Run one search. Without a selection and with a query, the table is not waited for. */
export async function search(request: SearchRequest, debounceMs = 0): Promise<SearchAnswer | null> {
  if (!request.q) {
    const t = await loadFacetTable();
    const ids = t.filter(t.ids, request.selection);
    return { results: ids.map(fragmentResult), base: t.ids, table: t };
  }
  const pagefind = await loadPagefind();
  // Start loading the table at once when the answer needs it.
  if (hasSelection(request.selection)) void loadFacetTable().catch(() => undefined);
  const options = searchOptions(request);
  const found = debounceMs ? await pagefind.debouncedSearch(request.q, options, debounceMs) : await pagefind.search(request.q, options);
  if (!found) return null; // superseded by a newer debounced search
  return applySelection(found.results, request);
}

/**
 * When no page has all the words of a query: the pages with the most of them (forgive.ts), from one
 * search per word, all at once (one extra round of Pagefind searches), then the selection as usual.
 * Null for a query of one word or when the words have too little in common.
 */
export async function searchMostWords(request: SearchRequest): Promise<{ answer: SearchAnswer; most: MostWords } | null> {
  const words = separateWords(request.q);
  if (words.length < 2) return null;
  const pagefind = await loadPagefind();
  const options = searchOptions(request);
  const found = await Promise.all(words.map((word) => pagefind.search(word, options)));
  const most = mostWords(words.map((word, i) => ({ word, ids: found[i]!.results.map((r) => r.id) })));
  if (!most) return null;
  const resultOf = new Map(words.map((word, i) => [word, new Map(found[i]!.results.map((r) => [r.id, r]))]));
  const results = most.ids.map((id) => resultOf.get(most.via.get(id)!)!.get(id)!);
  return { answer: await applySelection(results, request), most };
}
