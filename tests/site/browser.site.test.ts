/**
 * Browser checks on the built site (the "site" build, real content), served on 127.0.0.1 by
 * global-setup.ts and driven with playwright-core through Debian's chromium (never a downloaded one):
 * - axe-core (WCAG 2.0/2.1/2.2 A and AA) on one page of every template, discovered from dist/;
 * - no request from any page to another host;
 * - on every page: lang="nl", a title, a meta description, and a skip link that moves focus to <main>.
 * They must run in CI (CI=true); elsewhere they skip, saying why, when /usr/bin/chromium is missing.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { sitePages, templateSample, type SitePage } from '../support/dist.ts';
import { assertBuilt, listing } from '../support/build-result.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

if (!HAVE_CHROMIUM && !IN_CI) {
  console.warn(`\n[browser tests] SKIPPED: ${CHROMIUM} not found. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. With CI=true they run and fail instead.\n`);
}

const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const pages: SitePage[] = site.exitCode === 0 ? sitePages(site.outDir) : [];
/** The 404 page is checked as a visitor meets it: at an address that does not exist. */
const MISSING = '/deze-pagina-bestaat-niet/';
const visitUrl = (page: SitePage) => (page.url === '/404.html' ? MISSING : page.url);
const sample = templateSample(pages);

interface Violation {
  id: string;
  impact: string;
  help: string;
  helpUrl: string;
  nodes: { target: string; html: string; summary: string }[];
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  /** Requests to any host but ours, per page visited (for the axe sample and the walk over every page). */
  const foreign = new Map<string, string[]>();

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI (.ci/run installs Debian's chromium).`);
    assertBuilt(site);
    expect(baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /**
   * A tab that records every request leaving 127.0.0.1:<port> (and stops it there, so the check does
   * not depend on the network), filed under the page being visited.
   */
  async function recordingTab(): Promise<{ page: Page; visit(url: string, settle?: boolean): Promise<void> }> {
    const page = await context.newPage();
    let current = '';
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.protocol === 'data:' || url.protocol === 'blob:') return route.continue();
      if (url.origin !== baseUrl) {
        foreign.set(current, [...(foreign.get(current) ?? []), `${route.request().resourceType()} ${url.href}`]);
        return route.abort('blockedbyclient');
      }
      return route.continue();
    });
    return {
      page,
      async visit(url, settle = false) {
        current = url;
        const response = await page.goto(baseUrl + url, { waitUntil: 'load' });
        expect(response, url).not.toBeNull();
        // Let late requests and client scripts finish before axe looks at the page.
        if (settle) await page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
      },
    };
  }

  test('the checks can fail: axe reports a bad page, the recorder a request elsewhere', async () => {
    const tab = await recordingTab();
    try {
      await tab.page.setContent('<!doctype html><html><head><title>x</title></head><body><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw="><a href="/x/"></a></body></html>');
      await tab.page.addScriptTag({ path: AXE_SCRIPT });
      const ids = await tab.page.evaluate(async (tags) => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v: { id: string }) => v.id);
      }, AXE_TAGS);
      expect(ids).toEqual(expect.arrayContaining(['html-has-lang', 'image-alt', 'link-name']));
      await tab.visit('/?zelftest');
      await tab.page.evaluate(() => fetch('https://elders.example/spoor.js').catch(() => undefined));
      expect(foreign.get('/?zelftest')).toEqual(['fetch https://elders.example/spoor.js']);
    } finally {
      foreign.delete('/?zelftest');
      await tab.page.close();
    }
  });

  test('the template sample has the home page, the 404 page and a detail page', () => {
    const urls = sample.map((p) => p.url);
    expect(urls).toContain('/');
    expect(urls).toContain('/404.html');
    expect(urls.some((u) => u.split('/').filter(Boolean).length >= 2)).toBe(true);
  });

  describe('axe-core, one page per template', () => {
    // The sample is discovered from dist/: the home page, every top-level page (list pages, MDX
    // pages, 404) and the first page of every other URL shape (a detail page per collection,
    // /praktijkvoorbeelden/thema/<id>/, …). See templateKey() in tests/support/dist.ts.
    let tab: Awaited<ReturnType<typeof recordingTab>>;
    beforeAll(async () => {
      tab = await recordingTab();
    });
    afterAll(async () => {
      await tab?.page.close();
    });

    test.each(sample.map((p) => [p.url, p] as const))('%s', async (_, entry) => {
      await tab.visit(visitUrl(entry), true);
      await tab.page.addScriptTag({ path: AXE_SCRIPT });
      const violations: Violation[] = await tab.page.evaluate(async (tags) => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v: any) => ({
          id: v.id as string,
          impact: v.impact as string,
          help: v.help as string,
          helpUrl: v.helpUrl as string,
          nodes: v.nodes.map((n: any) => ({ target: n.target.join(' ') as string, html: n.html as string, summary: String(n.failureSummary) })),
        }));
      }, AXE_TAGS);
      const report = violations
        .map(
          (v) =>
            `${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
            v.nodes.map((n) => `  - ${n.target}\n    ${n.html.slice(0, 200)}\n    ${n.summary.replace(/\n/g, '\n    ')}`).join('\n'),
        )
        .join('\n');
      expect(violations.length, `axe found ${violations.length} violation(s) on ${entry.url}:\n${report}`).toBe(0);
    });
  });

  test(
    'every page: lang="nl", a title, a meta description, a skip link that moves focus to <main>; no request to another host',
    async () => {
      const problems: string[] = [];
      const queue = [...pages];
      // Two tabs at a time: the walk is bound by the 2 cores, not by waiting.
      await Promise.all(
        [0, 1].map(async () => {
          const tab = await recordingTab();
          try {
            for (let entry = queue.shift(); entry; entry = queue.shift()) problems.push(...(await checkPage(tab, visitUrl(entry))));
          } finally {
            await tab.page.close();
          }
        }),
      );
      // Includes what the axe-checked pages requested.
      for (const [url, requests] of foreign) for (const r of requests) problems.push(`${url}: request to another host: ${r}`);
      expect(problems, `${problems.length} problems on ${pages.length} pages:\n${listing(problems.sort())}`).toEqual([]);
    },
    Math.max(120_000, pages.length * 1_500),
  );

  async function checkPage(tab: Awaited<ReturnType<typeof recordingTab>>, url: string): Promise<string[]> {
    const problems: string[] = [];
    const { page } = tab;
    await tab.visit(url);
    const facts = await page.evaluate(() => ({
      lang: document.documentElement.getAttribute('lang'),
      title: document.title.trim(),
      description: document.querySelector('meta[name="description"]')?.getAttribute('content')?.trim() ?? '',
    }));
    if (facts.lang !== 'nl') problems.push(`${url}: lang="${facts.lang}"`);
    if (!facts.title) problems.push(`${url}: empty title`);
    if (!facts.description) problems.push(`${url}: no meta description`);
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return { ok: false, visible: false, what: 'nothing focused after one Tab' };
      const href = el.getAttribute('href') ?? '';
      const box = el.getBoundingClientRect();
      const visible = box.width > 1 && box.height > 1 && box.bottom > 0 && box.right > 0 && box.top < innerHeight && getComputedStyle(el).visibility !== 'hidden';
      return { ok: el.tagName === 'A' && href.startsWith('#'), visible, what: `<${el.tagName.toLowerCase()} href="${href}">${el.textContent?.trim().slice(0, 40)}` };
    });
    if (!skip.ok) return [...problems, `${url}: the first Tab does not reach a skip link (${skip.what})`];
    if (!skip.visible) problems.push(`${url}: the skip link is not visible when focused (${skip.what})`);
    await page.keyboard.press('Enter');
    const focus = await page.evaluate(() => {
      const el = document.activeElement;
      const main = document.querySelector('main');
      return { inMain: !!main && !!el && (el === main || main.contains(el)), what: el ? `<${el.tagName.toLowerCase()}${el.id ? ` id="${el.id}"` : ''}>` : 'nothing' };
    });
    if (!focus.inMain) problems.push(`${url}: after the skip link, focus is on ${focus.what}, not on <main>`);
    return problems;
  }
});
