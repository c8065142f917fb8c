/**
 * The index under `npm start` (src/integrations/pagefind-dev.ts) without Astro: a small server stands
 * in for the dev server. Which pages it asks for, which page a changed content file is, and that a
 * change asks for that page only while the index still holds every page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DevIndexer, eachLimited, indexFile, indexedPaths, pagesState } from '../../src/integrations/pagefind-dev.ts';
import { writeFacetTable } from '../../src/integrations/search-index.ts';
import { routes } from '../../src/routes.ts';
import { FACET_TABLE_FILE } from '../../src/search/facet-table.ts';
import { decodeVocabulary } from '../../src/search/vocabulary.ts';

const root = mkdtempSync(join(tmpdir(), 'mao-dev-index-'));
const content = join(root, 'content');
const pages = new Map<string, string>();
const asked: string[] = [];
let server: Server;
let origin = '';

const html = (text: string) => `<!doctype html><html lang="nl"><head><title>t</title></head><body><main data-pagefind-body><h1>${text}</h1></main></body></html>`;

beforeAll(async () => {
  for (const [folder, name] of [['practices', 'dokwerk.md'], ['themes', 'thuiszitters.md'], ['pages', 'over.mdx']] as const) {
    mkdirSync(join(content, folder), { recursive: true });
    writeFileSync(join(content, folder, name), '---\n---\n');
  }
  writeFileSync(join(content, 'begrippen.yml'), 'terms:\n  - term: MDO\n    full: multidisciplinair overleg\n    explanation: Een overleg.\n');
  pages.set(routes.practice('dokwerk'), html('Dokwerk met een toekomstplan'));
  pages.set(routes.theme('thuiszitters'), html('Thuiszitters en een plan voor de toekomst'));
  pages.set(routes.page('over'), html('Over het netwerk'));
  pages.set(routes.glossary, html('Begrippen: MDO'));
  server = createServer((req, res) => {
    asked.push(req.url!);
    if (req.url === routes.practice('kapot')) return void res.writeHead(500, { 'Content-Type': 'text/html' }).end('fout bij het renderen');
    const body = pages.get(req.url!);
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html' }).end(body ?? 'niet gevonden');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  rmSync(root, { recursive: true, force: true });
});

describe('the index under npm start', () => {
  it('asks for every entry page and the begrippenlijst', () => {
    expect(indexedPaths(content).sort()).toEqual([routes.glossary, routes.page('over'), routes.practice('dokwerk'), routes.theme('thuiszitters')].sort());
  });

  it('after a page fails, starts no other and ends only when the pages under way have ended', async () => {
    const done: number[] = [];
    const failing = eachLimited([0, 1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      await new Promise((r) => setTimeout(r, n === 1 ? 5 : 30));
      if (n === 1) throw new Error('pagina 1: HTTP 500');
      done.push(n);
    });
    await expect(failing).rejects.toThrow('pagina 1: HTTP 500');
    // 0 and 2 were under way when 1 failed and have ended; none was started after it.
    expect(done.sort()).toEqual([0, 2]);
  });

  it('serves a part of the index from the current folder, else from the one before, never from outside', async () => {
    const current = join(root, 'served', 'index-2');
    const previous = join(root, 'served', 'index-1');
    for (const [dir, name] of [[current, 'nl_new.pf_fragment'], [previous, 'nl_old.pf_fragment'], [current, 'pagefind-entry.json'], [previous, 'pagefind-entry.json']] as const) {
      mkdirSync(join(dir, 'pagefind', 'fragment'), { recursive: true });
      writeFileSync(join(dir, 'pagefind', name.endsWith('json') ? name : join('fragment', name)), dir);
    }
    expect(await indexFile([current, previous], '/pagefind/pagefind-entry.json')).toBe(join(current, 'pagefind', 'pagefind-entry.json'));
    expect(await indexFile([current, previous], '/pagefind/fragment/nl_old.pf_fragment')).toBe(join(previous, 'pagefind', 'fragment', 'nl_old.pf_fragment'));
    expect(await indexFile([current], '/pagefind/fragment/nl_old.pf_fragment')).toBeUndefined();
    expect(await indexFile([current, previous], '/pagefind/../../index-1/pagefind/pagefind-entry.json')).toBeUndefined();
    expect(await indexFile([current, previous], '/pagefind/fragment/')).toBeUndefined();
  });

  it('a page the dev server cannot render fails the index with that page and the status named', async () => {
    const indexer = new DevIndexer(origin, content, join(root, 'work-kapot'));
    await expect(indexer.index([routes.practice('kapot')])).rejects.toThrow(`${routes.practice('kapot')}: HTTP 500`);
  });

  it('knows the page of a changed entry, and that another file may touch every page', () => {
    const indexer = new DevIndexer(origin, content, join(root, 'work'));
    expect(indexer.pathOf(join(content, 'practices', 'dokwerk.md'))).toBe(routes.practice('dokwerk'));
    expect(indexer.pathOf(join(content, 'pages', 'over.mdx'))).toBe(routes.page('over'));
    expect(indexer.pathOf(join(content, 'begrippen.yml'))).toBeUndefined();
    // An editor's hidden or temporary file in a collection's folder: no page is made from it.
    expect(indexer.pathOf(join(content, 'practices', 'notities.txt'))).toBeNull();
    expect(indexer.pathOf(join(content, 'practices', '.dokwerk.md.swp'))).toBeNull();
    expect(indexer.pathOf(join(content, 'practices', 'oud', 'dokwerk.md'))).toBeUndefined();
  });

  it('indexes every page with the search terms, then after a change asks for that page only', async () => {
    const indexer = new DevIndexer(origin, content, join(root, 'work'));
    asked.length = 0;
    const first = await indexer.index();
    expect(first.pages).toBe(4);
    expect(asked.sort()).toEqual(indexedPaths(content).sort());
    // The pages Pagefind read, with their search terms.
    const practice = readFileSync(join(root, 'work', 'site', 'praktijkvoorbeelden/dokwerk/index.html'), 'utf8');
    expect(practice).toContain('toekomst plan');
    expect(decodeVocabulary(readFileSync(join(first.dir, routes.searchVocabulary), 'utf8')).counts.get('toekomstplan')).toBe(1);

    // The practice changes and the theme is deleted (404): only they are asked for.
    pages.set(routes.practice('dokwerk'), html('Dokwerk met een kwikstaartroute voor het MDO'));
    pages.delete(routes.theme('thuiszitters'));
    asked.length = 0;
    expect(await indexer.stale([routes.practice('dokwerk'), routes.page('over')])).toEqual([routes.practice('dokwerk')]);
    asked.length = 0;
    const next = await indexer.index([routes.practice('dokwerk'), routes.theme('thuiszitters')]);
    expect(asked.sort()).toEqual([routes.practice('dokwerk'), routes.theme('thuiszitters')].sort());
    expect(next.pages).toBe(3);
    expect(next.dir).not.toBe(first.dir);
    // The pages with terms (the practice's compound, the begrippenlijst's MDO) were written with them;
    // after the change only the changed page is: no other page's terms changed with it.
    expect(first.termsWritten).toBe(2);
    expect(next.termsWritten).toBe(1);
    expect(existsSync(join(root, 'work', 'site', 'themas/thuiszitters/index.html'))).toBe(false);
    // The facet table made with the rows kept from the last index is the one made from scratch.
    const again = join(root, 'facets-again');
    cpSync(join(next.dir, 'pagefind'), again, { recursive: true });
    await writeFacetTable(again);
    expect(readFileSync(join(again, FACET_TABLE_FILE))).toEqual(readFileSync(join(next.dir, 'pagefind', FACET_TABLE_FILE)));
    const vocabulary = decodeVocabulary(readFileSync(join(next.dir, routes.searchVocabulary), 'utf8'));
    expect(vocabulary.counts.get('kwikstaartroute')).toBe(1);
    expect(vocabulary.counts.has('toekomstplan')).toBe(false);
    expect(vocabulary.counts.get('netwerk')).toBe(1);
  });

  it('at the next start takes the last index when nothing it was made from changed, else renders again', async () => {
    const project = join(root, 'project');
    mkdirSync(join(project, 'src'), { recursive: true });
    writeFileSync(join(project, 'src', 'page.astro'), '<h1>x</h1>');
    writeFileSync(join(project, 'package-lock.json'), '{}');
    const saved = join(root, 'cache', 'dev-search-index');
    const env = { SITE_NOW: '2026-12-05T10:00:00+01:00' };
    const state = () => pagesState(content, project, env);
    const made0 = state();

    // First start: nothing saved, so every page is rendered; the index is kept.
    const first = new DevIndexer(origin, content, join(root, 'work-1'));
    expect(await first.reuse(saved, made0)).toBeUndefined();
    const made = await first.index();
    await first.save(saved, made0, made);
    expect(readdirSync(join(root, 'cache'))).toEqual(['dev-search-index']);
    // Kept: the rendered pages (for the next change) and what is served, not the pages Pagefind read.
    expect(readdirSync(join(saved, 'index')).sort()).toEqual(['pagefind', 'zoeken']);

    // Next start, nothing changed: the saved index, no page asked for, none stale.
    asked.length = 0;
    const second = new DevIndexer(origin, content, join(root, 'work-2'));
    const reused = await second.reuse(saved, state());
    expect(reused).toMatchObject({ pages: made.pages, rendered: 0, reused: true, stale: [] });
    expect(asked).toEqual([]);
    expect(readFileSync(join(reused!.dir, routes.searchVocabulary), 'utf8')).toBe(readFileSync(join(made.dir, routes.searchVocabulary), 'utf8'));
    expect(existsSync(join(reused!.dir, 'pagefind', 'pagefind-entry.json'))).toBe(true);
    // Its pages' terms were kept too: a change writes that page only.
    const changed = await second.index([routes.glossary]);
    expect(changed).toMatchObject({ pages: made.pages, rendered: 1, termsWritten: 1 });
    expect(readFileSync(join(changed.dir, routes.searchVocabulary), 'utf8')).toBe(readFileSync(join(made.dir, routes.searchVocabulary), 'utf8'));
    // Kept terms that cannot be read: the first change works out every page's terms again (the pages
    // kept with the same terms are not written again) ...
    const termsFile = join(saved, 'terms.json');
    const terms = readFileSync(termsFile, 'utf8');
    writeFileSync(termsFile, terms.slice(0, 100));
    const third = new DevIndexer(origin, content, join(root, 'work-3'));
    expect(await third.reuse(saved, state())).toMatchObject({ reused: true });
    expect(await third.index([routes.glossary])).toMatchObject({ pages: made.pages, termsWritten: 1 });
    expect(readFileSync(join(root, 'work-3', 'site', 'praktijkvoorbeelden/dokwerk/index.html'), 'utf8')).toBe(
      readFileSync(join(root, 'work-2', 'site', 'praktijkvoorbeelden/dokwerk/index.html'), 'utf8'),
    );
    // ... unless they were worked out while the dev server had nothing to do (as it does after a reuse).
    const fourth = new DevIndexer(origin, content, join(root, 'work-4'));
    await fourth.reuse(saved, state());
    await fourth.prepare();
    expect(await fourth.index([routes.glossary])).toMatchObject({ pages: made.pages, termsWritten: 1 });
    writeFileSync(termsFile, terms);

    // An entry changed, added or removed while the server was stopped (a git pull): the saved index,
    // and the pages of exactly those entries are stale.
    const later = new Date(Date.now() + 5_000);
    utimesSync(join(content, 'practices', 'dokwerk.md'), later, later);
    writeFileSync(join(content, 'practices', 'nieuw.md'), '---\n---\n');
    rmSync(join(content, 'pages', 'over.mdx'));
    const afterContent = state();
    expect(afterContent.code).toBe(made0.code);
    const fifth = new DevIndexer(origin, content, join(root, 'work-5'));
    expect(await fifth.reuse(saved, afterContent)).toMatchObject({
      reused: true,
      stale: [routes.page('over'), routes.practice('dokwerk'), routes.practice('nieuw')].sort(),
    });
    // A changed file that is no entry may touch any page: render every page.
    writeFileSync(join(content, 'begrippen.yml'), 'terms: []\n');
    expect(await fifth.reuse(saved, state())).toBeUndefined();

    // The code the pages are made from: src/, the lockfile, the day.
    const beforeCode = state().code;
    writeFileSync(join(project, 'src', 'page.astro'), '<h1>y</h1>');
    expect(state().code).not.toBe(beforeCode);
    const beforeLock = state().code;
    writeFileSync(join(project, 'package-lock.json'), '{"v":2}');
    expect(state().code).not.toBe(beforeLock);
    const today = state();
    expect(pagesState(content, project, { SITE_NOW: '2026-12-06T10:00:00+01:00' }).code).not.toBe(today.code);
    expect(await second.reuse(saved, { ...today, content: made0.content })).toBeUndefined();
    // A damaged record of the saved index is no index: render as usual, no error.
    writeFileSync(join(saved, 'saved.json'), '{"fingerprint":');
    expect(await second.reuse(saved, made0)).toBeUndefined();
  });
});
