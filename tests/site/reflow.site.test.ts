/**
 * Reflow (WCAG 1.4.10): at 320 CSS pixels wide no page scrolls sideways. One page per template,
 * discovered from dist/, in Debian's Chromium; must run when CI=true.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { type Browser, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { sitePages, templateSample } from '../support/dist.ts';
import { assertBuilt } from '../support/build-result.ts';

const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const sample = site.exitCode === 0 ? templateSample(sitePages(site.outDir)).filter((p) => p.url !== '/404.html') : [];

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('reflow at 320 px', () => {
  let browser: Browser;
  let page: Page;
  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 320, height: 800 } });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the sample holds several templates', () => {
    expect(sample.length).toBeGreaterThan(10);
  });

  test('no page of the sample is wider than the screen', async () => {
    const wide: string[] = [];
    for (const entry of sample) {
      await page.goto(baseUrl + entry.url, { waitUntil: 'load' });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      if (width > 320) wide.push(`${entry.url}: ${width} px`);
    }
    expect(wide, `pages that scroll sideways at 320 px:\n${wide.join('\n')}`).toEqual([]);
  }, 180_000);
});
