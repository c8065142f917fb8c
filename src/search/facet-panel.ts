/**
 * The filter column of both search forms in the browser (the HTML: FilterPanel.astro and
 * FacetFieldsets.astro): which options show, in what order, with what count (the rules:
 * facet-view.ts), "Toon alle …" for a long facet, and on a narrow screen the "Filters" button that
 * opens the panel and the button at its foot that closes it and moves focus to the results.
 */
import type { Facet, FacetKey } from './facets.ts';
import type { SearchState } from './url-state.ts';
import type { FacetCounts } from './summary.ts';
import { facetView, showAllLabel, type FacetView } from './facet-view.ts';

/** From this width the filters sit beside the results (the same breakpoint as the pages' CSS). */
export const WIDE = '(min-width: 56rem)';

export interface PanelCounts {
  /** Per facet key, per value label; null while no counts are known. */
  counts: FacetCounts | null;
  /** How many results the counts are about. */
  total: number;
  /** Facets that list every value (also those that give nothing). */
  keepAll?: (key: FacetKey) => boolean;
}

export class FacetPanel {
  private readonly expanded = new Set<FacetKey>();
  private last: { state: SearchState; counts: PanelCounts } | null = null;
  private readonly panel: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly show: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    private readonly facets: readonly Facet[],
  ) {
    this.panel = root.querySelector<HTMLElement>('[data-filter-panel]')!;
    this.toggle = root.querySelector<HTMLButtonElement>('[data-filter-toggle]')!;
    this.show = root.querySelector<HTMLButtonElement>('[data-filter-show]')!;
    for (const button of this.panel.querySelectorAll<HTMLButtonElement>('[data-facet-more]')) {
      button.addEventListener('click', () => {
        const key = button.closest<HTMLElement>('[data-facet]')!.dataset.facet as FacetKey;
        if (this.expanded.has(key)) this.expanded.delete(key);
        else this.expanded.add(key);
        if (this.last) this.render(this.last.state, this.last.counts);
      });
    }
    // On a narrow screen the panel starts closed: the results come first, the chips say what is filtered.
    this.toggle.hidden = false;
    this.toggle.addEventListener('click', () => this.setOpen(this.toggle.getAttribute('aria-expanded') !== 'true'));
  }

  get besideResults(): boolean {
    return window.matchMedia(WIDE).matches && !this.panel.parentElement!.hasAttribute('data-idle');
  }

  setOpen(open: boolean): void {
    this.toggle.setAttribute('aria-expanded', String(open));
  }

  /**
   * Nothing searched yet: the panel closes behind its button on a wide screen too (FilterPanel.astro),
   * instead of a long column beside an empty page; a search opens the column again.
   */
  setIdle(idle: boolean): void {
    const wrap = this.panel.parentElement!;
    if (idle && !wrap.hasAttribute('data-idle')) this.setOpen(false);
    wrap.toggleAttribute('data-idle', idle);
  }

  /** After the button at the foot: close the panel on a narrow screen and focus `target`. */
  close(target: HTMLElement | null): void {
    if (!this.besideResults) this.setOpen(false);
    target?.focus();
  }

  /** Focus `target` inside the panel, or the "Filters" button while the panel is closed. */
  focusInside(target: HTMLElement): void {
    if (!this.besideResults && this.toggle.getAttribute('aria-expanded') !== 'true') this.toggle.focus();
    else target.focus();
  }

  /** The words of the button at the foot ("Toon 12 resultaten"). */
  setShowLabel(text: string): void {
    this.show.textContent = text;
  }

  /** Show the options for a state and its counts. */
  render(state: SearchState, counts: PanelCounts): void {
    this.last = { state, counts };
    const chosen = Object.values(state.filters).reduce((n, ids) => n + (ids?.length ?? 0), 0);
    this.toggle.querySelector('[data-filter-chosen]')!.textContent = chosen ? ` (${chosen} gekozen)` : '';
    let anyShown = false;
    for (const facet of this.facets) {
      const fieldset = this.panel.querySelector<HTMLFieldSetElement>(`[data-facet="${facet.key}"]`);
      if (!fieldset) continue;
      const view = facetView({
        facet,
        counts: counts.counts ? (counts.counts[facet.key] ?? {}) : null,
        chosen: state.filters[facet.key] ?? [],
        total: counts.total,
        keepAll: counts.keepAll?.(facet.key) ?? false,
      });
      this.apply(fieldset, view);
      anyShown ||= !view.hidden;
    }
    this.panel.querySelector<HTMLElement>('[data-facet-none]')!.hidden = anyShown;
  }

  private apply(fieldset: HTMLFieldSetElement, view: FacetView): void {
    fieldset.hidden = view.hidden;
    const list = fieldset.querySelector('ul')!;
    const items = new Map([...list.querySelectorAll<HTMLLIElement>(':scope > li[data-option]')].map((li) => [li.dataset.option!, li]));
    // Reorder only when the order changed: moving an element takes the focus off it.
    const order = view.options.map((o) => o.id);
    const current = [...list.children].map((li) => (li as HTMLElement).dataset.option);
    if (order.some((id, i) => current[i] !== id)) {
      const focused = document.activeElement instanceof HTMLElement && list.contains(document.activeElement) ? document.activeElement : null;
      for (const id of order) {
        const li = items.get(id);
        if (li) list.append(li);
      }
      focused?.focus();
    }
    const expanded = this.expanded.has(view.key);
    for (const option of view.options) {
      const li = items.get(option.id);
      if (!li) continue;
      li.hidden = option.place === 'absent' || (option.place === 'collapsed' && !expanded);
      const count = li.querySelector<HTMLElement>('[data-count]');
      if (count) count.textContent = option.count === null ? '' : option.count === 0 && view.keepAll ? '(nog geen)' : `(${option.count})`;
    }
    const more = fieldset.querySelector<HTMLButtonElement>('[data-facet-more]')!;
    more.hidden = !view.collapsible;
    more.setAttribute('aria-expanded', String(expanded));
    more.textContent = expanded ? 'Toon minder' : showAllLabel(view.listed);
  }
}
