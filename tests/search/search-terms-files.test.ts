/**
 * The search terms added on several threads (src/search/search-terms-files.ts) give exactly what one
 * thread gives: the same pages, byte for byte, the same vocabulary and the same figures; a page that
 * cannot be read fails the step on any number of threads.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { addTermsToPages, PAGES_PER_THREAD, threadsFor } from '../../src/search/search-terms-files.ts';

const root = join(tmpdir(), `mao-search-terms-files-${process.pid}`);
afterAll(() => rmSync(root, { recursive: true, force: true }));

const glossary = [{ term: 'MDO', full: 'multidisciplinair overleg' }, { term: 'vso', full: 'voortgezet speciaal onderwijs' }];

/** Pages whose words depend on each other: a compound on one page is split by words on others. */
function writeSite(dir: string): string[] {
  const texts = [
    'Het toekomstplan van de school, met een MDO.',
    'De toekomst begint met een plan.',
    'Een zorgarrangement voor het vso, samen met de zorg.',
    'Het arrangement en de jeugdhulp: een onderwijs-jeugdhulparrangement.',
    'Multidisciplinair overleg over een thuiszitter.',
    'Thuiszitterstafel: wie zit thuis, en waarom?',
    'Een pagina zonder samenstellingen.',
  ];
  const files: string[] = [];
  texts.forEach((text, i) => {
    const file = join(`pagina-${i}`, 'index.html');
    mkdirSync(join(dir, `pagina-${i}`), { recursive: true });
    writeFileSync(join(dir, file), `<!doctype html><html><body><header>Kop</header><main data-pagefind-body><h1>Pagina ${i}</h1><p>${text}</p></main></body></html>`);
    files.push(file);
  });
  // A page outside the index (no data-pagefind-body): left alone.
  mkdirSync(join(dir, 'lijst'), { recursive: true });
  writeFileSync(join(dir, 'lijst/index.html'), '<main><p>Een toekomstplan in een lijst.</p></main>');
  files.push('lijst/index.html');
  return files;
}

const contents = (dir: string, files: string[]) => files.map((f) => readFileSync(join(dir, f), 'utf8'));

describe('addTermsToPages', () => {
  it('gives the same pages, vocabulary and figures on one thread and on three', async () => {
    const one = join(root, 'one');
    const files = writeSite(one);
    const three = join(root, 'three');
    cpSync(one, three, { recursive: true });
    const before = contents(one, files);

    const single = await addTermsToPages(one, files, glossary, 1);
    const shared = await addTermsToPages(three, files, glossary, 3);

    // Terms were added at all (else the comparison proves nothing), and the page outside the index kept.
    const changed = contents(one, files).filter((html, i) => html !== before[i]);
    expect(changed.length).toBeGreaterThan(2);
    expect(contents(one, files).at(-1)).toBe(before.at(-1));
    expect(contents(one, files).join('')).toContain('data-search-terms');

    expect(contents(three, files)).toEqual(contents(one, files));
    expect([...shared.vocabulary].sort()).toEqual([...single.vocabulary].sort());
    expect(shared.stats).toEqual(single.stats);
    expect(single.vocabulary.get('plan')).toBe(2); // "plan" itself once, and once as a part of "toekomstplan"
  });

  it('fails on a page it cannot read, on one thread and on two', async () => {
    const dir = join(root, 'missing');
    const files = [...writeSite(dir), 'weg/index.html'];
    await expect(addTermsToPages(dir, files, glossary, 1)).rejects.toThrow(/weg\/index\.html/);
    await expect(addTermsToPages(dir, files, glossary, 2)).rejects.toThrow(/weg\/index\.html/);
  });
});

describe('threadsFor', () => {
  it('uses one thread per core, each with enough pages to pay for starting it', () => {
    expect(threadsFor(10, 2)).toBe(1);
    expect(threadsFor(2 * PAGES_PER_THREAD - 1, 2)).toBe(1);
    expect(threadsFor(2 * PAGES_PER_THREAD, 2)).toBe(2);
    expect(threadsFor(10_000, 2)).toBe(2);
    expect(threadsFor(10_000, 8)).toBe(8);
    expect(threadsFor(0, 4)).toBe(1);
  });
});
