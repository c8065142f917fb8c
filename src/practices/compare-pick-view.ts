/**
 * The compare picker on a page with a script (/zoeken/ and the practice list): a toggle button
 * "Vergelijk" (aria-pressed) on each practice result, and the bar of CompareBar.astro with the link
 * "Vergelijk N voorbeelden". The choice is kept in the page's address (compare-pick.ts); the live
 * region in the bar says what changed.
 */
import { pickAnnouncement, pickSummary, practiceIdOf, readPicked, togglePicked, withPicked, withoutPicked } from './compare-pick.ts';

export class ComparePicker {
  private readonly bar: HTMLElement;
  private readonly link: HTMLAnchorElement;
  private readonly note: HTMLElement;
  private readonly live: HTMLElement;
  private readonly clearButton: HTMLButtonElement;

  /** `root`: the element of CompareBar.astro (its live region stays outside the part that hides). */
  constructor(root: HTMLElement) {
    const bar = root.querySelector<HTMLElement>('[data-compare-bar]')!;
    this.bar = bar;
    this.link = bar.querySelector<HTMLAnchorElement>('[data-compare-link]')!;
    this.note = bar.querySelector<HTMLElement>('[data-compare-note]')!;
    this.live = root.querySelector<HTMLElement>('[data-compare-live]')!;
    this.clearButton = bar.querySelector<HTMLButtonElement>('[data-compare-clear]')!;
    this.clearButton.addEventListener('click', () => {
      this.save([]);
      this.live.textContent = 'Niets meer gekozen om te vergelijken.';
    });
    window.addEventListener('popstate', () => this.show());
    this.show();
  }

  get picked(): string[] {
    return readPicked(location.search);
  }

  /** For the search form (form-state.ts): its state's address without the choice, and with it added back. */
  readonly keepInUrl = {
    strip: (search: string): string => {
      const rest = withoutPicked(search);
      return rest ? `?${rest}` : '';
    },
    add: (url: string): string => {
      const [path, query = ''] = url.split('?');
      const next = withPicked(query, this.picked);
      return next ? `${path}?${next}` : path!;
    },
  };

  /** Add a "Vergelijk" button to a result when it is a practice page (`container` gets it at its end). */
  addButton(container: HTMLElement, url: string, title: string): void {
    const id = practiceIdOf(url);
    if (!id) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'compare-pick';
    button.dataset.comparePick = id;
    button.append('Vergelijk');
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = ` ${title}`;
    button.append(name);
    button.setAttribute('aria-pressed', String(this.picked.includes(id)));
    button.addEventListener('click', () => {
      const on = button.getAttribute('aria-pressed') !== 'true';
      const ids = togglePicked(this.picked, id, on);
      this.save(ids);
      this.live.textContent = pickAnnouncement(title, on, ids);
    });
    container.append(button);
  }

  private save(ids: string[]): void {
    const query = withPicked(location.search, ids);
    history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
    this.show();
  }

  /** Show the choice of the address: the bar and the state of every button. */
  private show(): void {
    const ids = this.picked;
    const summary = pickSummary(ids);
    this.bar.hidden = ids.length === 0;
    this.link.hidden = !summary.href;
    this.note.hidden = Boolean(summary.href);
    if (summary.href) {
      this.link.href = summary.href;
      this.link.textContent = summary.text;
    } else {
      this.link.removeAttribute('href');
      this.note.textContent = summary.text;
    }
    for (const button of document.querySelectorAll<HTMLButtonElement>('[data-compare-pick]')) {
      button.setAttribute('aria-pressed', String(ids.includes(button.dataset.comparePick!)));
    }
  }
}
