/**
 * The search page in the browser: Pagefind, with the state kept in the URL.
 * Loaded only on /zoeken/ (content pages ship no JavaScript).
 */
import type { Facet, FacetKey } from './facets.ts';
import { clearFilters, hasFilters, parseSearchParams, toLabelSelection, toSearchParams, toggleFilter, type SearchState } from './url-state.ts';
import { describeCount, dropSuggestion, type FacetCounts } from './summary.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';
import { loadFacetTable, search, type SearchAnswer } from './engine.ts';
import { ResultPager, writeCounts, writeExcerpt } from './render.ts';

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

  let state: SearchState = parseSearchParams(location.search, facets);
  const pager = new ResultPager(list, more, PAGE_SIZE, renderResult);
  let searchRun = 0;

  if (filtersPanel && (hasFilters(state) || window.matchMedia('(min-width: 56rem)').matches)) filtersPanel.open = true;
  root.classList.add('search--enhanced');
  applyStateToForm();
  void run();

  function applyStateToForm() {
    input.value = state.q;
    sortSelect.value = state.sort;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (state.filters[box.name as FacetKey] ?? []).includes(box.value);
    }
  }

  function commit(push: boolean) {
    const query = toSearchParams(state);
    const next = `${location.pathname}${query ? `?${query}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', next);
  }

  async function run(debounce = false) {
    const run = ++searchRun;
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
      empty.querySelector('[data-search-suggestion]')!.textContent = suggestion(answer);
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
  function suggestion(answer: SearchAnswer): string {
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
    meta.textContent = [item.meta.type, item.meta.region, item.meta.date].filter(Boolean).join(' · ');
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    writeExcerpt(excerpt, item, state.q);
    li.append(heading, meta, excerpt);
    return li;
  }

  function updateCounts(counts: FacetCounts | null) {
    writeCounts(form, facets, counts);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    state = { ...state, q: input.value.trim() };
    commit(true);
    void run();
  });
  input.addEventListener('input', () => {
    state = { ...state, q: input.value.trim() };
    if (state.q) void pagefind.preload(state.q);
    commit(false);
    void run(true);
  });
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      state = toggleFilter(state, target.name as FacetKey, target.value, target.checked, facets);
    } else if (target === sortSelect) {
      state = { ...state, sort: sortSelect.value === 'nieuw' ? 'nieuw' : 'relevantie' };
    } else return;
    commit(true);
    void run();
  });
  clear.addEventListener('click', () => {
    state = clearFilters(state);
    applyStateToForm();
    commit(true);
    void run();
    input.focus();
  });
  more.addEventListener('click', () => void pager.showMore(true));
  window.addEventListener('popstate', () => {
    state = parseSearchParams(location.search, facets);
    applyStateToForm();
    void run();
  });
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void startSearch(root);
