/**
 * Instant filtering on the practice list (/praktijkvoorbeelden/, …/pagina/<n>/): the facets that
 * apply to practices, the search request for a state and the words that announce a result. Pure
 * (no DOM), so the build and the browser use the same rules. The URL scheme is the one of /zoeken/
 * (src/search/url-state.ts): the same keys, ids as values, a repeated key for several values, an
 * optional `q`. If Pagefind cannot load, the form submits to /zoeken/?type=praktijkvoorbeeld&….
 */
import { PAGE_TYPES, type Facet, type FacetKey } from '../facets.ts';
import { hasFilters, toLabelSelection, type SearchState } from '../url-state.ts';
import type { SearchRequest } from '../engine.ts';
import { describeCount, dropSuggestion } from '../summary.ts';

/** The facets of /zoeken/ that practices have (all but `type`), in the order of the search page. */
export const PRACTICE_FACET_KEYS = ['thema', 'advies', 'regio', 'provincie', 'sector', 'leeftijd', 'fase', 'onderbouwing'] as const satisfies readonly FacetKey[];

/** The `type` filter every list search carries: id for the URL of /zoeken/, label for the index. */
export const PRACTICE_TYPE = { id: 'praktijkvoorbeeld', label: PAGE_TYPES.praktijkvoorbeeld } as const;

/** Per facet key, per value id: how many practices have it. */
export type ValueCounts = Partial<Record<FacetKey, Record<string, number>>>;

/**
 * Facets the list shows with all their values, also those no practice has yet: the seven adviezen
 * are the programme's backbone, so the list names each of them (issue 21).
 */
export const LIST_ALL_VALUES: ReadonlySet<FacetKey> = new Set<FacetKey>(['advies']);

/**
 * The list's facets: the practice facets of the search page, each with only the values that at
 * least one practice has (an option that can only give nothing is left out; LIST_ALL_VALUES keep
 * every value), and the counts.
 * `idsOf` gives a practice's facet value ids (its search record's filters).
 */
export function practiceFacets<P>(
  all: readonly Facet[],
  practices: readonly P[],
  idsOf: (p: P) => Partial<Record<FacetKey, string[]>>,
): { facets: Facet[]; counts: ValueCounts } {
  const byId = new Map<FacetKey, Map<string, number>>();
  for (const practice of practices) {
    for (const [key, ids] of Object.entries(idsOf(practice)) as [FacetKey, string[] | undefined][]) {
      const tally = byId.get(key) ?? new Map<string, number>();
      for (const id of new Set(ids ?? [])) tally.set(id, (tally.get(id) ?? 0) + 1);
      byId.set(key, tally);
    }
  }
  const facets: Facet[] = [];
  const counts: ValueCounts = {};
  for (const key of PRACTICE_FACET_KEYS) {
    const facet = all.find((f) => f.key === key);
    const tally = byId.get(key);
    if (!facet) continue;
    const keepAll = LIST_ALL_VALUES.has(key);
    const values = facet.values.filter((v) => keepAll || (tally?.get(v.id) ?? 0) > 0);
    if (!values.length) continue;
    facets.push({ ...facet, values });
    counts[key] = Object.fromEntries(values.map((v) => [v.id, tally?.get(v.id) ?? 0]));
  }
  return { facets, counts };
}

/** True when the state asks for a selection (a query or a filter); else the static list shows. */
export function isFiltering(state: SearchState): boolean {
  return Boolean(state.q) || hasFilters(state);
}

/**
 * The search for a state: practices only, the selected facets (OR within, AND across), newest first
 * like the static list, unless a query asks for relevance (and `sort=nieuw` is not set).
 */
export function practiceRequest(state: SearchState, facets: readonly Facet[]): SearchRequest {
  // `type` last, so it always holds whatever the URL says.
  const selection = { ...toLabelSelection(state, facets), type: [PRACTICE_TYPE.label] };
  return { q: state.q, selection, newestFirst: !state.q || state.sort === 'nieuw' };
}

const PRACTICE_NOUNS = ['praktijkvoorbeeld', 'praktijkvoorbeelden'] as const;

/** Advice for an empty result, in the list's words (see dropSuggestion in ../summary.ts). */
export function dropPracticeSuggestion(tries: { key: FacetKey; count: number }[], state: SearchState, facets: readonly Facet[]): string {
  return dropSuggestion(tries, state, facets, PRACTICE_NOUNS);
}

/** "5 praktijkvoorbeelden voor "ouders" met Sector: Mbo": said in the live region after each change. */
export function describePractices(count: number, state: SearchState, facets: readonly Facet[]): string {
  return describeCount(count, state, facets, PRACTICE_NOUNS);
}

/**
 * "Alle 16 praktijkvoorbeelden, pagina 2 van 2": said when the filters are cleared and the page's
 * own list is back.
 */
export function describeAll(total: number, currentPage = 1, lastPage = 1): string {
  const all = total === 1 ? '1 praktijkvoorbeeld' : `Alle ${total} praktijkvoorbeelden`;
  return lastPage > 1 ? `${all}, pagina ${currentPage} van ${lastPage}` : all;
}
