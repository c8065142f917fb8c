/**
 * "Bedoel je …?": for a query with words the site does not use, the nearest queries made of the
 * site's own words (src/search/vocabulary.ts). Near means few edits (a letter added, left out,
 * changed, or two letters swapped); among words as near, the more frequent wins, and a much more
 * frequent word may beat a nearer rare one only when both are near. Pure, apart from
 * `loadVocabulary`, which fetches the file once per page.
 */
import { routes } from '../routes.ts';
import { searchWords } from './index-text.ts';
import { decodeVocabulary, type Vocabulary } from './vocabulary.ts';

/** How many edits a word of this length may have: none for very short words. */
export function maxEdits(length: number): number {
  if (length <= 3) return 0;
  if (length <= 5) return 1;
  return 2;
}

/**
 * Edit distance with swaps of two neighbouring letters (optimal string alignment), or `limit + 1`
 * as soon as it is sure to be more than `limit`.
 */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const m = a.length;
  const n = b.length;
  let prev2: number[] = [];
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  for (let i = 1; i <= m; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2]! + 1);
      row.push(d);
      if (d < best) best = d;
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[n]!;
}

/** Lower is better: each edit costs 1, a tenfold frequency is worth a third of an edit. */
const score = (edits: number, count: number, sameStart: boolean) => edits - Math.log10(count) / 3 + (sameStart ? 0 : 0.5);

/** The nearest site words to `word`, best first (at most `limit`). */
export function nearestWords(word: string, vocabulary: Vocabulary, limit = 3): string[] {
  const edits = maxEdits(word.length);
  if (edits === 0) return [];
  const found: { word: string; score: number }[] = [];
  for (let length = word.length - edits; length <= word.length + edits; length++) {
    for (const candidate of vocabulary.byLength.get(length) ?? []) {
      const d = editDistance(word, candidate, edits);
      if (d === 0 || d > edits) continue;
      found.push({ word: candidate, score: score(d, vocabulary.counts.get(candidate) ?? 1, candidate[0] === word[0]) });
    }
  }
  return found
    .sort((a, b) => a.score - b.score || (a.word < b.word ? -1 : 1))
    .slice(0, limit)
    .map((f) => f.word);
}

/**
 * Queries to offer instead of `query`, best first: each word the site does not have replaced by a
 * near site word. [] when every word is known or none has a near word.
 */
export function suggest(query: string, vocabulary: Vocabulary, limit = 3): string[] {
  const words = searchWords(query);
  const options = words.map((word) => (vocabulary.counts.has(word) || /^\p{N}+$/u.test(word) ? [] : nearestWords(word, vocabulary, limit)));
  if (options.every((o) => o.length === 0)) return [];
  const suggestions: string[] = [];
  for (let rank = 0; rank < limit; rank++) {
    // The rank-th choice for each unknown word (or its best, if it has fewer), the known words kept.
    const choice = words.map((word, i) => (options[i]!.length ? (options[i]![rank] ?? options[i]![0]!) : word)).join(' ');
    if (!suggestions.includes(choice)) suggestions.push(choice);
  }
  return suggestions;
}

let loading: Promise<Vocabulary> | undefined;

/** Fetch the site's vocabulary once per page; a failed load may be tried again. */
export function loadVocabulary(): Promise<Vocabulary> {
  loading ??= (async () => {
    const response = await fetch(routes.searchVocabulary);
    if (!response.ok) throw new Error(`${routes.searchVocabulary}: HTTP ${response.status}`);
    return decodeVocabulary(await response.text());
  })().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
