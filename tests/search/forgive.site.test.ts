/**
 * Search that forgives on /zoeken/ (issue 17), in Chromium against the built site (real content):
 * "Bedoel je …?" after a typo, one click to search for it; the pages with the most words when no
 * page has them all; an empty result that is no dead end; and the summary, not hidden words, under
 * a page found only through its hidden search terms. axe-core on each of these states.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { routes } from '../../src/routes.ts';
import { BUREAU_EMAIL } from '../../src/config/site.ts';
import { PAGEFIND_DIR } from '../../src/search/pagefind.ts';
import { readIndexedText, searchWords } from '../../src/search/index-text.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const { site } = inject('builds');
const baseUrl = inject('baseUrl');

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('search that forgives on the search page', () => {
  let browser: Browser;
  let page: Page;
  /** Requests for the vocabulary, counted per page load. */
  let vocabularyRequests = 0;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === routes.searchVocabulary) vocabularyRequests++;
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
  const status = () => page.locator('[data-search-status]');
  const didYouMean = () => page.locator('[data-search-did-you-mean]');
  const resultLinks = () => page.locator('[data-search-results] > li h3 a');

  async function open(q: string) {
    vocabularyRequests = 0;
    await page.goto(`${baseUrl}${routes.searchWith(new URLSearchParams({ q }))}`, { waitUntil: 'load' });
    await page.locator('.search--enhanced').waitFor();
    await eventually(() => status().textContent()).toContain(`voor "${q}"`);
  }

  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ path: AXE_SCRIPT });
    return page.evaluate(async () => {
      // @ts-expect-error injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  test('"girfek" offers "Bedoel je: girfec?", announced; one click finds the Kansencirkel', async () => {
    await open('girfek');
    await eventually(() => didYouMean().isVisible()).toBe(true);
    const suggestion = didYouMean().getByRole('link', { name: 'girfec' });
    expect(await suggestion.count()).toBe(1);
    expect(await didYouMean().locator('a').count()).toBeLessThanOrEqual(3);
    expect(await status().textContent()).toContain('Bedoel je: girfec');
    expect(vocabularyRequests).toBe(1);
    expect(await axeViolations()).toEqual([]);
    // By keyboard: focus the link and press Enter.
    await suggestion.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\?q=girfec$/);
    await eventually(() => resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(routes.practice('kansencirkel-girfec-tilburg'));
    expect(await page.locator('#search-q').inputValue()).toBe('girfec');
    await eventually(() => status().textContent()).toMatch(/^\d+ resultaten? voor "girfec"$/);
    expect(await didYouMean().isHidden()).toBe(true);
  }, 60_000);

  test('a query that finds plenty shows no suggestion and loads no vocabulary', async () => {
    await open('thuiszitters');
    expect(await resultLinks().count()).toBeGreaterThan(2);
    expect(await didYouMean().isHidden()).toBe(true);
    expect(vocabularyRequests).toBe(0);
  }, 60_000);

  test('more words than any page has: the pages with the most of them, and it says so', async () => {
    // Each word is on the site, but no page has all four (checked: Pagefind finds nothing for them together).
    await open('dossier per kind kansencirkel');
    await eventually(() => page.locator('[data-search-most-words]').textContent()).toMatch(/^Geen pagina heeft al deze woorden\. Dit zijn pagina's met de meeste ervan: \d van de 4 woorden\.$/);
    expect(await page.locator('[data-search-most-words]').isVisible()).toBe(true);
    expect(await resultLinks().evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toContain(routes.practice('oost-achterhoek-een-zorgteam'));
    expect(await page.locator('[data-search-empty]').isHidden()).toBe(true);
    expect(await status().textContent()).toContain('Geen pagina heeft al deze woorden');
    expect(await axeViolations()).toEqual([]);
  }, 60_000);

  test('nothing found is no dead end: themes, the seven adviezen and the bureau', async () => {
    await open('qqxzzv');
    const empty = page.locator('[data-search-empty]');
    await eventually(() => empty.isVisible()).toBe(true);
    expect(await status().textContent()).toMatch(/^0 resultaten voor "qqxzzv"/);
    const themeLinks = empty.locator('nav[aria-labelledby="search-empty-themes"] a');
    const adviceLinks = empty.locator('nav[aria-labelledby="search-empty-advice"] a');
    expect(await themeLinks.count()).toBeGreaterThan(0);
    expect(await adviceLinks.count()).toBe(7);
    for (const href of await themeLinks.evaluateAll((links) => links.map((a) => a.getAttribute('href')!))) expect(href).toMatch(/^\/themas\/[a-z0-9-]+\/$/);
    expect(await empty.locator(`a[href^="mailto:${BUREAU_EMAIL}"]`).count()).toBe(1);
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await axeViolations()).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });
  }, 60_000);

  test('a page found only through its hidden search terms shows its summary, not those words', async () => {
    // "arrangement" is a hidden compound part or another name on some pages, in the own words of others.
    const word = 'arrangement';
    await open(word);
    await eventually(() => resultLinks().count()).toBeGreaterThan(3);
    const script = `(async () => {
      const pagefind = await import(${JSON.stringify(`${PAGEFIND_DIR}pagefind.js`)});
      await pagefind.init();
      const found = await pagefind.search(${JSON.stringify(word)});
      const data = await Promise.all(found.results.slice(0, 20).map((r) => r.data()));
      const shown = [...document.querySelectorAll('[data-search-results] > li')].map((li) => ({
        url: li.querySelector('a').getAttribute('href'),
        excerpt: li.querySelector('.search-result__excerpt').textContent,
      }));
      const text = (html) => { const el = document.createElement('p'); el.innerHTML = html; return el.textContent; };
      return data.map((d) => ({ url: d.url, summary: d.meta.summary || '', excerpt: text(d.excerpt), shown: shown.find((s) => s.url === d.url)?.excerpt }));
    })()`;
    const rows = (await page.evaluate(script)) as { url: string; summary: string; excerpt: string; shown?: string }[];
    // Read from the built page: does its own text (without the hidden terms) have a word that starts with it (what Pagefind matches)?
    const ownHas = (url: string) => searchWords(readIndexedText(readFileSync(join(site.outDir, url, 'index.html'), 'utf8'))!.text).some((w) => w.startsWith(word));
    const hiddenOnly = rows.filter((r) => !ownHas(r.url));
    const own = rows.filter((r) => ownHas(r.url));
    expect(hiddenOnly.length, 'pages found only through hidden terms').toBeGreaterThan(0);
    expect(own.length, 'pages with the word in their own text').toBeGreaterThan(0);
    for (const row of hiddenOnly) expect(row.shown, row.url).toBe(row.summary);
    for (const row of own) expect(row.shown, row.url).toBe(row.excerpt);
  }, 60_000);
});
