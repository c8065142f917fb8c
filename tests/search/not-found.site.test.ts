/**
 * A page that does not exist is not a dead end (issue 17): the 404 page offers a search with the
 * words of the address, and that search finds the page the visitor meant. In Debian's Chromium,
 * on the built site (the test server answers a missing address with 404.html and status 404).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';

const { site } = inject('builds');
const baseUrl = inject('baseUrl');

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the 404 page searches for the words of the address', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 375, height: 800 }, locale: 'nl-NL' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a mistyped practice address leads to that practice in one click', async () => {
    const response = await page.goto(`${baseUrl}/praktijkvoorbeelden/dokwerk-gorinchm/`, { waitUntil: 'load' });
    expect(response?.status()).toBe(404);
    const link = page.locator('#notfound-words-link');
    await expect.poll(() => link.textContent()).toBe('Zoek naar “dokwerk gorinchm”');
    expect(await page.locator('#notfound-q').inputValue()).toBe('dokwerk gorinchm');
    await link.click();
    await page.waitForURL(/\/zoeken\/\?q=dokwerk\+gorinchm$/);
    // "gorinchm" is in no page: the search still finds the practice by the word it has in common.
    await expect.poll(() => page.locator('main a[href="/praktijkvoorbeelden/dokwerk-gorinchem/"]').count()).toBeGreaterThan(0);
  }, 60_000);

  test('an address of route words alone offers no empty search', async () => {
    await page.goto(`${baseUrl}/praktijkvoorbeelden/pagina/99/`, { waitUntil: 'load' });
    await page.locator('#notfound-q').waitFor();
    expect(await page.locator('#notfound-words').isHidden()).toBe(true);
    expect(await page.locator('#notfound-q').inputValue()).toBe('');
  }, 60_000);
});
