/** The words the search page says about a result: the count and, when empty, what to drop. */
import type { Facet, FacetKey } from './facets.ts';
import type { SearchState } from './url-state.ts';

export type FacetCounts = Record<string, Record<string, number>>;

function selectedLabels(state: SearchState, facets: readonly Facet[], key: FacetKey): string[] {
  const facet = facets.find((f) => f.key === key);
  return (state.filters[key] ?? []).map((id) => facet?.values.find((v) => v.id === id)?.label ?? id);
}

/** "23 resultaten voor "thuiszitters"" — said in the live region after every search. */
export function describeCount(count: number, state: SearchState): string {
  const noun = count === 1 ? 'resultaat' : 'resultaten';
  const query = state.q ? ` voor "${state.q}"` : '';
  const filterCount = Object.values(state.filters).reduce((n, ids) => n + (ids?.length ?? 0), 0);
  const filters = filterCount ? ` met ${filterCount} ${filterCount === 1 ? 'filter' : 'filters'}` : '';
  return `${count} ${noun}${query}${filters}`;
}

/** Advice for an empty result: drop the filter that brings back the most results. */
export function dropSuggestion(tries: { key: FacetKey; count: number }[], state: SearchState, facets: readonly Facet[]): string {
  const best = tries.filter((t) => t.count > 0).sort((a, b) => b.count - a.count)[0];
  if (!best) {
    return state.q ? 'Probeer een ander of korter zoekwoord, of wis de filters.' : 'Wis de filters en probeer het opnieuw.';
  }
  const legend = facets.find((f) => f.key === best.key)?.legend ?? best.key;
  const labels = selectedLabels(state, facets, best.key).join(' of ');
  return best.count === 1
    ? `Zonder het filter ${legend}: ${labels} is er 1 resultaat.`
    : `Zonder het filter ${legend}: ${labels} zijn er ${best.count} resultaten.`;
}
