/**
 * What happens to a search form's state, without the DOM: both search forms (/zoeken/ and the
 * practice list) keep their state in the URL. Typing replaces the history entry, a submit, a filter
 * and "Wis filters" push one, back and forward restore it; each change runs the page's own search.
 * form-state.ts wires the form's events to it; here it is a plain object, so it is unit-tested.
 */
import type { Facet, FacetKey } from './facets.ts';
import { clearFilters, parseSearchParams, toSearchParams, toggleFilter, type SearchState } from './url-state.ts';

/** The page's URL and history (in the browser: `location` and `history`). */
export interface UrlPort {
  readonly pathname: string;
  readonly search: string;
  push(url: string): void;
  replace(url: string): void;
}

export interface SearchControllerOptions {
  facets: readonly Facet[];
  url: UrlPort;
  /** Run the page's search for the current state (`debounce` while typing). */
  run: (debounce?: boolean) => Promise<void>;
  /** Show a state that did not come from the form (after "Wis filters", back and forward). */
  show: (state: SearchState) => void;
  /** Warm the index up for the words typed so far. */
  preload?: (q: string) => void;
  /** False while the page has fallen back to a plain form: typing, submits and filters then do nothing. */
  enabled?: () => boolean;
}

export interface SearchController {
  readonly state: SearchState;
  /** Words typed: the URL entry is replaced and a debounced search runs. */
  type(q: string): void;
  /** The form submitted: a new URL entry and a search; null when the page lets the form submit itself. */
  submit(q: string): Promise<void> | null;
  /** A filter option switched on or off. */
  toggle(key: FacetKey, id: string, on: boolean): void;
  /** Another control changed the state (e.g. the sort order). */
  change(next: SearchState): void;
  /** "Wis filters": the filters go, the words stay. */
  clear(): void;
  /** Back or forward: the state of the URL, without a new entry. */
  restore(): void;
}

export function createSearchController(options: SearchControllerOptions): SearchController {
  const { facets, url, run, show } = options;
  const enabled = options.enabled ?? (() => true);
  let state = parseSearchParams(url.search, facets);

  function commit(push: boolean) {
    const query = toSearchParams(state);
    const next = `${url.pathname}${query ? `?${query}` : ''}`;
    if (next === `${url.pathname}${url.search}`) return;
    if (push) url.push(next);
    else url.replace(next);
  }

  function apply(next: SearchState, push: boolean, debounce = false): Promise<void> {
    state = next;
    commit(push);
    return run(debounce);
  }

  return {
    get state() {
      return state;
    },
    type(q) {
      state = { ...state, q };
      if (!enabled()) return;
      if (q) options.preload?.(q);
      void apply(state, false, true);
    },
    submit(q) {
      if (!enabled()) return null;
      return apply({ ...state, q }, true);
    },
    toggle(key, id, on) {
      if (enabled()) void apply(toggleFilter(state, key, id, on, facets), true);
    },
    change(next) {
      if (enabled()) void apply(next, true);
    },
    clear() {
      state = clearFilters(state);
      show(state);
      void apply(state, true);
    },
    restore() {
      state = parseSearchParams(url.search, facets);
      show(state);
      void run();
    },
  };
}
