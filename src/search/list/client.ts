/**
 * Instant filtering on the practice list, in the browser (loaded only by PracticeFilters.astro).
 * The page works without it: the cards, the numbered pages and the links per theme, advice and
 * region are static HTML, and the filter form only shows with the script. With it, choosing a
 * filter or typing a word replaces the list by Pagefind's results (practices only; see
 * ../engine.ts), shows the chosen filters as chips, announces the count in a polite live region,
 * updates the options beside the list (../facet-panel.ts), and keeps the state in this page's URL
 * with the keys and ids of /zoeken/, so a reload, back and forward, and a shared link restore it.
 * Pagefind is loaded on the first sign of use.
 */
import type { Facet, FacetKey } from '../facets.ts';
import { loadPagefind, type PagefindResultData } from '../pagefind.ts';
import { loadFacetTable, search, type SearchAnswer } from '../engine.ts';
import { ResultPager, writeExcerpt } from '../render.ts';
import { bindSearchForm } from '../form-state.ts';
import { practiceCardLine } from '../result-meta.ts';
import { chosenFilters, type FacetCounts } from '../summary.ts';
import { FacetPanel } from '../facet-panel.ts';
import { showChips } from '../chips.ts';
import { ForgiveView } from '../forgive-view.ts';
import { ComparePicker } from '../../practices/compare-pick-view.ts';
import { followChoice, showFollow } from './follow.ts';
import { LIST_ALL_VALUES, describeAll, describePractices, dropPracticeSuggestion, isFiltering, practiceRequest, type ValueCounts } from './practice-filter.ts';

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

export function startPracticeList(root: HTMLElement): void {
  const config = JSON.parse(root.querySelector<HTMLScriptElement>('[data-filter-config]')!.textContent!) as ListConfig;
  const { facets } = config;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector)!;
  const form = $<HTMLFormElement>('form');
  const input = $<HTMLInputElement>('input[name="q"]');
  const chips = $<HTMLElement>('[data-chips]');
  const clear = $<HTMLButtonElement>('[data-chips-clear]');
  const status = $<HTMLElement>('[data-filter-status]');
  const staticList = $<HTMLElement>('[data-static-list]');
  const results = $<HTMLElement>('[data-filter-results]');
  const empty = $<HTMLElement>('[data-filter-empty]');
  const suggestionText = $<HTMLElement>('[data-filter-suggestion]');
  const list = $<HTMLElement>('[data-filter-list]');
  const more = $<HTMLButtonElement>('[data-filter-more]');
  const cardTemplate = $<HTMLTemplateElement>('[data-card-template]');
  const follow = $<HTMLElement>('[data-filter-follow]');
  /** The page's own "17 praktijkvoorbeelden, pagina 1 van 2": not true of a filtered list. */
  const listCount = document.querySelector<HTMLElement>('[data-list-count]');

  const panel = new FacetPanel(form, facets);
  const picker = new ComparePicker($<HTMLElement>('[data-compare-root]'));
  // The page's own cards (the list before any filter) get the same "Vergelijk" button as the cards
  // the script renders, so a visitor can pick from the plain list too.
  for (const card of staticList.querySelectorAll<HTMLElement>('.card')) {
    const link = card.querySelector<HTMLAnchorElement>('a[href]');
    if (link) picker.addButton(card, link.getAttribute('href')!, link.textContent?.trim() ?? '');
  }
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
    afterClear: () => panel.focusInside(input),
    keepInUrl: picker.keepInUrl,
  });

  /** The counts of the whole list as the panel reads them: per facet, per label. */
  const wholeList: FacetCounts = Object.fromEntries(
    facets.map((f) => [f.key, Object.fromEntries(f.values.map((v) => [v.label, config.counts[f.key]?.[v.id] ?? 0]))]),
  );

  const forgive = new ForgiveView($<HTMLElement>('[data-search-did-you-mean]'), {
    state: () => current.state,
    choose: (q) => {
      input.value = q;
      form.requestSubmit();
    },
    announce: (text) => {
      status.textContent = `${status.textContent}. ${text}`;
    },
  });

  root.classList.add('plist--enhanced');
  panel.setOpen(false);
  current.show();
  void update();

  // Load Pagefind and the facet table as soon as the form is about to be used, so the first filter answers at once.
  const warmUp = () => {
    void loadPagefind().catch(() => undefined);
    void loadFacetTable().catch(() => undefined);
  };
  form.addEventListener('focusin', warmUp, { once: true });
  form.addEventListener('pointerover', warmUp, { once: true });

  /** The button at the foot of the filters: here it shows the results. */
  function setSubmitLabel(count: number | null) {
    if (count === null) panel.setShowLabel('Toon de praktijkvoorbeelden');
    else panel.setShowLabel(count === 0 ? 'Geen praktijkvoorbeelden' : `Toon ${count} ${count === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}`);
  }

  function showStaticList() {
    pager.clear();
    results.hidden = true;
    empty.hidden = true;
    staticList.hidden = false;
    if (listCount) listCount.hidden = false;
    const state = current.state;
    panel.render(state, { counts: wholeList, total: config.total, keepAll: (key) => LIST_ALL_VALUES.has(key) });
    setSubmitLabel(null);
    if (showingResults) status.textContent = describeAll(config.total, config.currentPage, config.lastPage);
    showingResults = false;
  }

  async function update(debounce = false) {
    const run = ++updateRun;
    const state = current.state;
    showChips(chips, chosenFilters(state, facets), (c) => current.toggle(c.key, c.id, false), () => status);
    showFollow(follow, followChoice(state, facets));
    forgive.clear();
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
    panel.render(state, { counts: table.optionCounts(answer.base, request.selection), total: count });
    if (count === 0) {
      const tries = (Object.keys(state.filters) as FacetKey[]).map((key) => ({ key, count: table.filter(answer.base, request.selection, key).length }));
      suggestionText.textContent = dropPracticeSuggestion(tries, state, facets);
    }
    await shown;
    if (run !== updateRun) return;
    empty.hidden = count > 0;
    staticList.hidden = true;
    if (listCount) listCount.hidden = true;
    results.hidden = false;
    showingResults = true;
    status.textContent = describePractices(count, state, facets);
    setSubmitLabel(count);
    if (state.q) void forgive.offer(count, () => run === updateRun);
  }

  /** Pagefind did not load: keep the page's own list and let the form go to /zoeken/. */
  function fallBack() {
    unavailable = true;
    showStaticList();
    panel.setShowLabel('Zoek met deze filters');
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
    picker.addButton(li.querySelector<HTMLElement>('.card') ?? li, item.url, link.textContent);
    return li;
  }

  /** After "Toon …": on a narrow screen close the panel; go to the first card. */
  function goToList() {
    if (unavailable) return;
    const first = (showingResults ? list : staticList).querySelector<HTMLAnchorElement>('a');
    panel.close(first);
    if (!first) (showingResults ? empty : status).scrollIntoView({ block: 'nearest' });
  }
}

const root = document.querySelector<HTMLElement>('[data-practice-list]');
if (root) startPracticeList(root);
