/**
 * Small text helpers for pages: Dutch numbers, counts with the right plural, shortened texts and
 * telephone links. Used by the practice, region, advice and theme pages.
 */
import { formatOnFirstUse } from './intl.ts';
const numberFormat = formatOnFirstUse(() => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }));

/** 95300 → "95.300" */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** "1 praktijkvoorbeeld", "3 praktijkvoorbeelden", "geen praktijkvoorbeelden". */
export function count(n: number, singular: string, plural: string, none = `geen ${plural}`): string {
  if (n === 0) return none;
  return `${formatNumber(n)} ${n === 1 ? singular : plural}`;
}

/** Shorten a text to at most `max` characters, at a word boundary, with an ellipsis. */
export function shorten(text: string, max = 160): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** "a, b en c" */
export function joinDutch(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/** A tel: link for a phone number as people write it ("053 - 123 45 67" → "tel:0531234567"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^+\d]/g, '')}`;
}

/** A phone number as text that never breaks over two lines ("074 - 245 89 00" with non-breaking spaces and hyphens). */
export function telText(phone: string): string {
  return phone.trim().replace(/ /g, '\u00a0').replace(/-/g, '\u2011');
}
