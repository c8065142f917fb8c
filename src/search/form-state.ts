/**
 * What both search forms do with their state in the browser (/zoeken/ and the practice list): the
 * state lives in the URL (typing replaces the entry, a filter or a submit pushes one, back and
 * forward restore it), the form shows it, and every change runs the page's own search. Each page
 * says what a search is (`run`) and adds what only it has (the sort select, a fallback form).
 */
import type { Facet, FacetKey } from './facets.ts';
import { clearFilters, parseSearchParams, toSearchParams, toggleFilter, type SearchState } from './url-state.ts';
import type { ResultPager } from './render.ts';

export interface SearchFormParts {
  form: HTMLFormElement;
  input: HTMLInputElement;
  clear: HTMLElement;
  more: HTMLElement;
  pager: ResultPager;
  facets: readonly Facet[];
  /** Run the page's search for the current state (`debounce` while typing). */
  run: (debounce?: boolean) => Promise<void>;
  /** Warm the index up for the words typed so far. */
  preload: (q: string) => void;
  /** False while the page has fallen back to a plain form (its events then do nothing). */
  enabled?: () => boolean;
  /** After a submit's search has run (e.g. move to the results). */
  afterSubmit?: () => void;
  /** A change of a control other than the filter checkboxes: the new state, or null to ignore it. */
  otherChange?: (target: EventTarget | null, state: SearchState) => SearchState | null;
  /** Show the state in controls other than the query and the checkboxes. */
  showMore?: (state: SearchState) => void;
}

export interface SearchFormState {
  readonly state: SearchState;
  /** Show the current state in the form. */
  show(): void;
}

export function bindSearchForm(parts: SearchFormParts): SearchFormState {
  const { form, input, clear, more, pager, facets, run, preload } = parts;
  const enabled = parts.enabled ?? (() => true);
  let state = parseSearchParams(location.search, facets);

  function show() {
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (state.filters[box.name as FacetKey] ?? []).includes(box.value);
    }
    parts.showMore?.(state);
  }

  function commit(push: boolean) {
    const query = toSearchParams(state);
    const next = `${location.pathname}${query ? `?${query}` : ''}`;
    if (next !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', next);
  }

  form.addEventListener('submit', (event) => {
    if (!enabled()) return; // a plain form again
    event.preventDefault();
    state = { ...state, q: input.value.trim() };
    commit(true);
    void run().then(parts.afterSubmit);
  });
  input.addEventListener('input', () => {
    state = { ...state, q: input.value.trim() };
    if (!enabled()) return;
    if (state.q) preload(state.q);
    commit(false);
    void run(true);
  });
  form.addEventListener('change', (event) => {
    if (!enabled()) return;
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      state = toggleFilter(state, target.name as FacetKey, target.value, target.checked, facets);
    } else {
      const next = parts.otherChange?.(target, state);
      if (!next) return;
      state = next;
    }
    commit(true);
    void run();
  });
  clear.addEventListener('click', () => {
    state = clearFilters(state);
    show();
    commit(true);
    void run();
    input.focus();
  });
  more.addEventListener('click', () => void pager.showMore(true));
  window.addEventListener('popstate', () => {
    state = parseSearchParams(location.search, facets);
    show();
    void run();
  });

  return {
    get state() {
      return state;
    },
    show,
  };
}
