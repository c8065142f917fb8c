/**
 * "Bedoel je …?" on the page: after a search that found little (forgive.ts), the vocabulary is
 * fetched (once per page, and only then) and up to three suggestions show as links. A link leads to
 * the same page with the suggestion as the query (so it also works as a plain link); the page's
 * script turns a click into a search in place. The suggestion is added to the live region.
 */
import { suggest, loadVocabulary } from './suggest.ts';
import { rewriteQuery, suggestionText, wantsSuggestion } from './forgive.ts';
import { toSearchParams, type SearchState } from './url-state.ts';

export interface ForgiveHooks {
  /** The page's current search state. */
  state: () => SearchState;
  /** Search for this query (replacing the one typed). */
  choose: (q: string) => void;
  /** Add a sentence to what the live region says. */
  announce: (text: string) => void;
}

export class ForgiveView {
  private generation = 0;
  constructor(
    /** A hidden element with a `[data-suggestions]` child for the links. */
    private readonly block: HTMLElement,
    private readonly hooks: ForgiveHooks,
  ) {}

  clear(): void {
    this.generation++;
    this.block.hidden = true;
  }

  /**
   * As soon as a search is known to find little (before its results are shown): start fetching the
   * vocabulary, so the suggestion can follow the "no results" at once.
   */
  prepare(count: number): void {
    if (wantsSuggestion(count)) void loadVocabulary().catch(() => undefined);
  }

  /** After a search that found `count` pages with all the words: offer suggestions when that is little. */
  async offer(count: number, isCurrent: () => boolean): Promise<void> {
    if (!wantsSuggestion(count)) return;
    const generation = this.generation;
    const state = this.hooks.state();
    const vocabulary = await loadVocabulary().catch(() => null);
    if (!vocabulary || generation !== this.generation || !isCurrent()) return;
    const options = suggest(state.q, vocabulary).map((s) => rewriteQuery(state.q, s));
    if (options.length === 0) return;
    const slot = this.block.querySelector<HTMLElement>('[data-suggestions]')!;
    slot.replaceChildren();
    options.forEach((q, i) => {
      if (i > 0) slot.append(i === options.length - 1 ? ' of ' : ', ');
      const link = document.createElement('a');
      link.href = `${location.pathname}?${toSearchParams({ ...state, q })}`;
      link.textContent = q;
      link.addEventListener('click', (event) => {
        if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
        event.preventDefault();
        this.hooks.choose(q);
      });
      slot.append(link);
    });
    this.block.hidden = false;
    this.hooks.announce(suggestionText(options));
  }
}
