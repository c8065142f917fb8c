/**
 * The search page in the browser: Pagefind, with the state kept in the URL.
 * Loaded only on /zoeken/ (content pages ship no JavaScript).
 * The parts of the page each have their own module: the form and the URL (form-state.ts), the
 * filter column (facet-panel.ts), the chosen filters (chips.ts), the results (render.ts); this file
 * wires them to one search. When a query finds little, forgive-view.ts offers "Bedoel je …?" and,
 * when no page has all its words, the pages with the most of them.
 */
import type { Facet, FacetKey } from './facets.ts';
import { hasFilters, toLabelSelection, type SearchState } from './url-state.ts';
import { chosenFilters, describeCount, dropSuggestion, type FacetCounts } from './summary.ts';
import { loadPagefind, type PagefindResultData } from './pagefind.ts';
import { loadFacetTable, search, searchMostWords, type SearchAnswer } from './engine.ts';
import { ForgiveView } from './forgive-view.ts';
import { mostWordsText, type MostWords } from './forgive.ts';
import { RESULTS_PAGE_SIZE, ResultPager, writeExcerpt } from './render.ts';
import { bindSearchForm } from './form-state.ts';
import { resultLine } from './result-meta.ts';
import { withMeaningfulDate } from './result-date.ts';
import { FacetPanel } from './facet-panel.ts';
import { showChips } from './chips.ts';
import { ComparePicker } from '../practices/compare-pick-view.ts';

const DEBOUNCE_MS = 150;

export async function startSearch(root: HTMLElement): Promise<void> {
  const facets = JSON.parse(root.querySelector<HTMLScriptElement>('#search-facets')!.textContent!) as Facet[];
  const form = root.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const chips = root.querySelector<HTMLElement>('[data-chips]')!;
  const clear = chips.querySelector<HTMLButtonElement>('[data-chips-clear]')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const intro = root.querySelector<HTMLElement>('[data-search-intro]')!;
  const heading = root.querySelector<HTMLElement>('#search-results-heading')!;
  const mostWordsNote = root.querySelector<HTMLElement>('[data-search-most-words]')!;

  // Start loading Pagefind now, so the first words typed answer at once (the facet table waits).
  const pagefind = await loadPagefind();

  const panel = new FacetPanel(form, facets);
  const picker = new ComparePicker(root.querySelector<HTMLElement>('[data-compare-root]')!);
  const pager = new ResultPager(list, more, RESULTS_PAGE_SIZE, renderResult);
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
    keepInUrl: picker.keepInUrl,
    // The button at the foot of the filters: close them (narrow screen) and go to the results.
    afterSubmit: (submitter) => {
      if (submitter?.hasAttribute('data-filter-show')) panel.close(list.querySelector('a') ?? heading);
    },
  });

  const forgive = new ForgiveView(root.querySelector<HTMLElement>('[data-search-did-you-mean]')!, {
    state: () => current.state,
    /** One click searches for the suggestion: the form submits it, as if typed. */
    choose: (q) => {
      input.value = q;
      form.requestSubmit();
      heading.focus();
    },
    announce: (text) => {
      status.textContent = `${status.textContent}. ${text}`;
    },
  });

  panel.setOpen(false);
  root.classList.add('search--enhanced');
  current.show();
  void run();

  async function run(debounce = false) {
    const run = ++searchRun;
    const state = current.state;
    const active = Boolean(state.q) || hasFilters(state);
    intro.hidden = active;
    panel.setIdle(!active);
    showChips(chips, chosenFilters(state, facets), (c) => current.toggle(c.key, c.id, false), () => heading);
    forgive.clear();
    mostWordsNote.hidden = true;
    if (!active) {
      pager.clear();
      empty.hidden = true;
      status.textContent = '';
      panel.setShowLabel('Zoek');
      // Without a search the options count every page of the site.
      const table = await loadFacetTable().catch(() => null);
      if (run === searchRun) panel.render(state, { counts: table ? table.tally(table.ids) : null, total: table?.ids.length ?? 0 });
      return;
    }
    const selection = toLabelSelection(state, facets);
    // Without a query there is no relevance: the newest first.
    const request = { q: state.q, selection, newestFirst: state.sort === 'nieuw' || !state.q };
    let answer = await search(request, debounce ? DEBOUNCE_MS : 0).catch(() => null);
    if (!answer || run !== searchRun) return; // superseded by a newer search
    const allWordsCount = answer.results.length;
    if (state.q) forgive.prepare(allWordsCount);
    let most: MostWords | null = null;
    if (state.q && answer.base.length === 0) {
      // No page has all the words: the pages with the most of them (filters still apply).
      const partial = await searchMostWords(request).catch(() => null);
      if (run !== searchRun) return;
      if (partial && partial.answer.results.length > 0) ({ answer, most } = partial);
    }
    const resetting = pager.reset(answer.results);
    const count = answer.results.length;
    mostWordsNote.hidden = !most;
    mostWordsNote.textContent = most ? mostWordsText(most) : '';
    if (count === 0) {
      empty.hidden = false;
      empty.querySelector('[data-search-suggestion]')!.textContent = suggestion(answer, state);
    } else {
      empty.hidden = true;
    }
    await resetting;
    if (run !== searchRun) return;
    showAnswer(count, state, most);
    if (state.q) void forgive.offer(allWordsCount, () => run === searchRun);
    // The counts come after the results: the facet table may still have to load.
    const table = answer.table ?? (await loadFacetTable().catch(() => null));
    if (run !== searchRun) return;
    updateCounts(table ? table.optionCounts(answer.base, selection) : null, count, state);
  }

  /** The count in the live region and on the button at the foot of the filters. */
  function showAnswer(count: number, state: SearchState, most: MostWords | null = null) {
    status.textContent = describeCount(count, state, facets) + (most ? `. ${mostWordsText(most)}` : '');
    panel.setShowLabel(count === 0 ? 'Geen resultaten' : `Toon ${count} ${count === 1 ? 'resultaat' : 'resultaten'}`);
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
    const title = document.createElement('h3');
    const link = document.createElement('a');
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    title.append(link);
    const meta = document.createElement('p');
    meta.className = 'search-result__meta';
    meta.textContent = resultLine(withMeaningfulDate(item));
    const excerpt = document.createElement('p');
    excerpt.className = 'search-result__excerpt';
    writeExcerpt(excerpt, item, current.state.q);
    li.append(title, meta, excerpt);
    picker.addButton(li, item.url, link.textContent);
    return li;
  }

  function updateCounts(counts: FacetCounts | null, total: number, state: SearchState) {
    panel.render(state, { counts, total });
  }
}

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void startSearch(root);
