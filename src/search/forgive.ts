/**
 * Search that forgives, in the browser (issue 17), without the DOM:
 * - "Bedoel je …?": when a query finds little, a suggestion from suggest.ts replaces only the words
 *   that changed, so the other words stay as they were typed (`rewriteQuery`);
 * - more words than the text has: when all words together find nothing, the pages that have the
 *   most of them (`mostWords`), from one search per word (one extra round of Pagefind searches);
 * - a page found only through its hidden search terms (src/search/search-terms.ts) shows its
 *   summary, not an excerpt of those hidden words (`matchedOnlyHidden`).
 */
import { SEARCH_TERM_WEIGHTS, searchWords } from './index-text.ts';

/** At or below this many results, the page offers "Bedoel je …?" (and only then loads the vocabulary). */
export const FEW_RESULTS = 2;

export const wantsSuggestion = (count: number): boolean => count <= FEW_RESULTS;

const WORD = /[\p{L}\p{N}]+/gu;

/**
 * The query as typed, with each word that the suggestion changed replaced by the suggestion's word
 * ("Girfek  Enschede" + "girfec enschede" → "girfec  Enschede"). When the words do not line up
 * (another number of words), the suggestion itself.
 */
export function rewriteQuery(query: string, suggestion: string): string {
  const typed = [...query.normalize('NFC').matchAll(WORD)];
  const wanted = searchWords(suggestion);
  if (typed.length !== wanted.length) return wanted.join(' ');
  let out = '';
  let last = 0;
  const source = query.normalize('NFC');
  typed.forEach((match, i) => {
    const word = match[0];
    out += source.slice(last, match.index) + (word.toLowerCase() === wanted[i] ? word : wanted[i]!);
    last = match.index + word.length;
  });
  return (out + source.slice(last)).trim();
}

/** The words to search one by one: each once, in the order typed. Fewer than two: nothing to drop. */
export function separateWords(query: string): string[] {
  return [...new Set(searchWords(query))];
}

/** The pages one word finds, best first (Pagefind's ranking). */
export interface WordHits {
  word: string;
  ids: readonly string[];
}

export interface MostWords {
  /** The pages with the most of the words, best first. */
  ids: string[];
  /** How many of the words each of these pages has. */
  matched: number;
  /** How many different words the query has. */
  of: number;
  /** Per page: the word whose search found it best (its excerpt shows that word). */
  via: Map<string, string>;
}

/**
 * The pages that have the most of the words, when no page has them all. Among pages with as many
 * words, a page with rarer words ranks first (a word on every page says little), then the page
 * Pagefind ranked higher for its words. Null when no page has more than one word of a query of
 * three or more words (too little in common to call it a match), or when nothing was found.
 */
export function mostWords(hits: readonly WordHits[]): MostWords | null {
  if (hits.length < 2) return null;
  const pages = new Map<string, { words: number; rarity: number; rank: number; via: string; viaRarity: number }>();
  for (const { word, ids } of hits) {
    if (ids.length === 0) continue;
    const rarity = 1 / ids.length;
    ids.forEach((id, rank) => {
      const page = pages.get(id) ?? { words: 0, rarity: 0, rank: 0, via: word, viaRarity: -1 };
      page.words += 1;
      page.rarity += rarity;
      page.rank += rank;
      if (rarity > page.viaRarity) {
        page.via = word;
        page.viaRarity = rarity;
      }
      pages.set(id, page);
    });
  }
  const max = Math.max(0, ...[...pages.values()].map((p) => p.words));
  if (max === 0 || (max === 1 && hits.length >= 3)) return null;
  const best = [...pages.entries()]
    .filter(([, p]) => p.words === max)
    .sort(([a, pa], [b, pb]) => pb.rarity - pa.rarity || pa.rank - pb.rank || (a < b ? -1 : 1));
  return { ids: best.map(([id]) => id), matched: max, of: hits.length, via: new Map(best.map(([id, p]) => [id, p.via])) };
}

/** What the page says above such results, in B1. */
export function mostWordsText(found: Pick<MostWords, 'matched' | 'of'>): string {
  return `Geen pagina heeft al deze woorden. Dit zijn pagina's met de meeste ervan: ${found.matched} van de ${found.of} woorden.`;
}

/** A search result's match locations, as Pagefind gives them. */
export interface MatchLocations {
  weighted_locations?: readonly { weight: number }[];
}

/** Pagefind keeps a weight in steps of 1/24 (0.6 becomes 14/24, 0.05 becomes 1/24). */
const WEIGHT_STEPS = 24;
const HIDDEN_STEPS = new Set(Object.values(SEARCH_TERM_WEIGHTS).map((w) => Math.round(w * WEIGHT_STEPS)));

/**
 * Whether the page matched only through the hidden search terms (none of the words is in its own
 * text): every match has the weight of a kind of hidden term. Its excerpt would be made of those
 * hidden words. (Pagefind gives parts of a hyphenated word of the page's own text other weights
 * below 1, so "below 1" alone would not do.)
 */
export function matchedOnlyHidden(data: MatchLocations): boolean {
  const locations = data.weighted_locations ?? [];
  return locations.length > 0 && locations.every((l) => l.weight < 1 && HIDDEN_STEPS.has(Math.round(l.weight * WEIGHT_STEPS)));
}

/** "Bedoel je: girfec?" for the live region (several: "girfec, gerfec of girafe"). */
export function suggestionText(options: readonly string[]): string {
  if (options.length === 0) return '';
  const list = options.length === 1 ? options[0] : `${options.slice(0, -1).join(', ')} of ${options.at(-1)}`;
  return `Bedoel je: ${list}?`;
}
