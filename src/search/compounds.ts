/**
 * Parts of compound words, found with the site's own vocabulary instead of a language list that would
 * need upkeep: "toekomstplan" is "toekomst" + "plan" when both occur on the site as words of their own.
 * Pagefind matches whole words and their beginnings, so "toekomst" already finds "toekomstplan";
 * "plan", "arrangement" or "aanwezigheid" (the end or middle of a compound) it does not. The build
 * adds the parts to the page as hidden, lower-weight text (src/search/search-terms.ts).
 *
 * A word is split only when it can be read completely as known parts, each at least MIN_PART letters,
 * optionally joined by the Dutch linking "s" or "e" ("samenwerking-s-verband"), the last part
 * optionally inflected (+ "en", "s", "e", "n": "zorg-arrangementen"). Every part of every such reading
 * counts: "jeugdhulparrangement" gives "jeugdhulp", "jeugd", "hulp" and "arrangement".
 */

/** Shorter parts match too much ("werk" yes, "kind" yes, "ding" in "opleiding" no). */
export const MIN_PART = 4;
const LINKS = ['s', 'e'];
const ENDINGS = ['en', 's', 'e', 'n'];

/** Dutch writes a final f or s as v or z before an ending: "intensief" → "intensieve", "huis" → "huizen". */
function alternated(part: string): string {
  const last = part[part.length - 1];
  return last === 'v' ? `${part.slice(0, -1)}f` : last === 'z' ? `${part.slice(0, -1)}s` : part;
}

/**
 * The parts of `word` (lower case), in the order they occur, without duplicates; [] when it is not a
 * compound of known words. `isWord` says whether a word occurs on the site on its own; `isPrefix`,
 * when given, whether any site word starts with these letters (it only makes the search faster).
 */
export function compoundParts(word: string, isWord: (w: string) => boolean, minPart = MIN_PART, isPrefix?: (w: string) => boolean): string[] {
  const n = word.length;
  if (n < 2 * minPart) return [];
  // steps[i]: the known parts that may start at i and leave a readable rest (readable[rest]).
  // Filled from the end of the word: a part may end the word (with or without an inflection), or be
  // followed by a readable rest directly or after a linking letter.
  const readable: boolean[] = new Array(n + 1).fill(false);
  readable[n] = true;
  const steps: [number, number][][] = Array.from({ length: n }, () => []);
  for (let i = n - minPart; i >= 0; i--) {
    for (let j = i + minPart; j <= n; j++) {
      if (i === 0 && j === n) continue; // the word itself is not a part
      const part = word.slice(i, j);
      // No site word starts like this (nor, for "intensiev", like "intensief"): no longer part will be one.
      if (isPrefix && !isPrefix(part) && !isPrefix(alternated(part))) break;
      const known = isWord(part);
      // "intensiev" is not a word, but "intensief" is: it may end the word before "e" or "en".
      const altered = !known && i > 0 && (word.slice(j) === 'e' || word.slice(j) === 'en') && isWord(alternated(part));
      if (!known && !altered) continue;
      // [where the part ends (with its inflection, at the end), where the rest starts]
      const next: [number, number][] = [];
      if (altered) next.push([n, n]);
      else if (j === n) next.push([n, n]);
      else {
        if (readable[j]) next.push([j, j]);
        if (LINKS.includes(word[j]!) && j + 1 < n && readable[j + 1]) next.push([j, j + 1]);
        if (i > 0 && ENDINGS.includes(word.slice(j))) next.push([n, n]);
      }
      steps[i]!.push(...next);
      if (next.length) readable[i] = true;
    }
  }
  if (!readable[0]) return [];
  // Walk every reading from the start and collect its parts.
  const parts = new Map<string, number>();
  const reached = new Set<number>([0]);
  for (let i = 0; i < n; i++) {
    if (!reached.has(i)) continue;
    for (const [end, rest] of steps[i]!) {
      const part = word.slice(i, end);
      if (!parts.has(part)) parts.set(part, i);
      if (rest < n) reached.add(rest);
    }
  }
  return [...parts.entries()].sort((a, b) => a[1] - b[1] || b[0].length - a[0].length).map(([p]) => p);
}
