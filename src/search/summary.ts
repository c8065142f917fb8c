/** The words both search forms say about a result: the count, the chosen filters and, when empty, what to drop. */
import type { Facet, FacetKey } from './facets.ts';
import type { SearchState } from './url-state.ts';

export type FacetCounts = Record<string, Record<string, number>>;

/** One chosen filter value, as a chip shows it. */
export interface ChosenFilter {
  key: FacetKey;
  id: string;
  /** The facet's legend: "Sector". */
  legend: string;
  /** The value's label: "Primair onderwijs". */
  label: string;
}

/** The chosen filters in the order of the facets and their values (ids unknown to the facets are left out). */
export function chosenFilters(state: SearchState, facets: readonly Facet[]): ChosenFilter[] {
  return facets.flatMap((facet) => {
    const ids = new Set(state.filters[facet.key] ?? []);
    return facet.values.filter((v) => ids.has(v.id)).map((v) => ({ key: facet.key, id: v.id, legend: facet.legend, label: v.label }));
  });
}

/** "Sector: Primair onderwijs of Voortgezet onderwijs en Fase: Pilot" (empty without filters). */
export function describeChosen(state: SearchState, facets: readonly Facet[]): string {
  const chosen = chosenFilters(state, facets);
  const parts = facets.flatMap((facet) => {
    const labels = chosen.filter((c) => c.key === facet.key).map((c) => c.label);
    return labels.length ? [`${facet.legend}: ${labels.join(' of ')}`] : [];
  });
  return parts.length < 2 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} en ${parts.at(-1)}`;
}

/**
 * "23 resultaten voor "thuiszitters" met Sector: Primair onderwijs": said in the live region after
 * every search. `nouns` gives the word for one and for more ("praktijkvoorbeeld", …).
 */
export function describeCount(count: number, state: SearchState, facets: readonly Facet[], nouns: readonly [string, string] = ['resultaat', 'resultaten']): string {
  const query = state.q ? ` voor "${state.q}"` : '';
  const filters = describeChosen(state, facets);
  return `${count} ${count === 1 ? nouns[0] : nouns[1]}${query}${filters ? ` met ${filters}` : ''}`;
}

/**
 * Advice for an empty result: drop the facet whose selection, dropped, brings back the most results
 * ("Zonder het filter Sector: Mbo is er 1 resultaat."). `tries` holds, per chosen facet, the count without it.
 */
export function dropSuggestion(tries: { key: FacetKey; count: number }[], state: SearchState, facets: readonly Facet[], nouns: readonly [string, string] = ['resultaat', 'resultaten']): string {
  const best = tries.filter((t) => t.count > 0).sort((a, b) => b.count - a.count)[0];
  if (!best) return state.q ? 'Probeer een ander of korter zoekwoord, of wis de filters.' : 'Wis de filters en probeer het opnieuw.';
  const facet = facets.find((f) => f.key === best.key);
  const labels = chosenFilters({ ...state, filters: { [best.key]: state.filters[best.key] ?? [] } }, facets).map((c) => c.label).join(' of ');
  const found = best.count === 1 ? `is er 1 ${nouns[0]}` : `zijn er ${best.count} ${nouns[1]}`;
  return `Zonder het filter ${facet?.legend ?? best.key}: ${labels} ${found}.`;
}
