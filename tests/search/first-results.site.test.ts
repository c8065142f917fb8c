/**
 * A shared search link (/zoeken/?q=…) gets Pagefind's script early (issue 17): the page's head
 * preloads it.
 * Checked on the built site (real content): the preload links point at files the build wrote, the
 * browser uses the preload (Pagefind's script is fetched once), and a shared link shows its results
 * with nothing fetched twice. No timings: those are in bench/ (npm run bench).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { attr, elements, parseHtml, type Node5 } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { routes } from '../../src/routes.ts';
import { PAGEFIND_URL } from '../../src/search/pagefind.ts';

const { site } = inject('builds');

function searchPageHead(): Node5[] {
  const html = readFileSync(join(site.outDir, routes.search, 'index.html'), 'utf8');
  const head = elements(parseHtml(html)).find((el) => el.tagName === 'head');
  if (!head) throw new Error(`${routes.search}: geen <head>`);
  return elements(head);
}

/** The file in dist a root-relative URL is served from. */
const fileOf = (href: string) => join(site.outDir, ...new URL(href, 'http://x').pathname.split('/'));

describe('the search page fetches Pagefind\'s script early', () => {
  test('its head preloads Pagefind\'s script, and every preload points at a file of the build', () => {
    assertBuilt(site);
    const links = searchPageHead().filter((el) => el.tagName === 'link' && ['preload', 'modulepreload'].includes(attr(el, 'rel') ?? ''));
    expect(links.map((el) => `${attr(el, 'rel')} ${attr(el, 'href')}`)).toContain(`modulepreload ${PAGEFIND_URL}`);
    for (const link of links) {
      const href = attr(link, 'href') ?? '';
      expect(href, 'a preload of this site, root-relative').toMatch(/^\/(?!\/)/);
      const file = fileOf(href);
      expect(existsSync(file) && statSync(file).isFile(), `${href} is not a file in dist/`).toBe(true);
    }
  });

  describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('in the browser', () => {
    let browser: Browser;
    let server: StaticServer;
    const sent: string[] = [];

    beforeAll(async () => {
      if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
      assertBuilt(site);
      // A server of its own, which sees every request (the Web Worker's too).
      server = await serveStatic(site.outDir, { onSent: (path) => sent.push(path) });
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    test('a shared link shows its results with Pagefind\'s script and each result\'s data fetched once', async () => {
      const context = await browser.newContext({ locale: 'nl-NL' });
      const page = await context.newPage();
      const warnings: string[] = [];
      page.on('console', (message) => {
        if (/preload/i.test(message.text())) warnings.push(message.text());
      });
      try {
        sent.length = 0;
        await page.goto(`${server.url}${routes.search}?q=ouders`, { waitUntil: 'load' });
        await expect.poll(() => page.locator('[data-search-results] > li').count(), { timeout: 15_000 }).toBeGreaterThan(0);
        await expect.poll(() => page.locator('[data-search-status]').textContent(), { timeout: 15_000 }).toMatch(/^\d+ /);
        const shown = await page.locator('[data-search-results] > li').count();
        const count = (path: string) => sent.filter((p) => p === path).length;
        // The modulepreload was used by the import (not fetched a second time).
        expect(count(PAGEFIND_URL)).toBe(1);
        // Nothing is fetched twice (the preload is used; each result's data once).
        const fragments = sent.filter((p) => p.endsWith('.pf_fragment'));
        expect(fragments.length).toBeGreaterThanOrEqual(shown);
        expect(new Set(fragments).size).toBe(fragments.length);
        // No file of the page was fetched twice (a preload the browser could not use would be).
        const twice = [...new Set(sent)].filter((p) => count(p) > 1 && !p.startsWith('/pagefind/pagefind-entry.json'));
        expect(twice).toEqual([]);
        expect(warnings).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });
});
