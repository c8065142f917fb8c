/**
 * "Vergelijkbare initiatieven": for each practice, the other practices that resemble it most.
 *
 * Score: the weights of what two practices share, added up —
 *   each shared theme  3  (what it is about: the strongest sign)
 *   each shared advice 2  (which of the seven advices it puts into practice)
 *   each shared sector 1
 *   each shared age group 1
 *   the same province  1  (a small bonus: people look for similar initiatives all over the country)
 * A practice that shares nothing scores 0 and is never shown. Ties: higher score first, then the
 * newest (updated, else published), then the id — so the order is the same on every build.
 *
 * Scale: no comparison of all pairs. An inverted index (feature → practices, each list in tie-break
 * order) is built once per build. For a practice, only the practices in the lists of its own
 * features are candidates; each candidate is scored once (its features against the practice's).
 * The lists are walked heaviest feature first (and, among equals, the shortest list first), and the
 * walk stops as soon as no practice not yet seen could still enter the top 5 (everything it could
 * share is in the lists not yet walked, and their weights add up to less than the 5th score), or
 * after MAX_CANDIDATES (500) candidates. Up to that many candidates the result is exact; beyond it
 * (only with many hundreds of practices on one theme), the best of the newest candidates that share
 * the heaviest features is shown. The work per practice is therefore bounded, whatever the number of
 * practices: with 10,000 practices at most 10,000 × MAX_CANDIDATES scores, instead of 10,000².
 */
import type { Practice, Site } from './content.ts';

export const WEIGHTS = { theme: 3, advice: 2, sector: 1, ageGroup: 1, province: 1 } as const;

/** How many similar practices a page shows. */
export const MAX_SIMILAR = 5;

/** At most this many candidates are scored for one practice. */
export const MAX_CANDIDATES = 500;

/** What the score looks at: plain data, so it can be tested without Astro. */
export interface SimilarityItem {
  id: string;
  themes: readonly string[];
  advice: readonly string[];
  sectors: readonly string[];
  ageGroups: readonly string[];
  province: string;
  /** YYYY-MM-DD: updated, else published. The newer wins a tie. */
  date: string;
}

export interface Similar {
  id: string;
  score: number;
}

/** Work done, for tests: `scored` candidates scored, `visited` index entries read. */
export interface SimilarityStats {
  scored: number;
  visited: number;
}

interface Feature {
  key: string;
  weight: number;
}

export interface SimilarityIndex {
  items: readonly SimilarityItem[];
  /** Position of each item in tie-break order (newest first, then id). */
  rank: Int32Array;
  byId: Map<string, number>;
  /** Each item's features as feature numbers, without duplicates. */
  features: Int32Array[];
  /** Weight of each feature number. */
  weight: Int32Array;
  /** Feature number → item indices, in tie-break order: the inverted index. */
  postings: Int32Array[];
  /** Scratch space for a query, reused (O(features + items) once, not per query). */
  scratch: { mine: Int32Array; seen: Int32Array; stamp: number };
}

/** The features of an item, each once, with its weight. */
export function featuresOf(item: SimilarityItem): Feature[] {
  const seen = new Map<string, number>();
  const add = (key: string, weight: number) => {
    if (!seen.has(key)) seen.set(key, weight);
  };
  for (const t of item.themes) add(`thema:${t}`, WEIGHTS.theme);
  for (const a of item.advice) add(`advies:${a}`, WEIGHTS.advice);
  for (const s of item.sectors) add(`sector:${s}`, WEIGHTS.sector);
  for (const g of item.ageGroups) add(`leeftijd:${g}`, WEIGHTS.ageGroup);
  add(`provincie:${item.province}`, WEIGHTS.province);
  return [...seen].map(([key, weight]) => ({ key, weight }));
}

/** The score of two items (what they share, weighted). Symmetric; 0 when they share nothing. */
export function similarityScore(a: SimilarityItem, b: SimilarityItem): number {
  const mine = new Map(featuresOf(a).map((f) => [f.key, f.weight]));
  let score = 0;
  for (const f of featuresOf(b)) score += mine.get(f.key) ?? 0;
  return score;
}

/** Newest first, then by id: the tie-break order, also the order of every posting list. */
function tieBreak(a: SimilarityItem, b: SimilarityItem): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Build the inverted index: O(total number of features), plus one sort of the items. */
export function buildSimilarityIndex(items: readonly SimilarityItem[]): SimilarityIndex {
  const order = items.map((_, i) => i).sort((i, j) => tieBreak(items[i]!, items[j]!));
  const rank = new Int32Array(items.length);
  order.forEach((i, position) => (rank[i] = position));
  // Feature keys become numbers, so a query works on typed arrays, not strings.
  const number = new Map<string, number>();
  const weights: number[] = [];
  const features = items.map((item) =>
    Int32Array.from(featuresOf(item), ({ key, weight }) => {
      let n = number.get(key);
      if (n === undefined) {
        n = weights.length;
        number.set(key, n);
        weights.push(weight);
      }
      return n;
    }),
  );
  const lists: number[][] = weights.map(() => []);
  for (const i of order) for (const f of features[i]!) lists[f]!.push(i);
  return {
    items,
    rank,
    byId: new Map(items.map((item, i) => [item.id, i])),
    features,
    weight: Int32Array.from(weights),
    postings: lists.map((list) => Int32Array.from(list)),
    scratch: { mine: new Int32Array(weights.length), seen: new Int32Array(items.length), stamp: 0 },
  };
}

/**
 * The practices most similar to one, best first: at most `limit`, only ones that share something.
 * Looks candidates up through the index; never scans all items.
 */
export function similarTo(
  index: SimilarityIndex,
  id: string,
  options: { limit?: number; maxCandidates?: number; stats?: SimilarityStats } = {},
): Similar[] {
  const { limit = MAX_SIMILAR, maxCandidates = MAX_CANDIDATES, stats } = options;
  const self = index.byId.get(id);
  if (self === undefined || limit <= 0) return [];
  const { weight, postings, rank, features, scratch } = index;
  const { mine, seen } = scratch;
  const stamp = ++scratch.stamp;
  const own = features[self]!;
  for (const f of own) mine[f] = weight[f]!;
  seen[self] = stamp;
  // Heaviest first; among equal weights the shortest list first (fewest candidates for the most certainty).
  const walk = [...own].sort((a, b) => weight[b]! - weight[a]! || postings[a]!.length - postings[b]!.length || a - b);
  let remaining = walk.reduce((sum, f) => sum + weight[f]!, 0);

  /** Best first: score desc, then rank asc. */
  const top: { i: number; score: number }[] = [];
  let scored = 0;
  let visited = 0;

  outer: for (const feature of walk) {
    // A practice not seen yet shares at most the features not walked yet.
    if (top.length >= limit && top[limit - 1]!.score > remaining) break;
    const list = postings[feature]!;
    for (let k = 0; k < list.length; k++) {
      const i = list[k]!;
      visited += 1;
      if (seen[i] === stamp) continue;
      if (scored >= maxCandidates) break outer;
      seen[i] = stamp;
      scored += 1;
      const theirs = features[i]!;
      let score = 0;
      for (let k2 = 0; k2 < theirs.length; k2++) score += mine[theirs[k2]!]!;
      if (top.length >= limit) {
        const last = top[limit - 1]!;
        if (score < last.score || (score === last.score && rank[i]! > rank[last.i]!)) continue;
      }
      let at = top.length;
      while (at > 0 && (score > top[at - 1]!.score || (score === top[at - 1]!.score && rank[i]! < rank[top[at - 1]!.i]!))) at -= 1;
      top.splice(at, 0, { i, score });
      if (top.length > limit) top.pop();
    }
    remaining -= weight[feature]!;
  }
  for (const f of own) mine[f] = 0;
  if (stats) {
    stats.scored += scored;
    stats.visited += visited;
  }
  return top.map(({ i, score }) => ({ id: index.items[i]!.id, score }));
}

/** A practice as the score sees it. */
export function similarityItem(p: Practice): SimilarityItem {
  const d = p.data;
  return {
    id: p.id,
    themes: d.themes,
    advice: d.advice.map((a) => a.advice),
    sectors: d.sectors,
    ageGroups: d.ageGroups,
    province: d.province,
    date: d.updated ?? d.published,
  };
}

let cached: { site: Site; index: SimilarityIndex; results: Map<string, Practice[]> } | undefined;

/**
 * The practices most similar to a practice, for its page. The index is built once per build (per
 * site object, which getSite() loads once) and each practice's list is computed once.
 */
export function similarPractices(site: Site, id: string): Practice[] {
  if (cached?.site !== site) cached = { site, index: buildSimilarityIndex(site.practices.map(similarityItem)), results: new Map() };
  const { index, results } = cached;
  let result = results.get(id);
  if (!result) {
    result = similarTo(index, id).flatMap((s) => site.byId.practices.get(s.id) ?? []);
    results.set(id, result);
  }
  return result;
}
