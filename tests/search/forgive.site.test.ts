/**
 * Search that forgives on /zoeken/ (issue 17), in Chromium against the built site (real content):
 * "Bedoel je …?" after a typo, one click to search for it; the pages with the most words when no
 * page has them all; an empty result that is no dead end; and the summary, not hidden words, under
 * a page found only through its hidden search terms. axe-core on each of these states.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createRequire } from 'node:module';
import { type Browser, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { routes } from '../../src/routes.ts';
import { BUREAU_EMAIL } from '../../src/config/site.ts';

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
    await open('een dossier per kind');
    await eventually(() => page.locator('[data-search-most-words]').textContent()).toMatch(/^Geen pagina heeft al deze woorden\. Dit zijn pagina's met de meeste ervan: \d van de 4 woorden\.$/);
    expect(await page.locator('[data-search-most-words]').isVisible()).toBe(true);
    expect(await resultLinks().count()).toBeGreaterThan(0);
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
    // "mdo" is written out ("multidisciplinair overleg") on pages that never use the abbreviation.
    await open('mdo');
    await eventually(() => resultLinks().count()).toBeGreaterThan(0);
    const rows = await page.evaluate(async () => {
      const pagefind = await import(/* @vite-ignore */ '/pagefind/pagefind.js');
      const found = await pagefind.search('mdo');
      const data = await Promise.all(found.results.slice(0, 20).map((r: { data: () => Promise<unknown> }) => r.data()));
      const shown = [...document.querySelectorAll('[data-search-results] > li')].map((li) => ({
        url: li.querySelector('a')!.getAttribute('href'),
        excerpt: li.querySelector('.search-result__excerpt')!.textContent,
        marks: li.querySelectorAll('.search-result__excerpt mark').length,
      }));
      return (data as { url: string; meta: { summary?: string }; weighted_locations: { weight: number }[] }[]).map((d) => ({
        hidden: d.weighted_locations.every((l) => l.weight < 1),
        summary: d.meta.summary ?? '',
        shown: shown.find((s) => s.url === d.url),
      }));
    });
    const hiddenOnly = rows.filter((r) => r.hidden);
    const ownText = rows.filter((r) => !r.hidden);
    // Both kinds are there, so the test can tell them apart.
    expect(hiddenOnly.length).toBeGreaterThan(0);
    expect(ownText.length).toBeGreaterThan(0);
    for (const row of hiddenOnly) {
      expect(row.shown!.excerpt).toBe(row.summary);
      expect(row.shown!.marks).toBe(0);
    }
    for (const row of ownText) expect(row.shown!.marks).toBeGreaterThan(0);
  }, 60_000);
});
