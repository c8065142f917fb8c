/**
 * The search page end to end, in Chromium against the built site (real content): typing, filters
 * across facets with counts, the URL as state (reload, back, shared links, unknown values), the
 * header form from a content page, the empty result with its advice, keyboard use, and axe-core
 * on the empty, results and no-results states.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createRequire } from 'node:module';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const { site } = inject('builds');
const baseUrl = inject('baseUrl');

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('search in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  /** expect.poll with room for a loaded CI machine (Pagefind runs in a worker). */
  const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
  const status = () => page.locator('[data-search-status]');
  const results = () => page.locator('[data-search-results] > li');
  const query = () => new URL(page.url()).search;

  async function open(path: string) {
    await page.goto(baseUrl + path, { waitUntil: 'load' });
    await page.locator('.search--enhanced').waitFor();
  }

  /** Check a filter option, first opening its facet's "Toon alle …" when the option is collapsed. */
  async function choose(id: string) {
    const box = page.locator(`#${id}`);
    if (!(await box.isVisible())) await box.locator('xpath=ancestor::fieldset').locator('[data-facet-more]').click();
    await box.check();
  }

  async function countNow(): Promise<number> {
    const text = (await status().textContent()) ?? '';
    return Number(/^(\d+)/.exec(text)?.[1] ?? NaN);
  }

  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ path: AXE_SCRIPT });
    return page.evaluate(async () => {
      // @ts-expect-error injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    });
  }

  test('the empty page invites a search, passes axe and shows no count', async () => {
    await open('/zoeken/');
    await eventually(() => page.locator('[data-search-intro]').isVisible()).toBe(true);
    expect(await status().textContent()).toBe('');
    expect(await axeViolations()).toEqual([]);
  });

  test('typing shows results as you type, with a count in a polite live region and the query in the URL', async () => {
    await open('/zoeken/');
    expect(await status().getAttribute('aria-live')).toBe('polite');
    await page.locator('#search-q').pressSequentially('thuiszitters', { delay: 20 });
    // On a busy machine a pause in the typing may show results for a part of the word first.
    await eventually(() => status().textContent()).toMatch(/^\d+ (resultaat|resultaten) voor "thuiszitters"$/);
    expect(await countNow()).toBeGreaterThan(0);
    expect(await results().count()).toBe(Math.min(await countNow(), 20));
    // Each result: a titled link, a meta line and an excerpt with the word highlighted.
    const first = results().first();
    expect(await first.locator('h3 a').getAttribute('href')).toMatch(/^\/[a-z]/);
    expect((await first.locator('.search-result__meta').textContent())?.trim()).not.toBe('');
    expect(await page.locator('[data-search-results] mark').count()).toBeGreaterThan(0);
    expect(query()).toBe('?q=thuiszitters');
    expect(await axeViolations()).toEqual([]);
  });

  test('Dutch stemming: the singular finds the plural', async () => {
    await open('/zoeken/?q=thuiszitter');
    await eventually(countNow).toBeGreaterThan(0);
  });

  test('filters: OR within a facet, AND across facets, counts beside the options, all in the URL', async () => {
    await open('/zoeken/?type=praktijkvoorbeeld');
    await eventually(countNow).toBeGreaterThan(0);
    const allPractices = await countNow();
    // Counts appear beside the options of every facet.
    expect(await page.locator('[data-count="sector:po"]').textContent()).toMatch(/^\(\d+\)$/);

    // The live region names the chosen filters, so it tells when the count belongs to a selection.
    const countWith = async (filters: string) => {
      await eventually(() => status().textContent()).toMatch(new RegExp(` met ${filters}$`));
      return countNow();
    };
    await choose('f-sector-po');
    const po = await countWith('Soort: Praktijkvoorbeeld en Sector: Primair onderwijs');
    await choose('f-sector-vo');
    const poOrVo = await countWith('Soort: Praktijkvoorbeeld en Sector: Primair onderwijs of Voortgezet onderwijs');
    expect(poOrVo).toBeGreaterThanOrEqual(po); // OR within a facet widens
    expect(poOrVo).toBeLessThanOrEqual(allPractices);
    await choose('f-fase-pilot');
    const withPhase = await countWith('Soort: Praktijkvoorbeeld, Sector: Primair onderwijs of Voortgezet onderwijs en Fase: Pilot');
    expect(withPhase).toBeLessThanOrEqual(poOrVo); // AND across facets narrows
    expect(withPhase).toBeGreaterThan(0);
    expect(query()).toBe('?type=praktijkvoorbeeld&sector=po&sector=vo&fase=pilot');
  });

  test('filtering and counting need neither the whole word index nor Pagefind\'s filter data (they scale to 10,000 practices)', async () => {
    const fetched: string[] = [];
    const onRequest = (request: { url: () => string }) => void fetched.push(new URL(request.url()).pathname);
    context.on('request', onRequest);
    try {
      // Filters alone: Pagefind would load every word chunk for this; the facet table lists the pages.
      await open('/zoeken/?type=praktijkvoorbeeld&sector=po');
      await eventually(() => status().textContent()).toMatch(/met Soort: Praktijkvoorbeeld en Sector: Primair onderwijs$/);
      const filteredOnly = await countNow();
      // The same selection as the build counts it from the content model (the list's own counts).
      await page.goto(`${baseUrl}/praktijkvoorbeelden/`, { waitUntil: 'load' });
      expect(await page.locator('[data-count="sector:po"]').first().textContent()).toBe(`(${filteredOnly})`);
      expect(fetched.filter((path) => path.startsWith('/pagefind/index/'))).toEqual([]);
      // Words and a filter: Pagefind reads the word's chunk, but never its filter data.
      await open('/zoeken/?q=ouders&sector=po');
      await eventually(() => status().textContent()).toMatch(/voor "ouders" met Sector: Primair onderwijs$/);
      await eventually(() => page.locator('[data-count="sector:po"]').textContent()).toMatch(/^\(\d+\)$/);
      expect(fetched.filter((path) => path.startsWith('/pagefind/filter/'))).toEqual([]);
      expect(fetched.filter((path) => path.startsWith('/pagefind/index/')).length).toBeGreaterThan(0);
    } finally {
      context.off('request', onRequest);
    }
  });

  test('a reload restores the search, and back and forward step through it', async () => {
    await open('/zoeken/?q=school&sector=po');
    await eventually(countNow).toBeGreaterThan(0);
    const withPo = await countNow();
    await page.reload();
    await page.locator('.search--enhanced').waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('school');
    expect(await page.locator('#f-sector-po').isChecked()).toBe(true);
    await eventually(countNow).toBe(withPo);

    await page.locator('#f-sector-po').uncheck();
    await eventually(() => query()).toBe('?q=school');
    await eventually(countNow).toBeGreaterThanOrEqual(withPo);
    await page.goBack();
    await eventually(() => query()).toBe('?q=school&sector=po');
    await eventually(() => page.locator('#f-sector-po').isChecked()).toBe(true);
    await eventually(countNow).toBe(withPo);
    await page.goForward();
    await eventually(() => page.locator('#f-sector-po').isChecked()).toBe(false);
  });

  test('unknown keys and values in a shared link are ignored, never an error', async () => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await open('/zoeken/?q=thuiszitters&kleur=rood&sector=hbo&sort=oud');
    await eventually(countNow).toBeGreaterThan(0);
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  test('newest first: sort=nieuw orders results by date', async () => {
    await open('/zoeken/?type=nieuws&sort=nieuw');
    await eventually(countNow).toBeGreaterThan(1);
    expect(await page.locator('#search-sort').inputValue()).toBe('nieuw');
    const hrefs = await page.locator('[data-search-results] h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    // Newest first, as on the news list page: each result's day (from the news list) is on or
    // before the one above it; news whose day no source gives comes last. Ties may come in any order.
    await page.goto(`${baseUrl}/nieuws/`);
    const days = new Map(
      await page.locator('main .news-item').evaluateAll((items) =>
        items.map((item): [string, string] => [item.querySelector('a[href^="/nieuws/"]')?.getAttribute('href') ?? '', item.querySelector('time')?.getAttribute('datetime') ?? '']),
      ),
    );
    const inOrder = hrefs.map((h) => days.get(h!) ?? 'missing');
    expect(inOrder).not.toContain('missing');
    expect(inOrder.filter(Boolean).length).toBeGreaterThan(1);
    const sortKey = (day: string) => day || '0000';
    expect(inOrder).toEqual([...inOrder].sort((a, b) => sortKey(b).localeCompare(sortKey(a))));
  });

  test('nothing found: it says so, suggests which filter to drop, offers "wis filters", and passes axe', async () => {
    // Only practices have a phase, so a newsletter in the phase "idee" cannot exist.
    await open('/zoeken/?type=nieuwsbrief&fase=idee');
    await eventually(countNow).toBe(0);
    await eventually(() => page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-suggestion]').textContent()).toMatch(/^Zonder het filter (Soort|Fase): .+ (is er 1 resultaat|zijn er \d+ resultaten)\.$/);
    expect(await axeViolations()).toEqual([]);
    await page.getByRole('button', { name: 'Wis filters' }).click();
    await eventually(() => query()).toBe('');
    await eventually(() => page.locator('[data-search-intro]').isVisible()).toBe(true);
  });

  test('keyboard only: the query field, a filter (Space) and the results are reachable, with visible focus', async () => {
    await open('/zoeken/');
    await page.locator('#search-q').focus();
    await page.keyboard.type('ouders');
    await eventually(countNow).toBeGreaterThan(0);
    const before = await countNow();
    // Tab from the query field to the first filter option and toggle it with Space.
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(focused.id).toMatch(/^f-/);
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Space');
    await eventually(() => query()).toContain(`=${focused.id!.split('-').slice(2).join('-')}`);
    await eventually(countNow).toBeLessThanOrEqual(before);
  });

  test('the header form on a content page (no JavaScript there) submits to /zoeken/', async () => {
    await page.goto(`${baseUrl}/over/`);
    expect(await page.locator('script[src]').count()).toBe(0);
    await page.locator('#site-search-q').fill('schoolarts');
    await page.locator('#site-search-q').press('Enter');
    await page.waitForURL(/\/zoeken\/\?q=schoolarts$/);
    await page.locator('.search--enhanced').waitFor();
    expect(await page.locator('#search-q').inputValue()).toBe('schoolarts');
    await eventually(countNow).toBeGreaterThan(0);
  });

  test('works at 320 px without sideways scrolling', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await open('/zoeken/?q=thuiszitters');
    await eventually(countNow).toBeGreaterThan(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.setViewportSize({ width: 1280, height: 900 });
  });
});
