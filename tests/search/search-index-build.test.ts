/**
 * buildSearchIndex (src/integrations/search-index.ts) runs the Pagefind command on a built folder and
 * writes the facet table from the fragments it wrote. Here on a three-page site of our own: what is
 * indexed, what the table holds, and the errors for a folder that is missing or has nothing to index.
 * And addSearchTerms, the step before it: the hidden search terms and the vocabulary.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { gunzipSync } from 'node:zlib';
import { addSearchTerms, buildSearchIndex } from '../../src/integrations/search-index.ts';
import { decodeVocabulary } from '../../src/search/vocabulary.ts';
import { routes } from '../../src/routes.ts';
import { FacetTable, FACET_TABLE_FILE } from '../../src/search/facet-table.ts';

const root = mkdtempSync(join(tmpdir(), 'mao-search-index-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function page(dir: string, rel: string, html: string) {
  mkdirSync(join(dir, rel), { recursive: true });
  writeFileSync(join(dir, rel, 'index.html'), `<!doctype html><html lang="nl"><head><title>t</title></head><body>${html}</body></html>`);
}

describe('buildSearchIndex', () => {
  it('indexes the pages with data-pagefind-body, skips the paginated lists, and writes their filters to the facet table', async () => {
    const site = join(root, 'site');
    page(site, 'praktijkvoorbeelden/dokwerk', '<main data-pagefind-body><h1>Dokwerk</h1><p>Thuiszitters weer naar school.</p><span data-pagefind-filter="thema">thuiszitters</span><span data-pagefind-meta="sortdate">2026-03-01</span></main>');
    page(site, 'regios/zwolle', '<main data-pagefind-body><h1>Zwolle</h1><p>Een regio.</p><span data-pagefind-filter="type">regio</span><span data-pagefind-meta="sortdate">2026-01-01</span></main>');
    // Deeper than INDEXED_PAGES: never read, even though it has a body.
    page(site, 'praktijkvoorbeelden/thema/thuiszitters/2', '<main data-pagefind-body><p>Lijstpagina kwikstaart</p></main>');
    page(site, 'zoeken', '<main><p>Zoekpagina zonder body-markering</p></main>');

    const result = await buildSearchIndex(site);
    expect(result.pages).toBe(2);
    expect(existsSync(join(site, 'pagefind', 'pagefind.js'))).toBe(true);

    const table = FacetTable.decode(gunzipSync(readFileSync(join(site, 'pagefind', FACET_TABLE_FILE))).toString('utf8'));
    expect(table.ids).toHaveLength(2);
    // Newest first: the practice (2026-03-01), then the region.
    const [practice, region] = table.ids;
    expect(table.filter(table.ids, { thema: ['thuiszitters'] })).toEqual([practice]);
    expect(table.filter(table.ids, { type: ['regio'] })).toEqual([region]);
    // The fragment the table points at is the practice's.
    const fragment = gunzipSync(readFileSync(join(site, 'pagefind', 'fragment', `${practice}.pf_fragment`))).toString('utf8');
    expect(fragment).toContain('/praktijkvoorbeelden/dokwerk/');
  });

  it('names the folder when it does not exist', async () => {
    await expect(buildSearchIndex(join(root, 'missing'))).rejects.toThrow(/map .*missing bestaat niet/);
  });

  it("passes on Pagefind's own error when there is nothing to index", async () => {
    const empty = join(root, 'empty');
    mkdirSync(empty);
    await expect(buildSearchIndex(empty)).rejects.toThrow(/zoekindex maken is mislukt in .*empty:\n {2}Error: Pagefind was not able to build an index/);
  });
});

describe('addSearchTerms', () => {
  it('adds compound parts and glossary forms to the indexed pages, and writes the vocabulary', async () => {
    const site = join(root, 'terms');
    const content = join(root, 'terms-content');
    mkdirSync(content, { recursive: true });
    writeFileSync(join(content, 'begrippen.yml'), 'terms:\n  - term: MDO\n    full: multidisciplinair overleg\n    explanation: Een overleg.\n');
    page(site, 'praktijkvoorbeelden/plan', '<main data-pagefind-body><h1>Het toekomstplan</h1><p>Een MDO op school.</p></main>');
    page(site, 'themas/toekomst', '<main data-pagefind-body><h1>De toekomst</h1><p>Een plan voor later, een plan voor nu.</p></main>');
    page(site, 'praktijkvoorbeelden/thema/toekomst/2', '<main data-pagefind-body><p>Lijst met een toekomstplan</p></main>');

    const result = await addSearchTerms(site, content);
    expect(result.pages).toBe(1);
    const practice = readFileSync(join(site, 'praktijkvoorbeelden/plan/index.html'), 'utf8');
    expect(practice).toContain('<div hidden data-search-terms><span data-pagefind-weight="0.6">multidisciplinair overleg</span> <span data-pagefind-weight="0.05">toekomst plan</span></div></main>');
    // Pages Pagefind does not read are left alone; a page with nothing to add too.
    expect(readFileSync(join(site, 'praktijkvoorbeelden/thema/toekomst/2/index.html'), 'utf8')).not.toContain('data-search-terms');
    expect(readFileSync(join(site, 'themas/toekomst/index.html'), 'utf8')).not.toContain('data-search-terms');

    const vocabulary = decodeVocabulary(readFileSync(join(site, routes.searchVocabulary), 'utf8'));
    expect(vocabulary.counts.get('plan')).toBe(3);
    expect(vocabulary.counts.get('toekomstplan')).toBe(1);
    expect(vocabulary.counts.get('multidisciplinair')).toBe(1);
    expect(result.words).toBe(vocabulary.counts.size);

    // A second run (the same folder indexed again) gives the same pages.
    await addSearchTerms(site, content);
    expect(readFileSync(join(site, 'praktijkvoorbeelden/plan/index.html'), 'utf8')).toBe(practice);
  });
});
