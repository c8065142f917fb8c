/**
 * Instant filtering on the practice list, in the browser (loaded only by PracticeFilters.astro).
 * The page works without it: the cards and page links are static HTML and the form submits to
 * /zoeken/. With it, choosing a filter or typing a word replaces the list by Pagefind's results
 * (practices only; see ../engine.ts), announces the count in a polite live region, updates the counts beside the
 * options, and keeps the state in this page's URL with the keys and ids of /zoeken/, so a reload,
 * back and forward, and a shared link restore it. Pagefind is loaded on the first sign of use.
 */
import type { Facet, FacetKey } from '../facets.ts';
import { hasFilters } from '../url-state.ts';
import { loadPagefind, type PagefindResultData } from '../pagefind.ts';
import { loadFacetTable, search, type SearchAnswer } from '../engine.ts';
import { ResultPager, writeCounts, writeExcerpt } from '../render.ts';
import { bindSearchForm } from '../form-state.ts';
import { practiceCardLine } from '../result-meta.ts';
import { followChoice, showFollow } from './follow.ts';
import { describeAll, describePractices, dropPracticeSuggestion, isFiltering, practiceRequest, type ValueCounts } from './practice-filter.ts';

interface ListConfig {
  facets: Facet[];
  /** Counts for the whole list, per facet and value id (as written in the page). */
  counts: ValueCounts;
  total: number;
  currentPage: number;
  lastPage: number;
  pageSize: number;
}

const DEBOUNCE_MS = 150;
/** From this width the filters sit beside the list and start open (as on /zoeken/). */
const WIDE = '(min-width: 56rem)';

export function startPracticeList(root: HTMLElement): void {
  const config = JSON.parse(root.querySelector<HTMLScriptElement>('[data-filter-config]')!.textContent!) as ListConfig;
  const { facets } = config;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('form');
  const panel = $<HTMLDetailsElement>('[data-filter-panel]');
  const input = $<HTMLInputElement>('input[name="q"]');
  const clear = $<HTMLButtonElement>('[data-filter-clear]');
  const submit = $<HTMLButtonElement>('[data-filter-submit]');
  const status = $<HTMLElement>('[data-filter-status]');
  const staticList = $<HTMLElement>('[data-static-list]');
  const results = $<HTMLElement>('[data-filter-results]');
  const empty = $<HTMLElement>('[data-filter-empty]');
  const suggestionText = $<HTMLElement>('[data-filter-suggestion]');
  const list = $<HTMLElement>('[data-filter-list]');
  const more = $<HTMLButtonElement>('[data-filter-more]');
  const cardTemplate = $<HTMLTemplateElement>('[data-card-template]');
  const chosen = $<HTMLElement>('[data-filter-chosen]');
  const follow = $<HTMLElement>('[data-filter-follow]');

  const pager = new ResultPager(list, more, config.pageSize, renderCard);
  let updateRun = 0;
  /** Whether the results (not the page's own list) are showing. */
  let showingResults = false;
  /** Pagefind could not be loaded: the form goes back to submitting to /zoeken/. */
  let unavailable = false;

  const current = bindSearchForm({
    form,
    input,
    clear,
    more,
    pager,
    facets,
    run: update,
    preload: (q) => void loadPagefind().then((pf) => pf.preload(q)).catch(() => undefined),
    enabled: () => !unavailable,
    afterSubmit: goToList,
  });

  root.classList.add('plist--enhanced');
  // Open beside the list on a wide screen; on a narrow one it stays closed, so the results come first.
  if (window.matchMedia(WIDE).matches) panel.open = true;
  current.show();
  setSubmitLabel(null);
  if (isFiltering(current.state)) void update();

  // Load Pagefind and the facet table as soon as the form is about to be used, so the first filter answers at once.
  const warmUp = () => {
    void loadPagefind().catch(() => undefined);
    void loadFacetTable().catch(() => undefined);
  };
  form.addEventListener('focusin', warmUp, { once: true });
  form.addEventListener('pointerover', warmUp, { once: true });

  /** The submit button: without JavaScript it goes to /zoeken/; here it shows the results. */
  function setSubmitLabel(count: number | null) {
    if (count === null) submit.textContent = 'Toon de praktijkvoorbeelden';
    else submit.textContent = count === 0 ? 'Geen praktijkvoorbeelden' : `Toon ${count} ${count === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}`;
  }

  const wholeListCount = (key: string, id: string) => `(${config.counts[key as FacetKey]?.[id] ?? 0})`;

  function showStaticList() {
    pager.clear();
    results.hidden = true;
    empty.hidden = true;
    staticList.hidden = false;
    writeCounts(form, facets, null, wholeListCount);
    setSubmitLabel(null);
    if (showingResults) status.textContent = describeAll(config.total, config.currentPage, config.lastPage);
    showingResults = false;
  }

  async function update(debounce = false) {
    const run = ++updateRun;
    const state = current.state;
    clear.hidden = !hasFilters(state);
    const n = Object.values(state.filters).reduce((sum, ids) => sum + (ids?.length ?? 0), 0);
    chosen.textContent = n ? ` (${n} gekozen)` : '';
    showFollow(follow, followChoice(state, facets));
    if (!isFiltering(state)) {
      showStaticList();
      return;
    }
    const request = practiceRequest(state, facets);
    let answer: SearchAnswer | null;
    try {
      answer = await search(request, debounce ? DEBOUNCE_MS : 0);
    } catch {
      if (run === updateRun) fallBack();
      return;
    }
    if (!answer || run !== updateRun) return; // superseded by a newer change
    const table = answer.table!; // a list search always selects (type = practice), so the table is there
    const count = answer.results.length;
    const shown = pager.reset(answer.results);
    writeCounts(form, facets, table.optionCounts(answer.base, request.selection), () => '(0)');
    if (count === 0) {
      const tries = (Object.keys(state.filters) as FacetKey[]).map((key) => ({ key, count: table.filter(answer.base, request.selection, key).length }));
      suggestionText.textContent = dropPracticeSuggestion(tries, state, facets);
    }
    await shown;
    if (run !== updateRun) return;
    empty.hidden = count > 0;
    staticList.hidden = true;
    results.hidden = false;
    showingResults = true;
    status.textContent = describePractices(count, state);
    setSubmitLabel(count);
  }

  /** Pagefind did not load: keep the page's own list and let the form go to /zoeken/. */
  function fallBack() {
    unavailable = true;
    root.classList.remove('plist--enhanced');
    showStaticList();
    submit.textContent = 'Zoek met deze filters';
    status.textContent = 'Filteren op deze pagina lukt nu niet. Kies "Zoek met deze filters" om op de zoekpagina verder te zoeken.';
  }

  /** A result as a card, like the cards of the static list (a copy of the card in the template). */
  function renderCard(item: PagefindResultData): HTMLElement {
    const li = cardTemplate.content.firstElementChild!.cloneNode(true) as HTMLElement;
    const link = li.querySelector('a')!;
    link.href = item.url;
    link.textContent = item.meta.title ?? item.url;
    li.querySelector('.card__meta')!.textContent = practiceCardLine(item);
    writeExcerpt(li.querySelector<HTMLElement>('.card__summary')!, item, current.state.q);
    return li;
  }

  /** After "Toon …": on a narrow screen close the panel; go to the first card. */
  function goToList() {
    if (!window.matchMedia(WIDE).matches) panel.open = false;
    const first = (showingResults ? list : staticList).querySelector<HTMLAnchorElement>('a');
    if (first) first.focus();
    else (showingResults ? empty : status).scrollIntoView({ block: 'nearest' });
  }
}

const root = document.querySelector<HTMLElement>('[data-practice-list]');
if (root) startPracticeList(root);
