/**
 * Picking practices to compare on the pages that already have a script (/zoeken/ and the practice
 * list, issue 16). The practices picked so far live in the page's own address, `?vergelijk=<id>`
 * repeated, beside the search state, so they survive filtering, paging, a reload and back/forward,
 * and nothing is kept in storage. The link to the compare page is built with compareUrl(). Pure.
 */
import { routes } from '../routes.ts';
import { ID_PATTERN } from '../model/id.ts';
import { COMPARE_MAX, COMPARE_MIN, compareUrl } from './compare.ts';

/** The page's query parameter that holds one picked practice; repeated for each. */
export const PICK_PARAM = 'vergelijk';

/** The picked ids in the address, in order, each once; values that cannot be an id are left out. */
export function readPicked(search: string | URLSearchParams): string[] {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return [...new Set(params.getAll(PICK_PARAM).map((v) => v.trim()))].filter((id) => ID_PATTERN.test(id));
}

/** The query string (without "?") with these picked ids in place of the ones it had; the rest kept. */
export function withPicked(search: string, ids: readonly string[]): string {
  const params = new URLSearchParams(search);
  params.delete(PICK_PARAM);
  for (const id of new Set(ids)) params.append(PICK_PARAM, id);
  return params.toString();
}

/** The query string without the picked ids (what the search form's state makes of it). */
export function withoutPicked(search: string): string {
  return withPicked(search, []);
}

/** Add or remove one practice. */
export function togglePicked(ids: readonly string[], id: string, on: boolean): string[] {
  const rest = ids.filter((other) => other !== id);
  return on ? [...rest, id] : rest;
}

/** The id of a practice page's address (/praktijkvoorbeelden/<id>/), or undefined for any other page. */
export function practiceIdOf(url: string): string | undefined {
  const base = routes.list('practices');
  const path = url.replace(/^https?:\/\/[^/]+/, '').replace(/[?#].*$/, '');
  if (!path.startsWith(base)) return undefined;
  const id = path.slice(base.length).replace(/\/$/, '');
  return ID_PATTERN.test(id) && routes.practice(id) === path ? id : undefined;
}

export interface PickSummary {
  /** "Vergelijk 3 voorbeelden", or what to do first. */
  text: string;
  /** The compare page with the picked practices; only with 2 to 4 picked. */
  href?: string;
}

const examples = (n: number) => `${n} ${n === 1 ? 'voorbeeld' : 'voorbeelden'}`;

/** What the compare bar shows for this many picked practices. */
export function pickSummary(ids: readonly string[]): PickSummary {
  const n = ids.length;
  if (n < COMPARE_MIN) return { text: n === 0 ? '' : `Je hebt 1 voorbeeld gekozen. Kies er nog ${COMPARE_MIN - n} om te vergelijken.` };
  if (n > COMPARE_MAX) return { text: `Je hebt ${examples(n)} gekozen. Je kunt er ${COMPARE_MIN} tot ${COMPARE_MAX} vergelijken. Haal er ${n - COMPARE_MAX} weg.` };
  return { text: `Vergelijk ${examples(n)}`, href: compareUrl(ids) };
}

/** What the live region says after a click. */
export function pickAnnouncement(title: string, on: boolean, ids: readonly string[]): string {
  const what = on ? `${title} is gekozen om te vergelijken.` : `${title} is uit de vergelijking gehaald.`;
  return `${what} ${ids.length === 0 ? 'Niets gekozen.' : `${examples(ids.length)} gekozen.`}`;
}
