/**
 * The chosen filters as buttons at the top of the results (FilterChips.astro): each removes its
 * filter. After a removal the focus goes to the chip that took its place, or, when none is left,
 * to `fallback` (so a keyboard user never lands on the top of the page).
 */
import type { ChosenFilter } from './summary.ts';

export function showChips(container: HTMLElement, chosen: readonly ChosenFilter[], remove: (filter: ChosenFilter) => void, fallback: () => HTMLElement | null): void {
  const list = container.querySelector<HTMLElement>('[data-chips-list]')!;
  container.hidden = chosen.length === 0;
  list.replaceChildren(
    ...chosen.map((filter, index) => {
      const li = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.dataset.chip = `${filter.key}:${filter.id}`;
      const hidden = document.createElement('span');
      hidden.className = 'visually-hidden';
      hidden.textContent = 'Verwijder filter: ';
      const x = document.createElement('span');
      x.className = 'chips__x';
      x.setAttribute('aria-hidden', 'true');
      x.textContent = '×';
      button.append(hidden, filter.label, x);
      button.addEventListener('click', () => {
        remove(filter);
        const next = list.querySelectorAll<HTMLButtonElement>('button')[Math.min(index, list.children.length - 1)];
        (next ?? fallback())?.focus();
      });
      li.append(button);
      return li;
    }),
  );
}
