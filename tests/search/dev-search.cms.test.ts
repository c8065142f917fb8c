/**
 * Search under `npm start`: `astro dev` in a copy of the project indexes the pages it renders (src/
 * integrations/pagefind-dev.ts), serves the index at /pagefind/ and the vocabulary beside the search
 * page, answers questions of the test set like the built site, and indexes again after a save.
 * The waits are generous upper bounds (the first index renders every page); the time it takes is
 * measured by bench/dev-search.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { copyProject, freePort, removeProject, startSite, waitFor, type Running } from '../support/cms-project.ts';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { expectedPath, loadQuestions, searchPaths } from '../support/search-questions.ts';
import { routes } from '../../src/routes.ts';
import { PAGEFIND_DIR } from '../../src/search/pagefind.ts';
import { decodeVocabulary } from '../../src/search/vocabulary.ts';
import { suggest } from '../../src/search/suggest.ts';

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('search under npm start', () => {
  let dir = '';
  let site: Running | undefined;
  let origin = '';
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    dir = copyProject({ search: true });
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    site = await startSite(dir, port, {});
    // The first index: every page rendered once by the dev server.
    await waitFor(`${origin}${PAGEFIND_DIR}pagefind.js`, 240_000, undefined, 'de zoekindex onder astro dev', site);
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(origin + routes.home, { waitUntil: 'networkidle' });
  }, 300_000);

  /** Search from a freshly loaded page: the index it loads is the latest. */
  const searchFresh = async (q: string) => {
    await page.goto(origin + routes.home, { waitUntil: 'networkidle' });
    return searchPaths(page, q);
  };

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    if (dir) removeProject(dir);
  });

  test('serves the index, the facet table and the vocabulary', async () => {
    expect((await fetch(`${origin}${PAGEFIND_DIR}pagefind.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${origin}${PAGEFIND_DIR}pagefind-entry.json`)).status).toBe(200);
    expect(site!.output()).toMatch(/zoekindex voor npm start: \d+ pagina's/);
  });

  // A few of the test set, of different kinds: a place, an abbreviation, a compound part, a typo.
  const questions = loadQuestions().filter((q) => ['Gorinchem', 'vso', 'thuiszitters tafel', 'intensieve scholen', 'girfek', 'jgz mbo'].includes(q.q));

  test.each(questions.map((q) => [q.q, q] as const))('"%s" finds the same entry as on the built site', async (_, question) => {
    let q = question.q;
    if (question.via === 'suggestion') {
      const vocabulary = decodeVocabulary(await (await fetch(origin + routes.searchVocabulary)).text());
      q = suggest(q, vocabulary)[0]!;
    }
    expect(await searchPaths(page, q)).toContain(expectedPath(question));
  });

  test('started again with nothing changed, it takes the last index at once', async () => {
    // The first full index is kept in Astro's cache folder (the copy's .astro-cache) once it is made.
    const about = join(dir, '.astro-cache', 'dev-search-index', 'saved.json');
    await expect.poll(() => existsSync(about), { timeout: 60_000 }).toBe(true);
    await site!.stop();
    const port = await freePort();
    origin = `http://127.0.0.1:${port}`;
    site = await startSite(dir, port, {});
    await waitFor(`${origin}${PAGEFIND_DIR}pagefind.js`, 240_000, undefined, 'de zoekindex onder astro dev', site);
    expect(site.output()).toMatch(/zoekindex voor npm start: \d+ pagina's van de vorige start, er is niets veranderd/);
    expect(site.output()).not.toMatch(/pagina's opgevraagd/);
    await page.goto(origin + routes.home, { waitUntil: 'networkidle' });
    expect(await searchPaths(page, 'Gorinchem')).toContain(routes.practice('dokwerk-gorinchem'));
  }, 300_000);

  test('a saved change is in the index soon after', async () => {
    const file = join(dir, 'content/practices/twente-het-jonge-kind.md');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nDit is een proefzin met het woord kwikstaartroute.\n`);
    await expect.poll(() => searchFresh('kwikstaartroute'), { timeout: 120_000, interval: 2_000 }).toEqual([routes.practice('twente-het-jonge-kind')]);
  });

  test('an entry changed while it was stopped: that page at once, then every page again, kept for the next start', async () => {
    const about = join(dir, '.astro-cache', 'dev-search-index', 'saved.json');
    await expect.poll(() => existsSync(about), { timeout: 60_000 }).toBe(true);
    await site!.stop();
    const savedBefore = readFileSync(about, 'utf8');
    const file = join(dir, 'content/practices/dokwerk-gorinchem.md');
    writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nDit is een proefzin met het woord zwaluwstaartplan.\n`);
    const restart = async () => {
      const port = await freePort();
      origin = `http://127.0.0.1:${port}`;
      site = await startSite(dir, port, {});
      await waitFor(`${origin}${PAGEFIND_DIR}pagefind.js`, 240_000, undefined, 'de zoekindex onder astro dev', site);
    };
    await restart();
    // This practice, and the one saved in the test before (the saved index is the last full one).
    expect(site!.output()).toMatch(/zoekindex voor npm start: \d+ pagina's van de vorige start, 2 pagina's veranderd sinds die start: die volgen/);
    await expect.poll(() => searchFresh('zwaluwstaartplan'), { timeout: 120_000, interval: 2_000 }).toEqual([routes.practice('dokwerk-gorinchem')]);
    // Then every page is asked for again (a list that shows the entry), and that index is kept.
    const renderedAll = () => [...site!.output().matchAll(/zoekindex voor npm start: (\d+) pagina's \(\d+ ms; ([\d.]+) pagina's opgevraagd/g)].some((m) => m[1] === m[2]!.replace('.', ''));
    await expect.poll(renderedAll, { timeout: 240_000, interval: 1_000 }).toBe(true);
    await expect.poll(() => existsSync(about) && readFileSync(about, 'utf8') !== savedBefore, { timeout: 60_000 }).toBe(true);
    await site!.stop();
    await restart();
    expect(site!.output()).toMatch(/zoekindex voor npm start: \d+ pagina's van de vorige start, er is niets veranderd/);
    expect(await searchFresh('zwaluwstaartplan')).toEqual([routes.practice('dokwerk-gorinchem')]);
  }, 600_000);
});
