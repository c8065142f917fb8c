/**
 * The script of the compare page (and of no other page). It reads the choice from the address,
 * ticks it in the form (so adding one keeps the others), fetches only the chosen practices' own
 * pages (same origin), reads their JSON block (compare-record.ts) and builds a real table: a column
 * per practice, a row per aspect. A chosen id without a page (404) is named and skipped; the rest
 * is still shown. All text goes in as text (textContent), never as HTML.
 */
import { routes } from '../routes.ts';
import {
  COMPARE_ASPECTS,
  COMPARE_DATA_ID,
  COMPARE_MIN,
  compareCaption,
  compareCell,
  compareUrl,
  compareUrlWithout,
  needMoreText,
  parseCompareSelection,
  readCompareRecord,
  selectionProblems,
  type CompareItem,
  type CompareRecord,
} from './compare.ts';

type Loaded = { id: string; record?: CompareRecord; missing?: boolean; failed?: boolean };

/** One practice's record from its page: missing when there is no such page (or no block on it), failed when the network failed. */
async function load(id: string): Promise<Loaded> {
  let html: string;
  try {
    const response = await fetch(routes.practice(id), { credentials: 'same-origin' });
    if (response.status === 404 || response.status === 410) return { id, missing: true };
    if (!response.ok) return { id, failed: true };
    html = await response.text();
  } catch {
    return { id, failed: true };
  }
  const block = new DOMParser().parseFromString(html, 'text/html').getElementById(COMPARE_DATA_ID);
  let record: CompareRecord | undefined;
  try {
    record = readCompareRecord(JSON.parse(block?.textContent ?? 'null'));
  } catch {
    record = undefined;
  }
  return record && record.id === id ? { id, record } : { id, missing: true };
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

const itemNode = (item: CompareItem): Node | string => (item.href ? el('a', { href: item.href }, item.text) : item.text);

function cell(record: CompareRecord, key: (typeof COMPARE_ASPECTS)[number]): HTMLTableCellElement {
  const { items, missing } = compareCell(record, key.key);
  if (missing) return el('td', { class: 'compare__missing' }, items[0]!.text);
  if (key.list && items.length > 1) return el('td', {}, el('ul', { class: 'compare__list' }, ...items.map((i) => el('li', {}, itemNode(i)))));
  return el('td', {}, ...items.map((i) => el('span', { class: 'compare__line' }, itemNode(i))));
}

function table(records: CompareRecord[]): HTMLElement {
  const ids = records.map((r) => r.id);
  const captionId = 'vergelijking-bijschrift';
  const hint = el('span', { class: 'compare__hint', 'data-compare-hint': '' }, 'Schuif de tabel opzij om alle voorbeelden te zien.');
  const head = el(
    'thead',
    {},
    el('tr', {}, el('th', { scope: 'col', class: 'compare__corner' }, 'Onderdeel'), ...records.map((r) => el('th', { scope: 'col', class: 'compare__practice' }, el('a', { href: r.url }, r.title)))),
    el(
      'tr',
      { class: 'compare__actions' },
      el('td', {}),
      ...records.map((r) => el('td', {}, el('a', { href: compareUrlWithout(ids, r.id) }, 'Verwijder uit vergelijking', el('span', { class: 'visually-hidden' }, `: ${r.title}`)))),
    ),
  );
  const body = el('tbody', {}, ...COMPARE_ASPECTS.map((a) => el('tr', { 'data-aspect': a.key }, el('th', { scope: 'row' }, a.label), ...records.map((r) => cell(r, a)))));
  const wrapper = el(
    'div',
    { class: 'compare-scroll scroll-shadows', role: 'region', 'aria-labelledby': captionId, tabindex: '0' },
    el('table', { class: 'compare' }, el('caption', { id: captionId }, el('span', { class: 'compare__caption-text' }, compareCaption(records.length), hint)), head, body),
  );
  return wrapper;
}

/** Show the scroll hint only while the table is wider than its box. */
function watchOverflow(box: HTMLElement): void {
  const hint = box.querySelector<HTMLElement>('[data-compare-hint]');
  if (!hint) return;
  const update = () => {
    hint.hidden = box.scrollWidth <= box.clientWidth + 1;
  };
  update();
  new ResizeObserver(update).observe(box);
}

/** The printed line on top names this choice, not just the bare page. */
function printAddress(ids: string[]): void {
  const meta = document.querySelector('.print-meta');
  const canonical = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href;
  if (!meta?.textContent || !canonical || ids.length === 0) return;
  meta.textContent = meta.textContent.replace(canonical, new URL(compareUrl(ids), canonical).href);
}

type Line = { text: string; problem?: boolean; screenReaderOnly?: boolean; link?: CompareItem };

function messages(status: HTMLElement, lines: Line[]): void {
  const cls = (l: Line) => ['compare-message', l.problem ? 'compare-message--problem' : '', l.screenReaderOnly ? 'visually-hidden' : ''].filter(Boolean).join(' ');
  status.replaceChildren(...lines.map((l) => el('p', { class: cls(l) }, l.text, ...(l.link ? [el('a', { href: l.link.href! }, l.link.text), '.'] : []))));
}

export async function startCompare(root: HTMLElement): Promise<void> {
  const status = root.querySelector<HTMLElement>('[data-compare-status]');
  const result = root.querySelector<HTMLElement>('[data-compare-result]');
  if (!status || !result) return;
  const selection = parseCompareSelection(location.search);
  for (const box of root.querySelectorAll<HTMLInputElement>('[data-compare-form] input[type="checkbox"]')) box.checked = selection.ids.includes(box.value);

  if (selection.ids.length > 0) messages(status, [{ text: 'De gekozen praktijkvoorbeelden worden opgehaald…' }]);
  const loaded = await Promise.all(selection.ids.map(load));
  const records = loaded.flatMap((l) => (l.record ? [l.record] : []));
  const problems = selectionProblems(
    selection,
    loaded.filter((l) => l.missing).map((l) => l.id),
    loaded.filter((l) => l.failed).map((l) => l.id),
  );
  const more = needMoreText(records.length);
  const lines: Line[] = [
    ...problems.map((text) => ({ text, problem: true })),
    ...(records.length === 1 ? [{ text: 'Gekozen: ', link: { text: records[0]!.title, href: records[0]!.url } }] : []),
    ...(more ? [{ text: more }] : []),
  ];

  if (records.length >= COMPARE_MIN) {
    const box = table(records);
    result.replaceChildren(box);
    watchOverflow(box);
    printAddress(records.map((r) => r.id));
    // The caption says the same on screen: this line is for screen readers, which do not see the table appear.
    lines.push({ text: `De tabel staat hieronder: ${compareCaption(records.length).toLowerCase()}.`, screenReaderOnly: true });
  } else {
    result.replaceChildren();
  }
  messages(status, lines);
}
