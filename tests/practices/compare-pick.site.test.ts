/**
 * Picking practices to compare from the search results (issue 16), in Chromium against the built
 * site: a "Vergelijk" toggle per practice result (aria-pressed, named with the title), the choice in
 * the page's address so a filter keeps it, a bar that explains what to do with one and links to the
 * compare page with two, announced in a live region; the compare table then shows both. axe-core on
 * the page with the bar showing.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createRequire } from 'node:module';
import { type Browser, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { routes } from '../../src/routes.ts';
import { compareUrl } from '../../src/practices/compare.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const { site } = inject('builds');
const baseUrl = inject('baseUrl');

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('picking practices to compare from search results', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
  const live = () => page.locator('[data-compare-live]');
  const bar = () => page.locator('[data-compare-bar]');

  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ path: AXE_SCRIPT });
    return page.evaluate(async () => {
      // @ts-expect-error injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  test('pick two from the results, keep them through a filter, follow the link: the table shows both', async () => {
    await page.goto(`${baseUrl}${routes.searchWith('q=twente')}`, { waitUntil: 'load' });
    await page.locator('.search--enhanced').waitFor();
    const practiceResults = page.locator('[data-search-results] > li:has(button.compare-pick)');
    await eventually(() => practiceResults.count()).toBeGreaterThan(1);
    // Only practice results have the button.
    const others = await page.locator('[data-search-results] > li:not(:has(button.compare-pick)) h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of others) expect(href.startsWith(routes.list('practices'))).toBe(false);
    expect(await bar().isHidden()).toBe(true);

    const first = practiceResults.nth(0);
    const second = practiceResults.nth(1);
    const [hrefA, hrefB] = [await first.locator('h3 a').getAttribute('href'), await second.locator('h3 a').getAttribute('href')];
    const titleA = (await first.locator('h3 a').textContent())!;
    const idA = hrefA!.split('/').at(-2)!;
    const idB = hrefB!.split('/').at(-2)!;
    const buttonA = first.locator('button.compare-pick');
    // The button's name says which practice; by keyboard.
    expect(await buttonA.evaluate((b) => b.textContent)).toBe(`Vergelijk ${titleA}`);
    await buttonA.focus();
    await page.keyboard.press('Enter');
    expect(await buttonA.getAttribute('aria-pressed')).toBe('true');
    expect(await live().textContent()).toBe(`${titleA} is gekozen om te vergelijken. 1 voorbeeld gekozen.`);
    expect(await bar().isVisible()).toBe(true);
    expect(await page.locator('[data-compare-note]').textContent()).toBe('Je hebt 1 voorbeeld gekozen. Kies er nog 1 om te vergelijken.');
    expect(await page.locator('[data-compare-link]').isHidden()).toBe(true);
    expect(new URL(page.url()).searchParams.getAll('vergelijk')).toEqual([idA]);

    await second.locator('button.compare-pick').click();
    const link = page.locator('[data-compare-link]');
    expect(await link.textContent()).toBe('Vergelijk 2 voorbeelden');
    expect(await link.getAttribute('href')).toBe(compareUrl([idA, idB]));
    expect(await axeViolations()).toEqual([]);

    // A filter (sort order) runs a new search: the choice stays in the address and on the buttons.
    await page.locator('#search-sort').selectOption('nieuw');
    await eventually(() => new URL(page.url()).searchParams.get('sort')).toBe('nieuw');
    expect(new URL(page.url()).searchParams.getAll('vergelijk')).toEqual([idA, idB]);
    await eventually(() => page.locator(`button.compare-pick[data-compare-pick="${idA}"]`).getAttribute('aria-pressed')).toBe('true');
    // A reload keeps it too.
    await page.reload({ waitUntil: 'load' });
    await eventually(() => link.getAttribute('href')).toBe(compareUrl([idA, idB]));

    await link.click();
    await page.waitForURL((url) => url.pathname === routes.practiceCompare);
    await eventually(() => page.locator('table.compare thead th[scope="col"] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([hrefA, hrefB]);
  }, 60_000);

  test('the plain practice list, before any filter, offers the same button on every card', async () => {
    await page.goto(`${baseUrl}${routes.practiceList()}`, { waitUntil: 'load' });
    const cards = page.locator('[data-static-list] .card');
    await eventually(() => page.locator('[data-static-list] .card button.compare-pick').count()).toBe(await cards.count());
    const hrefs = await cards.locator('a').evaluateAll((as) => as.slice(0, 2).map((a) => a.getAttribute('href')!));
    await cards.nth(0).locator('button.compare-pick').click();
    await cards.nth(1).locator('button.compare-pick').click();
    const ids = hrefs.map((h) => h.split('/').at(-2)!);
    await eventually(() => page.locator('[data-compare-link]').getAttribute('href')).toBe(compareUrl(ids));
    // Seen, not only there: the bar is not inside the filtered results, which stay hidden until a filter is chosen.
    expect(await page.locator('[data-compare-link]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-link]').textContent()).toBe('Vergelijk 2 voorbeelden');
    expect(await axeViolations()).toEqual([]);
  }, 60_000);
});
