/**
 * One search as both search pages run it in the browser: Pagefind finds the words, the facet table
 * (src/search/facet-table.ts) filters, counts and, for a search on filters alone, lists the pages.
 * Pagefind's own filters are never passed, so Pagefind loads no filter data and never counts.
 */
import { FacetTable, FACET_TABLE_FILE, parseFragment, type LabelSelection } from './facet-table.ts';
import { loadPagefind, PAGEFIND_DIR, type PagefindResult, type PagefindResultData } from './pagefind.ts';

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

/** Run one search. Without a selection and with a query, the table is not waited for. */
export async function search(request: SearchRequest, debounceMs = 0): Promise<SearchAnswer | null> {
  const selecting = hasSelection(request.selection);
  if (!request.q) {
    const t = await loadFacetTable();
    const ids = t.filter(t.ids, request.selection);
    return { results: ids.map(fragmentResult), base: t.ids, table: t };
  }
  const pagefind = await loadPagefind();
  const tablePromise = selecting ? loadFacetTable() : null;
  const options = request.newestFirst ? { sort: { date: 'desc' as const } } : {};
  const found = debounceMs ? await pagefind.debouncedSearch(request.q, options, debounceMs) : await pagefind.search(request.q, options);
  if (!found) return null; // superseded by a newer debounced search
  const base = found.results.map((r) => r.id);
  if (!tablePromise) return { results: found.results, base, table: null };
  const t = await tablePromise;
  const keep = new Set(t.filter(base, request.selection));
  return { results: found.results.filter((r) => keep.has(r.id)), base, table: t };
}
