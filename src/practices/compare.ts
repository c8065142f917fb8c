/**
 * Compare practices side by side (issue 16): the rules the compare page's script and the other
 * scripts share. The choice lives in the address, /praktijkvoorbeelden/vergelijk/?p=<id>&p=<id>, so
 * it can be shared and survives a reload. The data of a practice is on its own page, in a JSON block
 * (`<script type="application/json" id="compare-data">`, made by compareRecord() in
 * compare-record.ts); the compare page fetches only the pages of the practices chosen.
 *
 * No schema library and no content imports: this module runs in the browser too.
 * Other scripts (search results, practice lists) link to a choice with compareUrl(ids).
 */
import { routes } from '../routes.ts';
import { ID_PATTERN } from '../model/id.ts';
import { joinDutch } from '../lib/format.ts';

/** The query parameter that holds one chosen practice id; repeated for each practice. */
export const COMPARE_PARAM = 'p';
export const COMPARE_MIN = 2;
export const COMPARE_MAX = 4;
/**
 * Up to this many practices, the compare page lists them all as checkboxes to choose from (a few
 * dozen bytes each: about 30 kB at the limit). Beyond it the list would make the page heavy (10,000
 * practices: well over a megabyte), so the page offers a search box to /zoeken/ instead.
 */
export const COMPARE_PICK_LIST_MAX = 200;
/** The id of the JSON block on each practice page. */
export const COMPARE_DATA_ID = 'compare-data';
/** What a cell says when the practice does not describe that aspect: never a blank cell. */
export const NOT_DESCRIBED = 'Nog niet beschreven';

/** One line of a cell: text, and a link where there is one (a page of the site, mailto: or tel:). */
export interface CompareItem {
  text: string;
  href?: string;
}

export type CompareAspect =
  | 'where'
  | 'phase'
  | 'ageGroups'
  | 'sectors'
  | 'advice'
  | 'evidence'
  | 'targetGroup'
  | 'workingElements'
  | 'conditions'
  | 'costs'
  | 'results'
  | 'contact';

/**
 * The rows of the table, in order, with their header. `list`: the lines are separate points
 * (a bulleted list); otherwise they are lines of one fact (an address, a place and its region).
 * The worksheet rows use the practice page's headings (a unit test keeps them equal).
 */
export const COMPARE_ASPECTS: readonly { key: CompareAspect; label: string; list?: boolean }[] = [
  { key: 'where', label: 'Waar' },
  { key: 'phase', label: 'Fase' },
  { key: 'ageGroups', label: 'Leeftijd' },
  { key: 'sectors', label: 'Sectoren' },
  { key: 'advice', label: 'Adviezen', list: true },
  { key: 'evidence', label: 'Onderbouwing' },
  { key: 'targetGroup', label: 'Voor wie' },
  { key: 'workingElements', label: 'Werkzame elementen', list: true },
  { key: 'conditions', label: 'Wat heb je nodig', list: true },
  { key: 'costs', label: 'Kosten' },
  { key: 'results', label: 'Resultaten', list: true },
  { key: 'contact', label: 'Contact' },
];

/** Exactly what the table shows of one practice. An empty list means: not described. */
export interface CompareRecord {
  id: string;
  title: string;
  /** The practice's page. */
  url: string;
  aspects: Record<CompareAspect, CompareItem[]>;
}

export interface CompareSelection {
  /** The ids to compare, in the order of the address, without doubles: at most COMPARE_MAX. */
  ids: string[];
  /** Well-formed ids beyond the first COMPARE_MAX, left out. */
  tooMany: string[];
  /** Values that cannot be the id of a practice (capitals, spaces, other signs), left out. */
  invalid: string[];
}

/**
 * The choice in an address's query string ("?p=a&p=b", a URLSearchParams, or a whole URL's
 * `search`): ids in order, doubles dropped, at most COMPARE_MAX, and what was left out and why.
 */
export function parseCompareSelection(search: string | URLSearchParams): CompareSelection {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const seen = new Set<string>();
  const out: CompareSelection = { ids: [], tooMany: [], invalid: [] };
  for (const raw of params.getAll(COMPARE_PARAM)) {
    const value = raw.trim();
    if (!value || seen.has(value)) continue;
    seen.add(value);
    if (!ID_PATTERN.test(value)) out.invalid.push(value);
    else if (out.ids.length < COMPARE_MAX) out.ids.push(value);
    else out.tooMany.push(value);
  }
  return out;
}

/** The compare page with these practices chosen, in this order (doubles once); without ids, the bare page. */
export function compareUrl(ids: readonly string[]): string {
  const params = new URLSearchParams();
  for (const id of new Set(ids)) params.append(COMPARE_PARAM, id);
  return routes.practiceCompareWith(params);
}

/** The address after removing one practice from the choice ("Verwijder uit vergelijking"). */
export function compareUrlWithout(ids: readonly string[], id: string): string {
  return compareUrl(ids.filter((other) => other !== id));
}

/** A link the table may follow: a page of this site, an e-mail address or a phone number. */
const SAFE_HREF = /^(?:\/(?!\/)|mailto:|tel:)/;

const isItem = (v: unknown): v is CompareItem =>
  typeof v === 'object' && v !== null && typeof (v as CompareItem).text === 'string' && ((v as CompareItem).href === undefined || (typeof (v as CompareItem).href === 'string' && SAFE_HREF.test((v as CompareItem).href!)));

/**
 * A practice page's JSON block, checked: the record, or undefined when it is not one (another
 * page, an old page of an earlier build, a broken block). Links other than the site's own pages,
 * mailto: and tel: are refused.
 */
export function readCompareRecord(value: unknown): CompareRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const r = value as Partial<CompareRecord>;
  if (typeof r.id !== 'string' || !ID_PATTERN.test(r.id) || typeof r.title !== 'string' || typeof r.url !== 'string' || !/^\/(?!\/)/.test(r.url)) return undefined;
  if (typeof r.aspects !== 'object' || r.aspects === null) return undefined;
  const aspects = {} as Record<CompareAspect, CompareItem[]>;
  for (const { key } of COMPARE_ASPECTS) {
    const items = (r.aspects as Record<string, unknown>)[key];
    if (!Array.isArray(items) || !items.every(isItem)) return undefined;
    aspects[key] = items.map((i) => (i.href ? { text: i.text, href: i.href } : { text: i.text }));
  }
  return { id: r.id, title: r.title, url: r.url, aspects };
}

/** The cell of one aspect: its lines, or the one line NOT_DESCRIBED (marked `missing`) when there are none. */
export function compareCell(record: CompareRecord, key: CompareAspect): { items: CompareItem[]; missing: boolean } {
  const items = record.aspects[key].filter((i) => i.text.trim() !== '');
  return items.length > 0 ? { items, missing: false } : { items: [{ text: NOT_DESCRIBED }], missing: true };
}

/** Small numbers in words, as B1 texts write them. */
const WORDS = ['geen', 'één', 'twee', 'drie', 'vier', 'vijf'];
const inWords = (n: number) => WORDS[n] ?? String(n);

const quoted = (ids: readonly string[]) => joinDutch(ids.map((id) => `“${id}”`));

/** What went wrong with the choice, each problem as one sentence in plain Dutch; [] when nothing did. */
export function selectionProblems(selection: CompareSelection, missing: readonly string[] = [], failed: readonly string[] = []): string[] {
  const problems: string[] = [];
  const unknown = [...selection.invalid, ...missing];
  if (unknown.length === 1) problems.push(`We vinden geen praktijkvoorbeeld met de naam ${quoted(unknown)}. Misschien is het adres niet goed overgenomen, of staat het voorbeeld niet meer op de site.`);
  else if (unknown.length > 1) problems.push(`We vinden geen praktijkvoorbeelden met de namen ${quoted(unknown)}. Misschien is het adres niet goed overgenomen, of staan de voorbeelden niet meer op de site.`);
  if (failed.length > 0) problems.push(`We konden ${quoted(failed)} nu niet ophalen. Laad de pagina later opnieuw.`);
  if (selection.tooMany.length > 0) {
    problems.push(`Je kunt hoogstens ${inWords(COMPARE_MAX)} praktijkvoorbeelden naast elkaar zetten. We laten ${quoted(selection.tooMany)} weg.`);
  }
  return problems;
}

/** What to do when fewer than COMPARE_MIN practices can be shown; undefined when there are enough. */
export function needMoreText(shown: number): string | undefined {
  if (shown >= COMPARE_MIN) return undefined;
  if (shown === 1) return `Je hebt één praktijkvoorbeeld gekozen. Om te vergelijken heb je er minstens ${inWords(COMPARE_MIN)} nodig. Kies hieronder nog één of meer voorbeelden en klik op “Vergelijk”.`;
  return `Je hebt nog geen praktijkvoorbeelden gekozen. Kies hieronder ${inWords(COMPARE_MIN)} tot ${inWords(COMPARE_MAX)} voorbeelden en klik op “Vergelijk”. Je kunt ook op de pagina van een voorbeeld klikken op “Vergelijk met andere voorbeelden”.`;
}

/** The table's caption: how many practices it puts side by side. */
export function compareCaption(count: number): string {
  return `${inWords(count)} praktijkvoorbeelden naast elkaar`.replace(/^./, (c) => c.toUpperCase());
}
