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

  async function change(step: string, changes: Map<string, string | undefined>) {
    for (const [name, html] of changes) {
      if (html === undefined) pages.delete(name);
      else pages.set(name, html);
    }
    const { write, removed } = live.update(changes);
    for (const name of removed) held.delete(name);
    for (const name of write) held.set(name, live.withTerms(name, pages.get(name)!));
    const expected = await built(pages, step);
    // Pages without the indexed element are left out, as the dev index leaves them out.
    const indexed = new Map([...expected.out].filter(([, html]) => html.includes('data-pagefind-body')));
    expect(new Map([...held].sort())).toEqual(new Map([...indexed].sort()));
    expect(new Map([...live.vocabulary()].sort())).toEqual(new Map([...expected.vocabulary].sort()));
    return write;
  }

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

  it('says which page it does not know', () => {
    expect(() => live.withTerms('zz', page('x'))).toThrow(/zz is geen geïndexeerde pagina/);
  });
});
