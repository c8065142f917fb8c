/**
 * The search page in the browser: Pagefind, with the state kept in the URL.
 * Loaded only on /zoeken/ (content pages ship no JavaScript).
 */
import type { Facet, FacetKey } from './facets.ts';
import { hasFilters, toLabelSelection, type SearchState } from './url-state.ts';
import { describeCount, dropSuggestion, type FacetCounts } from './summary.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';
import { loadFacetTable, search, type SearchAnswer } from './engine.ts';
import { ResultPager, writeCounts, writeExcerpt } from './render.ts';
import { bindSearchForm } from './form-state.ts';
import { resultLine } from './result-meta.ts';

const PAGE_SIZE = 20;
const DEBOUNCE_MS = 150;

export async function startSearch(root: HTMLElement): Promise<void> {
  const facets = JSON.parse(root.querySelector<HTMLScriptElement>('#search-facets')!.textContent!) as Facet[];
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const intro = root.querySelector<HTMLElement>('[data-search-intro]')!;
  const filtersPanel = root.querySelector<HTMLDetailsElement>('details.search-filters');

  // Start loading Pagefind now, so the first words typed answer at once (the facet table waits).
  const pagefind = await loadPagefind();

  const pager = new ResultPager(list, more, PAGE_SIZE, renderResult);
  let searchRun = 0;
  const current = bindSearchForm({
    form,
    input,
    clear,
    more,
    pager,
    facets,
    run,
    preload: (q) => void pagefind.preload(q),
    otherChange: (target, state) => (target === sortSelect ? { ...state, sort: sortSelect.value === 'nieuw' ? 'nieuw' : 'relevantie' } : null),
    showMore: (state) => void (sortSelect.value = state.sort),
  });

  if (filtersPanel && (hasFilters(current.state) || window.matchMedia('(min-width: 56rem)').matches)) filtersPanel.open = true;
  root.classList.add('search--enhanced');
  current.show();
  void run();

  async function run(debounce = false) {
    const run = ++searchRun;
    const state = current.state;
    const active = Boolean(state.q) || hasFilters(state);
    intro.hidden = active;
    clear.hidden = !hasFilters(state);
    if (!active) {
      pager.clear();
      empty.hidden = true;
      status.textContent = '';
      updateCounts(null);
      return;
    }
    const selection = toLabelSelection(state, facets);
    // Without a query there is no relevance: the newest first.
    const request = { q: state.q, selection, newestFirst: state.sort === 'nieuw' || !state.q };
    const answer = await search(request, debounce ? DEBOUNCE_MS : 0).catch(() => null);
    if (!answer || run !== searchRun) return; // superseded by a newer search
    const resetting = pager.reset(answer.results);
    const count = answer.results.length;
    if (count === 0) {
      empty.hidden = false;
      empty.querySelector('[data-search-suggestion]')!.textContent = suggestion(answer, state);
    } else {
      empty.hidden = true;
    }
    await resetting;
    if (run !== searchRun) return;
    status.textContent = describeCount(count, state);
    // The counts come after the results: the facet table may still have to load.
    const table = answer.table ?? (await loadFacetTable().catch(() => null));
    if (run === searchRun) updateCounts(table ? table.tally(answer.results.map((r) => r.id)) : null);
  }

  /** When nothing is found: which single filter, dropped, gives the most results. */
  function suggestion(answer: SearchAnswer, state: SearchState): string {
    const selection = toLabelSelection(state, facets);
    const tries = answer.table ? (Object.keys(selection) as FacetKey[]).map((key) => ({ key, count: answer.table!.filter(answer.base, selection, key).length })) : [];
    return dropSuggestion(tries, state, facets);
  }

  function renderResult(item: PagefindResultData): HTMLLIElement {
    const li = document.createElement('li');
    li.className = 'search-result';
    const heading = document.createElement('h3');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = resultLine(item);
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    writeExcerpt(excerpt, item, current.state.q);
    li.append(heading, meta, excerpt);
    return li;
  }

  function updateCounts(counts: FacetCounts | null) {
    writeCounts(form, facets, counts);
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void startSearch(root);
