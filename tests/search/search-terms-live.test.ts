/**
 * The search terms kept current page by page (src/search/search-terms-live.ts, for `npm start`) give
 * after every change exactly what the build's pass over all pages gives (addTermsToPages): the same
 * pages byte for byte and the same vocabulary; and only the pages whose terms changed are written.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { LiveSearchTerms } from '../../src/search/search-terms-live.ts';
import { addTermsToPages } from '../../src/search/search-terms-files.ts';

const root = join(tmpdir(), `mao-search-terms-live-${process.pid}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const glossary = [{ term: 'MDO', full: 'multidisciplinair overleg' }, { term: 'vso', full: 'voortgezet speciaal onderwijs' }];
const page = (text: string) => `<!doctype html><html><body><header>Kop</header><main data-pagefind-body><p>${text}</p></main></body></html>`;

/** What the build makes of these pages: every page with its terms, and the vocabulary. */
async function built(pages: Map<string, string>, step: string) {
  const dir = join(root, step);
  for (const [name, html] of pages) {
    mkdirSync(join(dir, name), { recursive: true });
    writeFileSync(join(dir, name, 'index.html'), html);
  }
  const files = [...pages.keys()].map((name) => join(name, 'index.html'));
  const { vocabulary } = await addTermsToPages(dir, files, glossary, 1);
  const out = new Map([...pages.keys()].map((name) => [name, readFileSync(join(dir, name, 'index.html'), 'utf8')]));
  return { out, vocabulary };
}

/**
 * Apply `changes` (page → HTML, undefined: gone) to the site `pages` and to `live`, write into `held`
 * what `live` says to write, and check that `held` and the vocabulary are what the build makes of
 * `pages`. The pages written.
 */
async function changeAndCompare(live: LiveSearchTerms, pages: Map<string, string>, held: Map<string, string>, changes: Map<string, string | undefined>, step: string) {
  for (const [name, html] of changes) {
    if (html === undefined) pages.delete(name);
    else pages.set(name, html);
  }
  const { write, removed } = live.update(changes);
  for (const name of removed) held.delete(name);
  // As the dev index does: a changed page as fetched, another as written before (with its old terms).
  for (const name of write) held.set(name, live.withTerms(name, changes.has(name) ? pages.get(name)! : held.get(name)!));
  const expected = await built(pages, step);
  // Pages without the indexed element are left out, as the dev index leaves them out.
  const indexed = new Map([...expected.out].filter(([, html]) => html.includes('data-pagefind-body')));
  expect(new Map([...held].sort()), step).toEqual(new Map([...indexed].sort()));
  expect(new Map([...live.vocabulary()].sort()), step).toEqual(new Map([...expected.vocabulary].sort()));
  return write;
}

describe('LiveSearchTerms', () => {
  const pages = new Map([
    ['a', page('Het toekomstplan van de school, met een MDO.')],
    ['b', page('De toekomst begint vandaag.')],
    ['c', page('Een zorgarrangement voor het vso.')],
    ['d', page('Het arrangement en de jeugdhulp.')],
    ['e', page('Multidisciplinair overleg over een thuiszitter.')],
  ]);
  const live = new LiveSearchTerms(glossary);
  /** The pages as the dev index holds them: rewritten only when `update` says so. */
  const held = new Map<string, string>();

  const change = (step: string, changes: Map<string, string | undefined>) => changeAndCompare(live, pages, held, changes, step);

  it('starts with every page', async () => {
    expect(await change('0', new Map(pages))).toEqual(['a', 'b', 'c', 'd', 'e']);
    // Terms were added at all, else the comparisons prove nothing.
    expect(held.get('c')).toContain('data-search-terms');
  });

  it('a change with no new word writes that page only', async () => {
    expect(await change('1', new Map([['b', page('Vandaag begint de toekomst.')]]))).toEqual(['b']);
    // A page with terms of its own: its old terms no longer count in the vocabulary.
    expect(await change('1b', new Map([['c', page('Voor het vso een zorgarrangement.')]]))).toEqual(['c']);
  });

  it('a new word splits compounds on other pages', async () => {
    // "plan" on its own now: "toekomstplan" on page a gets the part "plan".
    expect(held.get('a')).not.toMatch(/data-search-terms[^>]*>[^<]*\bplan\b/);
    const write = await change('2', new Map([['b', page('De toekomst begint met een plan.')]]));
    expect(write).toEqual(['a', 'b']);
  });

  it('a word that disappears takes the part away again, and a removed page leaves', async () => {
    const write = await change('3', new Map([['b', undefined]]));
    expect(write).toContain('a');
    expect(held.has('b')).toBe(false);
  });

  it('a page that is no longer indexed leaves, a new page comes in', async () => {
    await change('4', new Map([['d', '<main><p>Een lijst.</p></main>'], ['f', page('Een plan voor de zorg.')]]));
    expect(held.has('d')).toBe(false);
    expect(held.has('f')).toBe(true);
    expect(live.size).toBe(4);
  });

  it('a word that came splits compounds that hold it in another form (intensief in zorgintensieve)', async () => {
    const alt = new LiveSearchTerms(glossary);
    const pages = new Map([
      ['a', page('Een zorgintensieve school.')],
      ['b', page('De zorg.')],
      ['c', page('Het werk.')],
    ]);
    alt.update(pages);
    const termsOf = (html: string) => /data-search-terms>(.*?)<\/div>/.exec(html)?.[1] ?? '';
    expect(termsOf(alt.withTerms('a', pages.get('a')!))).not.toContain('intensieve');
    pages.set('c', page('Het is intensief.'));
    expect(alt.update(new Map([['c', pages.get('c')]]))).toEqual({ write: ['a', 'c'], removed: [] });
    const expected = await built(pages, 'alternated');
    expect(alt.withTerms('a', pages.get('a')!)).toBe(expected.out.get('a'));
    expect(termsOf(alt.withTerms('a', pages.get('a')!))).toContain('intensieve');
  });

  it('after forty random changes, each is what the build gives', async () => {
    // Pieces that make compounds of each other (with linking s and e, f/v and s/z, endings), so that
    // words coming and going change other pages' parts often.
    const pieces = ['toekomst', 'plan', 'zorg', 'arrangement', 'jeugd', 'hulp', 'intensief', 'intensieve', 'school', 'thuis', 'zitter', 'tafel', 'samenwerking', 'verband', 'huis', 'huizen', 'werk', 'vso', 'MDO'];
    // mulberry32: a small seeded generator, so a failure can be replayed.
    let seed = 20261205;
    const random = (n: number) => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
    };
    const word = () => {
      const parts = 1 + random(3);
      let w = '';
      for (let i = 0; i < parts; i++) w += (i && random(4) === 0 ? 's' : '') + pieces[random(pieces.length)]!;
      return w + (random(5) === 0 ? 'en' : '');
    };
    const text = () => Array.from({ length: 2 + random(6) }, word).join(' ');
    let fuzz = new LiveSearchTerms(glossary);
    const site = new Map<string, string>();
    const kept = new Map<string, string>();
    for (let step = 0; step < 40; step++) {
      const changes = new Map<string, string | undefined>();
      for (let i = 0; i < 1 + random(3); i++) {
        const name = `p${random(12)}`;
        changes.set(name, random(6) === 0 ? undefined : page(text()));
      }
      await changeAndCompare(fuzz, site, kept, changes, `fuzz-${step}`);
      // Now and then kept for a next start and taken up again, as the dev index does.
      if (step % 7 === 6) fuzz = LiveSearchTerms.restore(glossary, fuzz.save())!;
    }
    expect(site.size).toBeGreaterThan(5);
  });

  it('a record that is not its own is no record', () => {
    expect(LiveSearchTerms.restore(glossary, '{"version":1,')).toBeUndefined();
    expect(LiveSearchTerms.restore(glossary, '{"version":2,"pages":[],"siteWords":[],"added":[]}')).toBeUndefined();
    expect(LiveSearchTerms.restore(glossary, 'null')).toBeUndefined();
    expect(LiveSearchTerms.restore(glossary, '{"version":1,"pages":[["a","woord",{"parts":["x"]}]],"siteWords":[],"added":[]}')).toBeUndefined();
    expect(LiveSearchTerms.restore(glossary, '{"version":1,"pages":[],"siteWords":[["woord",0]],"added":[]}')).toBeUndefined();
    expect(LiveSearchTerms.restore(glossary, '{"version":1,"pages":[],"siteWords":[],"added":[]}')?.size).toBe(0);
  });

  it('says which page it does not know', () => {
    expect(() => live.withTerms('zz', page('x'))).toThrow(/zz is geen geïndexeerde pagina/);
  });
});
