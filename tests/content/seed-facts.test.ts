/**
 * The checklist of the seeds' facts (tests/content/seed-facts.yml): every fact names the entries
 * that state it, and every figure of the fact must be in each of them. A listed entry that is
 * removed, or a figure that is changed or dropped, fails here. Where the seeds are on this machine
 * (see tests/support/seeds.ts), every quote must also be in its seed and hold the fact's figures,
 * so a figure cannot drift from its seed sentence.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../support/paths.ts';
import { normalise, SEEDS_DIR } from '../support/seeds.ts';
import { collectionNames } from '../../src/model/index.ts';

interface Fact {
  section: string;
  quote: string;
  entries?: string[];
  figures?: string[];
  skip?: string;
  note?: string;
}
interface Seed {
  seed: string;
  title: string;
  facts: Fact[];
}

export const CHECKLIST = join(PROJECT_ROOT, 'tests/content/seed-facts.yml');
const seeds = YAML.parse(readFileSync(CHECKLIST, 'utf8')) as Seed[];

/** Numbers in words, as the seeds and the pages write them, both ways. */
const WORDS: Record<string, string> = {
  een: '1', twee: '2', drie: '3', vier: '4', vijf: '5', zes: '6', zeven: '7', acht: '8', negen: '9', tien: '10',
  twaalf: '12', dertien: '13', veertien: '14', vijftien: '15', twintig: '20', vijfentwintig: '25', dertig: '30', zestig: '60', negentig: '90',
};

/** Whether `text` (normalised) holds the figure, in digits or in words. */
export function hasFigure(text: string, figure: string): boolean {
  const f = normalise(figure);
  const forms = new Set([f]);
  if (WORDS[f]) forms.add(WORDS[f]!);
  for (const [word, digits] of Object.entries(WORDS)) if (digits === f) forms.add(word);
  return [...forms].some((form) =>
    /^\d+$/.test(form) ? new RegExp(`(?<!\\d)${form}(?!\\d)`).test(text) : new RegExp(`(?<![\\p{L}])${form}`, 'u').test(text),
  );
}

function entryText(ref: string): string | undefined {
  const [collection, id] = ref.split('/');
  if (!collection || !id || !(collectionNames as string[]).includes(collection)) return undefined;
  for (const ext of ['md', 'mdx']) {
    const file = join(PROJECT_ROOT, 'content', collection, `${id}.${ext}`);
    if (existsSync(file)) return normalise(readFileSync(file, 'utf8'));
  }
  return undefined;
}

const facts = seeds.flatMap((s) => s.facts.map((fact, i) => ({ seed: s.seed, n: i + 1, fact })));

describe('the checklist itself', () => {
  test('covers all five seeds and the public facts beside them', () => {
    expect(seeds.map((s) => s.seed).sort()).toEqual([
      '000_674d70b85da21a39.txt',
      '001_90d59115796acb66.txt',
      '002_d80eb6d1673b8978.txt',
      '003_3d2f4bcab4b14919.txt',
      '004_c2b21834bdae395b.txt',
      'README.md',
    ]);
    for (const s of seeds) expect(s.facts.length, s.seed).toBeGreaterThanOrEqual(s.seed === "README.md" ? 3 : 10);
  });

  test('every fact is either on the site (with its entries) or skipped with a reason', () => {
    for (const { seed, n, fact } of facts) {
      const where = `${seed} #${n} (${fact.section})`;
      expect(Boolean(fact.skip) !== Boolean(fact.entries?.length), `${where}: entries or skip, not both or neither`).toBe(true);
    }
  });

  test('hasFigure reads digits and words alike, and not inside other numbers', () => {
    expect(hasFigure(normalise('ruim 200.000 kinderen'), '200.000')).toBe(true);
    expect(hasFigure(normalise('in 3 communities'), 'drie')).toBe(true);
    expect(hasFigure(normalise('drie procesbegeleiders'), '3')).toBe(true);
    expect(hasFigure(normalise('van 4% tot 90%'), '40')).toBe(false);
    expect(hasFigure(normalise('1 tot 69'), '6')).toBe(false);
    expect(hasFigure(normalise('een vijftiental scholen'), 'vijftien')).toBe(true);
  });
});

describe.each(facts.filter((f) => f.fact.entries).map((f) => [`${f.seed} #${f.n}: ${f.fact.section}`, f.fact] as const))('%s', (_, fact) => {
  test.each(fact.entries!)('%s exists and states the figures', (ref) => {
    const text = entryText(ref);
    expect(text, `${ref} staat in de checklist maar bestaat niet (content/${ref}.md)`).toBeDefined();
    for (const figure of fact.figures ?? []) {
      expect(hasFigure(text!, figure), `${ref}: het cijfer "${figure}" uit "${fact.quote}" staat niet (meer) in de tekst`).toBe(true);
    }
  });
});

describe.skipIf(!SEEDS_DIR)('every quote is in its seed, with its figures', () => {
  const texts = new Map<string, string>();
  const seedText = (name: string) => {
    if (!texts.has(name)) texts.set(name, normalise(readFileSync(join(SEEDS_DIR!, name), 'utf8')));
    return texts.get(name)!;
  };
  test.each(facts.map((f) => [`${f.seed} #${f.n}`, f.seed, f.fact] as const))('%s', (_, seed, fact) => {
    const quote = normalise(fact.quote);
    expect(seedText(seed), `niet gevonden in ${seed}: "${fact.quote}"`).toContain(quote);
    for (const figure of fact.figures ?? []) expect(hasFigure(quote, figure), `"${figure}" staat niet in "${fact.quote}"`).toBe(true);
  });
});
