/**
 * The worksheet and "Kept current" on the built site (issue 16).
 * - real content (the "site" build, SITE_NOW 2026-11-23): every practice page shows the six
 *   worksheet sections in their fixed order, an empty one with one line saying so, and "Bijgewerkt
 *   op"; none is past its reviewBy, so none is marked;
 * - the "fixture" build: its practices were last updated on 2020-02-01, so their reviewBy
 *   (2022-02-01) has passed: the page says so near the top, also in print, and the practice list
 *   and the search results mark them the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { attr, elements, parseHtml, text, squash } from '../support/dist.ts';
import { entryPageIds } from '../support/dist-pages.ts';

const { site, fixture } = inject('builds');
const HEADINGS = ['Voor wie', 'Doel', 'Werkzame elementen', 'Wat heb je nodig', 'Kosten', 'Wat we leerden'];
const MARK = 'Niet gecontroleerd sinds 1 februari 2022';
const page = (dist: string, id: string) => parseHtml(readFileSync(join(dist, 'praktijkvoorbeelden', id, 'index.html'), 'utf8'));

describe('the worksheet on every practice page (real content)', () => {
  beforeAll(() => assertBuilt(site));
  const ids = site.exitCode === 0 ? entryPageIds(site.outDir, 'praktijkvoorbeelden') : [];

  test('there are practice pages to check', () => {
    expect(ids.length).toBeGreaterThan(10);
  });

  test.each(ids.map((id) => [id]))('%s: six sections in order, each filled or saying it is not described yet', (id) => {
    const els = elements(page(site.outDir, id));
    const section = els.find((e) => e.nodeName === 'section' && attr(e, 'class')?.includes('worksheet'))!;
    expect(section, 'no worksheet section').toBeDefined();
    const inside = elements(section);
    expect(text(inside.find((e) => e.nodeName === 'h2')!).trim()).toBe('Zo kun je het overnemen');
    expect(inside.filter((e) => e.nodeName === 'h3').map((e) => text(e).trim())).toEqual(HEADINGS);
    const parts = inside.filter((e) => attr(e, 'data-worksheet') !== undefined);
    expect(parts).toHaveLength(6);
    for (const part of parts) {
      const heading = squash(text(elements(part).find((e) => e.nodeName === 'h3')!));
      const rest = squash(text(part)).slice(heading.length).trim();
      expect(rest.length, `${id}: ${attr(part, 'data-worksheet')} is blank`).toBeGreaterThan(5);
    }
    const missing = inside.filter((e) => attr(e, 'class')?.includes('worksheet__missing'));
    for (const m of missing) expect(squash(text(m))).toMatch(/^Nog niet beschreven\. .+ kan dit aanvullen\.$/);
  });

  test('a filled section shows the file’s words; the Dokwerk example has all six', () => {
    const html = squash(text(page(site.outDir, 'dokwerk-gorinchem')));
    expect(html).toContain('Een kleine groep van hoogstens 12 leerlingen');
    expect(html).toContain('Passende docenten: De groep vraagt veel van een docent.');
    expect(elements(page(site.outDir, 'dokwerk-gorinchem')).filter((e) => attr(e, 'class')?.includes('worksheet__missing'))).toHaveLength(0);
    const alles = elements(page(site.outDir, 'alles-in-een-school-enschede')).filter((e) => attr(e, 'class')?.includes('worksheet__missing'));
    expect(alles).toHaveLength(5);
    expect(squash(text(alles[0]!))).toBe('Nog niet beschreven. Regio Twente of het programmabureau kan dit aanvullen.');
  });

  test.each(ids.map((id) => [id]))('%s: says when it was last updated, and is not marked as unchecked', (id) => {
    const root = page(site.outDir, id);
    const updated = elements(root).find((e) => attr(e, 'class') === 'practice__updated');
    expect(squash(text(updated!))).toMatch(/^Bijgewerkt op \d{1,2} \w+ \d{4}$/);
    expect(elements(root).some((e) => attr(e, 'class') === 'practice__review')).toBe(false);
    expect(squash(text(root))).not.toContain('Niet gecontroleerd sinds');
  });
});

describe('a practice past its reviewBy (fixture build)', () => {
  beforeAll(() => assertBuilt(fixture));

  test('the page says so near the top, naming the date, before the story', () => {
    const html = readFileSync(join(fixture.outDir, 'praktijkvoorbeelden/voorbeeldpraktijk/index.html'), 'utf8');
    const notice = elements(parseHtml(html)).find((e) => attr(e, 'class') === 'practice__review')!;
    expect(squash(text(notice))).toBe('Let op: Dit voorbeeld is niet gecontroleerd sinds 1 februari 2022. Misschien is er iets veranderd. Wil je het overnemen? Vraag dan eerst de contactpersoon of alles nog klopt.');
    expect(html.indexOf('practice__review')).toBeLessThan(html.indexOf('practice__body'));
    const updated = elements(parseHtml(html)).find((e) => attr(e, 'class') === 'practice__updated')!;
    expect(squash(text(updated))).toBe('Bijgewerkt op 1 februari 2020');
    expect(attr(elements(updated).find((e) => e.nodeName === 'time')!, 'datetime')).toBe('2020-02-01');
  });

  test('the search record carries the mark for results', () => {
    const html = readFileSync(join(fixture.outDir, 'praktijkvoorbeelden/voorbeeldpraktijk/index.html'), 'utf8');
    expect(html).toContain(`<span data-pagefind-meta="review">${MARK}</span>`);
  });

  test('the practice list marks it on its card', () => {
    const root = parseHtml(readFileSync(join(fixture.outDir, 'praktijkvoorbeelden/index.html'), 'utf8'));
    const card = elements(root).find((e) => e.nodeName === 'article' && squash(text(e)).includes('Een voorbeeldpraktijk'))!;
    expect(squash(text(elements(card).find((e) => attr(e, 'class') === 'card__meta')!))).toContain(MARK);
  });
});

if (!HAVE_CHROMIUM && !IN_CI) console.warn(`\n[worksheet tests] SKIPPED in the browser: ${CHROMIUM} not found.\n`);

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the review mark in the browser (fixture build)', () => {
  let server: StaticServer;
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    assertBuilt(fixture);
    server = await serveStatic(fixture.outDir);
    browser = await launchChromium();
    tab = await browser.newPage({ viewport: { width: 375, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  test('on paper the notice is printed, on the first page', async () => {
    await tab.goto(`${server.url}/praktijkvoorbeelden/voorbeeldpraktijk/`);
    await tab.emulateMedia({ media: 'print' });
    const notice = tab.locator('.practice__review');
    expect(await notice.isVisible()).toBe(true);
    const box = await notice.boundingBox();
    // An A4 page at 96 dpi is about 1123 px high.
    expect(box!.y).toBeLessThan(1000);
    await tab.emulateMedia({ media: 'screen' });
  });

  test('search results mark it the same way', async () => {
    await tab.goto(`${server.url}/zoeken/?q=voorbeeldpraktijk`);
    const result = tab.locator('[data-search-results] > li').filter({ hasText: 'Een voorbeeldpraktijk' }).first();
    await expect.poll(() => result.count()).toBe(1);
    expect(await result.locator('.search-result__meta').textContent()).toContain(MARK);
  });

  test('the filtered practice list marks it the same way', async () => {
    await tab.goto(`${server.url}/praktijkvoorbeelden/?q=voorbeeldpraktijk`);
    const card = tab.locator('[data-filter-list] li').filter({ hasText: 'Een voorbeeldpraktijk' }).first();
    await expect.poll(() => card.count()).toBe(1);
    expect(await card.locator('.card__meta').textContent()).toContain(MARK);
  });
});
