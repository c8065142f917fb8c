/**
 * Search state ⇄ URL. The URL is the state: a search can be shared and bookmarked, a reload restores
 * it, back and forward work. Unknown keys and unknown values are ignored, never an error.
 */
import { FACET_KEYS, type Facet, type FacetKey, type SortId } from './facets.ts';

export interface SearchState {
  q: string;
  /** Selected ids per facet, in the order of the facet's values. */
  filters: Partial<Record<FacetKey, string[]>>;
  sort: SortId;
}

export const EMPTY_STATE: SearchState = { q: '', filters: {}, sort: 'relevantie' };

const MAX_QUERY_LENGTH = 200;

/** Read the state from a query string, keeping only known keys and values. */
export function parseSearchParams(params: URLSearchParams | string, facets: readonly Facet[]): SearchState {
  const search = typeof params === 'string' ? new URLSearchParams(params) : params;
  const q = (search.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH);
  const filters: Partial<Record<FacetKey, string[]>> = {};
  for (const facet of facets) {
    const wanted = new Set(search.getAll(facet.key));
    if (!wanted.size) continue;
    // Keep the facet's own order, so the same selection always gives the same URL.
    const ids = facet.values.map((v) => v.id).filter((id) => wanted.has(id));
    if (ids.length) filters[facet.key] = ids;
  }
  const sort: SortId = search.get('sort') === 'nieuw' ? 'nieuw' : 'relevantie';
  return { q, filters, sort };
}

/** Write the state as a query string (without "?"): q first, then facets in their fixed order, then sort. */
export function toSearchParams(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FACET_KEYS) for (const id of state.filters[key] ?? []) params.append(key, id);
  if (state.sort === 'nieuw') params.set('sort', 'nieuw');
  return params.toString();
}

export function hasFilters(state: SearchState): boolean {
  return Object.values(state.filters).some((ids) => ids && ids.length > 0);
}

/** Add or remove one value of a facet. */
export function toggleFilter(state: SearchState, key: FacetKey, id: string, on: boolean, facets: readonly Facet[]): SearchState {
  const current = new Set(state.filters[key] ?? []);
  if (on) current.add(id);
  else current.delete(id);
  const order = facets.find((f) => f.key === key)?.values.map((v) => v.id) ?? [...current];
  const ids = order.filter((v) => current.has(v));
  const filters = { ...state.filters };
  if (ids.length) filters[key] = ids;
  else delete filters[key];
  return { ...state, filters };
}

export function clearFilters(state: SearchState): SearchState {
  return { ...state, filters: {} };
}

/**
 * The selection as labels (the index and the facet table hold labels; the URL holds ids): OR within
 * a facet, AND across facets. Facets without a selection are left out; an id without a label is dropped.
 */
export function toLabelSelection(state: SearchState, facets: readonly Facet[]): Partial<Record<FacetKey, string[]>> {
  const out: Partial<Record<FacetKey, string[]>> = {};
  for (const facet of facets) {
    const ids = state.filters[facet.key] ?? [];
    const labels = ids.flatMap((id) => facet.values.find((v) => v.id === id)?.label ?? []);
    if (labels.length) out[facet.key] = labels;
  }
  return out;
}
