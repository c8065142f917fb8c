/**
 * Both search forms in the browser (/zoeken/ and the practice list): the form's events go to the
 * search controller (controller.ts: the state, the URL and when to search), and the form shows the
 * state. Each page says what a search is (`run`) and adds what only it has (the sort select, a
 * fallback form).
 */
import type { Facet, FacetKey } from './facets.ts';
import type { SearchState } from './url-state.ts';
import { createSearchController } from './controller.ts';
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
  /** After a submit's search has run (e.g. move to the results), with the button that submitted. */
  afterSubmit?: (submitter: HTMLElement | null) => void;
  /** A change of a control other than the filter checkboxes: the new state, or null to ignore it. */
  otherChange?: (target: EventTarget | null, state: SearchState) => SearchState | null;
  /** After "Wis filters" (default: focus the query). */
  afterClear?: () => void;
  /** Show the state in controls other than the query and the checkboxes. */
  showMore?: (state: SearchState) => void;
  /**
   * Other parameters the page keeps in its address beside the search state (the practices picked to
   * compare): `strip` takes them out of the address the state is read from, `add` puts them back.
   */
  keepInUrl?: { strip: (search: string) => string; add: (url: string) => string };
}

export interface SearchFormState {
  readonly state: SearchState;
  /** Show the current state in the form. */
  show(): void;
  /** Switch a filter option on or off from outside the checkboxes (a chip), and show it. */
  toggle(key: FacetKey, id: string, on: boolean): void;
}

export function bindSearchForm(parts: SearchFormParts): SearchFormState {
  const { form, input, clear, more, pager, facets } = parts;
  const keep = parts.keepInUrl ?? { strip: (search: string) => search, add: (url: string) => url };
  const controller = createSearchController({
    facets,
    url: {
      get pathname() {
        return location.pathname;
      },
      get search() {
        return keep.strip(location.search);
      },
      push: (url) => history.pushState(null, '', keep.add(url)),
      replace: (url) => history.replaceState(null, '', keep.add(url)),
    },
    run: parts.run,
    show,
    preload: parts.preload,
    enabled: parts.enabled,
  });

  function show() {
    const { state } = controller;
    input.value = state.q;
    for (const box of form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
      box.checked = (state.filters[box.name as FacetKey] ?? []).includes(box.value);
    }
    parts.showMore?.(state);
  }

  form.addEventListener('submit', (event) => {
    const done = controller.submit(input.value.trim());
    if (!done) return; // a plain form again
    event.preventDefault();
    const submitter = event.submitter;
    void done.then(() => parts.afterSubmit?.(submitter));
  });
  input.addEventListener('input', () => controller.type(input.value.trim()));
  form.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'checkbox') {
      controller.toggle(target.name as FacetKey, target.value, target.checked);
    } else {
      const next = parts.otherChange?.(target, controller.state);
      if (next) controller.change(next);
    }
  });
  clear.addEventListener('click', () => {
    controller.clear();
    if (parts.afterClear) parts.afterClear();
    else input.focus();
  });
  more.addEventListener('click', () => void pager.showMore(true));
  window.addEventListener('popstate', () => controller.restore());

  return {
    get state() {
      return controller.state;
    },
    show,
    toggle(key, id, on) {
      controller.toggle(key, id, on);
      show();
    },
  };
}
