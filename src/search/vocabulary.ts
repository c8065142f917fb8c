/**
 * The site's vocabulary: every word of the indexed text (with the search terms the build adds) and
 * how often it occurs. The build writes it beside the search page (routes.searchVocabulary) for
 * "Bedoel je …?" (src/search/suggest.ts); the browser fetches it only when a search finds little.
 *
 * The file is plain text, one line per frequency, most frequent first: "<count> word word …". Words
 * of 3 to 30 letters with at least one letter in them (no numbers), at most VOCABULARY_LIMIT of them:
 * the rarest are left out first (a typo is nearly always of a word people know).
 */

export const VOCABULARY_LIMIT = 10_000;
const MIN_LENGTH = 3;
const MAX_LENGTH = 30;

export type WordCounts = Map<string, number>;

export function countWords(counts: WordCounts, words: Iterable<string>): void {
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
}

/** Count each of `words` once less (a word at zero leaves). */
export function uncountWords(counts: WordCounts, words: Iterable<string>): void {
  for (const word of words) {
    const left = (counts.get(word) ?? 0) - 1;
    if (left > 0) counts.set(word, left);
    else counts.delete(word);
  }
}

/** Add the counts of `counts` to `into`. */
export function addCounts(into: WordCounts, counts: WordCounts): void {
  for (const [word, count] of counts) into.set(word, (into.get(word) ?? 0) + count);
}

const keep = (word: string) => word.length >= MIN_LENGTH && word.length <= MAX_LENGTH && /\p{L}/u.test(word);

/** The vocabulary file for these counts. */
export function encodeVocabulary(counts: WordCounts, limit = VOCABULARY_LIMIT): string {
  const words = [...counts].filter(([word]) => keep(word));
  words.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const lines: string[] = [];
  let line: string[] = [];
  let current = -1;
  for (const [word, count] of words.slice(0, limit)) {
    if (count !== current) {
      if (line.length) lines.push(`${current} ${line.join(' ')}`);
      line = [];
      current = count;
    }
    line.push(word);
  }
  if (line.length) lines.push(`${current} ${line.join(' ')}`);
  return lines.length ? `${lines.join('\n')}\n` : '';
}

export interface Vocabulary {
  /** Word → how often it occurs on the site. */
  counts: WordCounts;
  /** The words by length, for looking up near words quickly. */
  byLength: Map<number, string[]>;
}

/** Read a vocabulary file (encodeVocabulary); lines it cannot read are skipped. */
export function decodeVocabulary(text: string): Vocabulary {
  const counts: WordCounts = new Map();
  const byLength = new Map<number, string[]>();
  for (const line of text.split('\n')) {
    const [head, ...words] = line.trim().split(' ');
    const count = Number(head);
    if (!Number.isInteger(count) || count < 1) continue;
    for (const word of words) {
      if (!word) continue;
      counts.set(word, count);
      const list = byLength.get(word.length);
      if (list) list.push(word);
      else byLength.set(word.length, [word]);
    }
  }
  return { counts, byLength };
}
