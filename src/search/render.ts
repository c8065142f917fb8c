/**
 * What the search page and the practice list share in the browser: results shown a batch at a
 * time ("Meer resultaten") and the excerpt or summary of a result (the filter options: facet-panel.ts).
 */
import type { PagefindResult, PagefindResultData } from './pagefind.ts';
import { matchedOnlyHidden } from './forgive.ts';

/**
 * The text under a result: with a query, Pagefind's excerpt with the words highlighted (Pagefind
 * escapes the page text and adds only <mark>); without one, or when the page was found only through
 * its hidden search terms (the excerpt would be made of those), the page's summary as plain text.
 */
export function writeExcerpt(el: HTMLElement, item: PagefindResultData, q: string): void {
  if (q && item.excerpt && !matchedOnlyHidden(item)) el.innerHTML = item.excerpt;
  else el.textContent = item.meta.summary ?? '';
}

/** Search results shown at once, and per "Meer resultaten". */
export const RESULTS_PAGE_SIZE = 20;

/**
 * A list of results shown a batch at a time: `reset` shows the first batch of a new search,
 * `showMore` the next one (for the "Meer resultaten" button, which it hides when all are shown).
 * A batch that arrives after a newer search has started is dropped.
 */
export class ResultPager {
  private results: PagefindResult[] = [];
  private shownCount = 0;
  private generation = 0;
  // Fields written out, not as parameter properties: Node's type stripping (the benchmark imports
  // RESULTS_PAGE_SIZE from this module) does not accept those.
  private readonly list: HTMLElement;
  private readonly more: HTMLElement;
  private readonly pageSize: number;
  private readonly render: (item: PagefindResultData) => HTMLElement;

  constructor(list: HTMLElement, more: HTMLElement, pageSize: number, render: (item: PagefindResultData) => HTMLElement) {
    this.list = list;
    this.more = more;
    this.pageSize = pageSize;
    this.render = render;
  }

  get total(): number {
    return this.results.length;
  }

  /** Empty the list and forget the results (nothing to show). */
  clear(): void {
    this.generation++;
    this.pending = undefined;
    this.results = [];
    this.shownCount = 0;
    this.list.replaceChildren();
    this.more.hidden = true;
  }

  async reset(results: PagefindResult[]): Promise<void> {
    this.clear();
    this.results = results;
    await this.showMore(false);
  }

  /** The batch being fetched: a second click meanwhile waits for it instead of fetching the same batch again. */
  private pending: Promise<void> | undefined;

  /**
   * Show the next batch; with moveFocus, focus the first link of the batch (for the button). When
   * the batch cannot be fetched, nothing is added and the button stays, so a next click tries again.
   */
  showMore(moveFocus: boolean): Promise<void> {
    if (this.pending) return this.pending;
    const pending = this.fetchNext(moveFocus).finally(() => {
      if (this.pending === pending) this.pending = undefined;
    });
    this.pending = pending;
    return pending;
  }

  private async fetchNext(moveFocus: boolean): Promise<void> {
    const generation = this.generation;
    const batch = this.results.slice(this.shownCount, this.shownCount + this.pageSize);
    const data = await Promise.all(batch.map((r) => r.data())).catch(() => null);
    if (generation !== this.generation || !data) return;
    const firstNew = this.shownCount;
    for (const item of data) this.list.append(this.render(item));
    this.shownCount += batch.length;
    this.more.hidden = this.shownCount >= this.results.length;
    if (moveFocus) this.list.children[firstNew]?.querySelector('a')?.focus();
  }
}
