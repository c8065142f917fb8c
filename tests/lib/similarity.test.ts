/**
 * "Vergelijkbare initiatieven" (src/lib/similarity.ts): the scoring, the order, and that candidates
 * come only from the inverted index, so 10,000 practices need no comparison of all pairs.
 */
import { describe, expect, test } from 'vitest';
import {
  MAX_CANDIDATES,
  MAX_SIMILAR,
  WEIGHTS,
  buildSimilarityIndex,
  similarTo,
  similarityScore,
  type SimilarityItem,
  type SimilarityStats,
} from '../../src/lib/similarity.ts';

const item = (id: string, over: Partial<SimilarityItem> = {}): SimilarityItem => ({
  id,
  themes: [],
  advice: [],
  sectors: [],
  ageGroups: [],
  province: `nergens-${id}`, // a province of its own: shares nothing unless told
  date: '2020-01-01',
  ...over,
});

const base = item('basis', {
  themes: ['thuiszitters', 'passend-onderwijs'],
  advice: ['verbreden-van-teams'],
  sectors: ['po', 'vo'],
  ageGroups: ['4-12'],
  province: 'overijssel',
  date: '2020-01-01',
});

describe('the score', () => {
  test('adds up the documented weights of what two practices share', () => {
    const other = item('ander', { themes: ['thuiszitters'], advice: ['verbreden-van-teams'], sectors: ['vo', 'mbo'], ageGroups: ['12-18'], province: 'overijssel' });
    expect(similarityScore(base, other)).toBe(WEIGHTS.theme + WEIGHTS.advice + WEIGHTS.sector + WEIGHTS.province);
    expect(similarityScore(other, base)).toBe(similarityScore(base, other));
  });

  test('counts a value listed twice once', () => {
    const twice = item('twee', { themes: ['thuiszitters', 'thuiszitters'] });
    expect(similarityScore(base, twice)).toBe(WEIGHTS.theme);
  });

  test('is 0 for practices that share nothing', () => {
    expect(similarityScore(base, item('los', { themes: ['iets-anders'], sectors: ['mbo'] }))).toBe(0);
  });
});

describe('similar practices', () => {
  const identical = item('identiek', { ...base, id: 'identiek', date: '2010-01-01' }); // old, yet first
  const themeOnly = item('thema', { themes: ['thuiszitters'], date: '2024-01-01' });
  const provinceOnly = item('provincie', { province: 'overijssel', date: '2025-01-01' });
  const ageOnly = item('leeftijd', { ageGroups: ['4-12'], date: '2023-01-01' });
  const lonely = item('niets-gemeen', { themes: ['iets-anders'], advice: ['ander-advies'], sectors: ['mbo'], ageGroups: ['18-27'], province: 'limburg', date: '2026-01-01' });
  const items = [base, themeOnly, lonely, provinceOnly, identical, ageOnly];
  const index = buildSimilarityIndex(items);

  test('an identical practice ranks first, even when it is the oldest', () => {
    const result = similarTo(index, 'basis');
    expect(result[0]).toEqual({ id: 'identiek', score: similarityScore(base, base) });
  });

  test('a practice that shares nothing never appears, not even to fill the list', () => {
    const result = similarTo(index, 'basis');
    expect(result.map((r) => r.id)).not.toContain('niets-gemeen');
    expect(result.length).toBe(4); // everyone else shares something
    expect(similarTo(index, 'niets-gemeen')).toEqual([]);
  });

  test('never the practice itself', () => {
    for (const { id } of items) expect(similarTo(index, id).map((r) => r.id)).not.toContain(id);
  });

  test('ties: the higher score, then the newest, then the id', () => {
    // "provincie" (2025) and "leeftijd" (2023) both score 1: the newer goes first.
    expect(similarTo(index, 'basis').map((r) => r.id)).toEqual(['identiek', 'thema', 'provincie', 'leeftijd']);
    const sameDay = buildSimilarityIndex([
      item('x', { themes: ['t'] }),
      item('c', { themes: ['t'], date: '2021-05-05' }),
      item('a', { themes: ['t'], date: '2021-05-05' }),
      item('b', { themes: ['t'], date: '2021-05-05' }),
    ]);
    expect(similarTo(sameDay, 'x').map((r) => r.id)).toEqual(['a', 'b', 'c']);
  });

  test('deterministic: the same result whatever the order of the input', () => {
    const shuffled = buildSimilarityIndex([...items].reverse());
    for (const { id } of items) expect(similarTo(shuffled, id)).toEqual(similarTo(index, id));
  });

  test(`at most ${MAX_SIMILAR}, and at least 3 wherever 3 others share something`, () => {
    const many = buildSimilarityIndex([base, ...Array.from({ length: 12 }, (_, i) => item(`p${i}`, { themes: ['thuiszitters'], date: `2020-01-${String(i + 1).padStart(2, '0')}` }))]);
    expect(similarTo(many, 'basis')).toHaveLength(MAX_SIMILAR);
    const three = buildSimilarityIndex([base, themeOnly, provinceOnly, ageOnly, lonely]);
    expect(similarTo(three, 'basis')).toHaveLength(3);
  });

  test('an unknown id gives nothing', () => {
    expect(similarTo(index, 'bestaat-niet')).toEqual([]);
  });
});

describe('candidates come only from the index', () => {
  test('practices that share nothing are never scored', () => {
    const strangers = Array.from({ length: 500 }, (_, i) => item(`vreemd-${i}`, { themes: [`ander-${i % 7}`], sectors: ['mbo'] }));
    const friends = [item('vriend-1', { themes: ['thuiszitters'] }), item('vriend-2', { advice: ['verbreden-van-teams'] })];
    const index = buildSimilarityIndex([base, ...strangers, ...friends]);
    const stats: SimilarityStats = { scored: 0, visited: 0 };
    const result = similarTo(index, 'basis', { stats });
    expect(result.map((r) => r.id).sort()).toEqual(['vriend-1', 'vriend-2']);
    expect(stats.scored).toBe(2); // not 502: the strangers are in no list of basis's features
    // Read: basis itself once in the list of each of its 7 features, and the two friends.
    expect(stats.visited).toBe(7 + 2);
  });

  test('stops early when nothing unseen can still enter the top 5', () => {
    // Six practices identical to basis, and 300 that share only the age group (weight 1).
    const twins = Array.from({ length: 6 }, (_, i) => item(`tweeling-${i}`, { ...base, id: `tweeling-${i}` }));
    const weak = Array.from({ length: 300 }, (_, i) => item(`zwak-${i}`, { ageGroups: ['4-12'] }));
    const index = buildSimilarityIndex([base, ...weak, ...twins]);
    const stats: SimilarityStats = { scored: 0, visited: 0 };
    expect(similarTo(index, 'basis', { stats }).map((r) => r.score)).toEqual(Array(5).fill(similarityScore(base, base)));
    expect(stats.scored).toBe(6); // the weak ones are never looked at
  });
});

/** A small seeded random generator (mulberry32), so the synthetic set is the same on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function synthetic(n: number): SimilarityItem[] {
  const rnd = random(42);
  const pick = (values: string[], min: number, max: number) => {
    const count = min + Math.floor(rnd() * (max - min + 1));
    return Array.from({ length: count }, () => values[Math.floor(rnd() * values.length)]!);
  };
  const themes = Array.from({ length: 17 }, (_, i) => `thema-${i}`);
  const advice = Array.from({ length: 7 }, (_, i) => `advies-${i}`);
  const sectors = ['kinderopvang', 'po', 'vo', 'mbo', 'so-vso', 'sbo', 'pro', 'jeugdhulp', 'jgz', 'gemeente'];
  const ages = ['0-4', '4-12', '12-18', '18-27'];
  const provinces = Array.from({ length: 12 }, (_, i) => `provincie-${i}`);
  return Array.from({ length: n }, (_, i) => ({
    id: `praktijk-${String(i).padStart(5, '0')}`,
    themes: pick(themes, 1, 3),
    advice: pick(advice, 1, 2),
    sectors: pick(sectors, 1, 3),
    ageGroups: pick(ages, 1, 2),
    province: provinces[Math.floor(rnd() * provinces.length)]!,
    date: `20${String(10 + Math.floor(rnd() * 16))}-0${1 + Math.floor(rnd() * 9)}-1${Math.floor(rnd() * 9)}`,
  }));
}

function runAll(items: SimilarityItem[]) {
  const index = buildSimilarityIndex(items);
  const stats: SimilarityStats = { scored: 0, visited: 0 };
  let shown = 0;
  for (const { id } of items) shown += similarTo(index, id, { stats }).length;
  return { stats, shown };
}

describe('scale: 10,000 synthetic practices', () => {
  test('no quadratic work: the scores per practice are bounded, and grow linearly with the set', () => {
    const n = 10_000;
    const big = runAll(synthetic(n));
    const quarter = runAll(synthetic(n / 4));
    expect(big.shown).toBe(n * MAX_SIMILAR); // everyone has five
    // All pairs would be n × (n − 1) ≈ 100 million scores.
    expect(big.stats.scored).toBeLessThanOrEqual(n * MAX_CANDIDATES);
    expect(big.stats.scored).toBeLessThan((n * (n - 1)) / 10);
    // Four times the practices, at most about four times the work (quadratic would be sixteen).
    expect(big.stats.scored / quarter.stats.scored).toBeLessThan(4.5);
    // Index entries read: per list walked at most the candidates seen so far plus the new ones.
    expect(big.stats.visited).toBeLessThanOrEqual(n * 12 * (2 * MAX_CANDIDATES + 1));
  });
});
