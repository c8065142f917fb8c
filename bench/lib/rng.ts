/** A small seeded PRNG (mulberry32) with the helpers the generator needs: same seed, same content. */
export interface Rng {
  next(): number;
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(list: readonly T[]): T;
  sample<T>(list: readonly T[], k: number): T[];
  shuffle<T>(list: readonly T[]): T[];
  /** An index 0..n-1 drawn from a Zipf-like distribution (index 0 the most frequent). */
  zipf(n: number, s?: number): number;
}

export function createRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const zipfTables = new Map<string, Float64Array>();
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => {
      if (list.length === 0) throw new Error('pick from an empty list');
      return list[Math.floor(next() * list.length)]!;
    },
    sample: (list, k) => rng.shuffle(list).slice(0, Math.max(0, Math.min(k, list.length))),
    shuffle: (list) => {
      const copy = [...list];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy;
    },
    zipf: (n, s = 1) => {
      const key = `${n}:${s}`;
      let cdf = zipfTables.get(key);
      if (!cdf) {
        cdf = new Float64Array(n);
        let sum = 0;
        for (let i = 0; i < n; i++) cdf[i] = sum += 1 / Math.pow(i + 1, s);
        for (let i = 0; i < n; i++) cdf[i]! /= sum;
        zipfTables.set(key, cdf);
      }
      const u = next();
      let lo = 0;
      let hi = n - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cdf[mid]! < u) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
  return rng;
}
