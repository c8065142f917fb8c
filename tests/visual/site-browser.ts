/**
 * One Chromium per test file for the visual checks on the built site (the "site" build of
 * tests/support/global-setup.ts), with a Dutch locale, Amsterdam time and no request to another host.
 * Call `siteBrowser()` inside a describe block; `open(url, width)` gives a loaded tab (status 200).
 */
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';

export interface SiteBrowser {
  baseUrl: string;
  open(url: string, width: number, options?: { media?: 'print' | 'screen'; touch?: boolean }): Promise<Page>;
}

export function siteBrowser(): SiteBrowser {
  const { site } = inject('builds');
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  // One context per kind of screen, reused: a new tab per page is cheap, a new context is not.
  const contexts = new Map<string, Promise<BrowserContext>>();

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI (.ci/run installs Debian's chromium).`);
    assertBuilt(site);
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts.values()) await (await c).close();
    await browser?.close();
  });

  return {
    baseUrl,
    async open(url, width, { media = 'screen', touch = false } = {}) {
      const key = `${width} ${media} ${touch}`;
      if (!contexts.has(key)) {
        contexts.set(
          key,
          (async () => {
            const context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width, height: 900 }, hasTouch: touch, isMobile: touch });
            await context.route('**/*', (route) => (new URL(route.request().url()).origin === baseUrl || /^(data|blob):/.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
            return context;
          })(),
        );
      }
      const tab = await (await contexts.get(key)!).newPage();
      await tab.emulateMedia({ media });
      const response = await tab.goto(baseUrl + url, { waitUntil: 'load' });
      expect(response?.status(), url).toBe(200);
      return tab;
    },
  };
}
