/**
 * What a visitor sees of the filters and the results on /zoeken/ (issue 21), measured in Chromium
 * on the built site (real content):
 * - excerpts come from a page's own text (not from related cards, fact labels or navigation) and
 *   keep its words apart; themes and adviezen carry no made-up date;
 * - the filter column lists only options that give results, sorted by count, long facets collapsed
 *   behind a real button; no wall of "(0)" when nothing is found; every option shown has a count;
 *   at 1280 px the column does not run far below a short result list;
 * - the chosen filters are chips that remove them (URL and results follow), the count names them;
 * - at 375 px the filters sit behind a button, and "Toon N resultaten" closes them and moves focus
 *   to the results; all of it works from the keyboard; axe finds nothing.
 */
import { describe, expect, test } from 'vitest';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { HAVE_CHROMIUM, IN_CI } from '../support/browser.ts';
import { siteBrowser } from '../visual/site-browser.ts';
import { COLLAPSE_ABOVE, ORDERED_FACETS } from '../../src/search/facet-view.ts';
import type { FacetKey } from '../../src/search/facets.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SCRIPT });
  return page.evaluate(async () => {
    // @ts-expect-error injected above
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

const status = (page: Page) => page.locator('[data-search-status]');
const countNow = async (page: Page) => Number(/^(\d+) /.exec((await status(page).textContent()) ?? '')?.[1] ?? NaN);
const words = (text: string) => text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

/** Every option the eye sees in the filter column: its facet, label, count text, checked, and whether it is visible. */
function visibleOptions(page: Page) {
  return page.locator('[data-filter-panel] li[data-option]').evaluateAll((items) =>
    items
      .filter((li) => (li as HTMLElement).offsetParent !== null)
      .map((li) => ({
        key: li.closest<HTMLElement>('[data-facet]')!.dataset.facet!,
        label: li.querySelector('label')!.childNodes[0]!.textContent!.trim(),
        count: li.querySelector('.facet__count')!.textContent!,
        checked: li.querySelector('input')!.checked,
      })),
  );
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the filters and results of /zoeken/, as the eye sees them', () => {
  const browser = siteBrowser();

  async function open(url: string, width = 1280): Promise<Page> {
    const page = await browser.open(url, width);
    await page.locator('.search--enhanced').waitFor();
    return page;
  }

  test('excerpts come from the page\'s own text with its words apart; only dated kinds of page show a date', async () => {
    const checked: string[] = [];
    for (const q of ['thuiszitters', 'ouders', 'advies']) {
      const page = await open(`/zoeken/?q=${q}`);
      await eventually(() => countNow(page)).toBeGreaterThan(0);
      const results = await page.locator('[data-search-results] > li').evaluateAll((items) =>
        items.map((li) => ({ href: li.querySelector('a')!.getAttribute('href')!, meta: li.querySelector('.search-result__meta')!.textContent!, excerpt: li.querySelector('.search-result__excerpt')!.textContent! })),
      );
      await page.close();
      for (const result of results.slice(0, 6)) {
        const type = result.meta.split(' · ')[0]!;
        if (['Thema', 'Advies', 'Inspiratieregio', 'Community', 'Organisatie', 'Pagina'].includes(type)) {
          expect(result.meta, `${result.href}: no made-up date`).not.toMatch(/\d{4}$/);
        }
        // The page's own text as the eye sees it (blocks apart), without what the index leaves out.
        const target = await browser.open(result.href, 1280);
        const own = await target.evaluate(() => {
          document.querySelectorAll('details').forEach((d) => (d.open = true));
          const style = document.createElement('style');
          style.textContent = '[data-pagefind-ignore] { display: none !important; }';
          document.head.append(style);
          return (document.querySelector('[data-pagefind-body]') as HTMLElement).innerText;
        });
        await target.close();
        const ownWords = ` ${words(own).join(' ')} `;
        const excerptWords = words(result.excerpt);
        expect(excerptWords.length, `${result.href}: an excerpt`).toBeGreaterThan(3);
        expect(ownWords, `${result.href} (q=${q}): the excerpt "${result.excerpt}" is a run of the page's own words`).toContain(` ${excerptWords.join(' ')} `);
        checked.push(result.href);
      }
    }
    expect(checked.length).toBeGreaterThan(10);
  });

  test('only options with results, sorted by count, every one with a count; a long facet collapses behind a real button', async () => {
    const page = await open('/zoeken/?q=school');
    await eventually(() => countNow(page)).toBeGreaterThan(0);
    await eventually(() => page.locator('[data-filter-panel] .facet__count').first().textContent()).toMatch(/^\(\d+\)$/);
    const total = await countNow(page);
    const options = await visibleOptions(page);
    expect(options.length).toBeGreaterThan(0);
    for (const o of options) expect(o.count, `${o.key}: ${o.label}`).toMatch(/^\((\d+)\)$/);
    expect(options.filter((o) => o.count === '(0)'), 'options that give nothing').toEqual([]);
    const byFacet = Map.groupBy(options, (o) => o.key);
    for (const [key, list] of byFacet) {
      const counts = list.map((o) => Number(o.count.slice(1, -1)));
      if (!ORDERED_FACETS.has(key as FacetKey)) expect(counts, `${key}: most first`).toEqual([...counts].sort((a, b) => b - a));
      // A facet in view can narrow the results: one of its options gives some but not all of them.
      expect(counts.some((n) => n > 0 && n < total), `${key} can narrow ${total} results`).toBe(true);
      expect(list.length, `${key}: at most a handful shown at first`).toBeLessThanOrEqual(COLLAPSE_ABOVE);
    }
    const more = page.locator('[data-facet-more]:visible').first();
    expect(await more.count(), 'a facet long enough to collapse').toBe(1);
    expect(await more.evaluate((b) => b.tagName)).toBe('BUTTON');
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const all = Number(/^Toon alle (\d+) keuzes$/.exec((await more.textContent()) ?? '')?.[1]);
    const fieldset = more.locator('xpath=ancestor::fieldset');
    await more.focus();
    await page.keyboard.press('Enter');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await fieldset.locator('li[data-option]:visible').count()).toBe(all);
    expect(await more.textContent()).toBe('Toon minder');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  test('nothing found: no wall of "(0)", the panel says there is nothing to filter', async () => {
    const page = await open('/zoeken/?q=qqxyzzy');
    await eventually(() => countNow(page)).toBe(0);
    await eventually(() => page.locator('[data-facet-none]').isVisible()).toBe(true);
    expect(await visibleOptions(page)).toEqual([]);
    await page.close();
    // With a filter chosen, only that option shows (to switch it off), not the others at 0.
    const filtered = await open('/zoeken/?q=qqxyzzy&sector=po');
    await eventually(() => countNow(filtered)).toBe(0);
    await eventually(() => visibleOptions(filtered)).toEqual([{ key: 'sector', label: 'Primair onderwijs', count: '(0)', checked: true }]);
    await filtered.close();
  });

  test('at 1280 px the filter column ends near a short result list, and waits behind its button before a search', async () => {
    const idle = await open('/zoeken/');
    const toggle = idle.locator('[data-filter-toggle]');
    await eventually(() => toggle.isVisible()).toBe(true);
    expect(await idle.locator('[data-filter-panel]').isVisible()).toBe(false);
    await toggle.click();
    expect(await idle.locator('[data-filter-panel]').isVisible()).toBe(true);
    await idle.locator('[data-filter-panel] li[data-option]:visible input').first().check();
    await eventually(() => countNow(idle)).toBeGreaterThan(0);
    expect(await toggle.isVisible()).toBe(false); // a search: the column stands beside the results
    expect(await idle.locator('[data-filter-panel]').isVisible()).toBe(true);
    await idle.close();

    const page = await open('/zoeken/?q=thuiszitters&sector=po');
    await eventually(() => countNow(page)).toBeGreaterThan(0);
    await eventually(() => page.locator('[data-filter-panel] .facet__count').first().textContent()).toMatch(/^\(\d+\)$/);
    const { panel, results } = await page.evaluate(() => ({
      panel: document.querySelector('[data-filter-panel]')!.getBoundingClientRect().bottom,
      results: document.querySelector('.search-results')!.getBoundingClientRect().bottom,
    }));
    expect(await countNow(page)).toBeLessThan(5);
    expect(panel - results, 'px the filters run on below the results').toBeLessThan(800);
    await page.close();
  });

  test('chosen filters are chips; removing one changes the results, the URL and the count, which names the filters', async () => {
    const page = await open('/zoeken/?q=school&sector=po&regio=twente');
    await eventually(() => status(page).textContent()).toMatch(/ voor "school" met Inspiratieregio: Regio Twente en Sector: Primair onderwijs$/);
    const both = await countNow(page);
    const chips = page.locator('[data-chips-list] button');
    expect(await chips.evaluateAll((bs) => bs.map((b) => b.textContent))).toEqual(['Verwijder filter: Regio Twente×', 'Verwijder filter: Primair onderwijs×']);
    const twente = page.getByRole('button', { name: 'Verwijder filter: Regio Twente', exact: true });
    expect(await twente.count()).toBe(1);
    // Keyboard: Tab reaches the chip, Enter removes it, focus goes to the chip that took its place.
    await page.locator('#search-sort').focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verwijder filter: Regio Twente×');
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).search).toBe('?q=school&sector=po');
    await eventually(() => status(page).textContent()).toMatch(/ voor "school" met Sector: Primair onderwijs$/);
    expect(await countNow(page)).toBeGreaterThanOrEqual(both);
    expect(await page.locator('#f-regio-twente').isChecked()).toBe(false);
    expect(await chips.count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Verwijder filter: Primair onderwijs×');
    expect(await axeViolations(page)).toEqual([]);
    // The last chip: the filters are gone, focus goes to the results heading.
    await page.keyboard.press('Enter');
    await eventually(() => new URL(page.url()).search).toBe('?q=school');
    await eventually(() => status(page).textContent()).toMatch(/^\d+ resultaten voor "school"$/);
    expect(await page.locator('[data-chips]').isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('search-results-heading');
    await page.close();
  });

  test('at 375 px: the filters behind a button; "Toon N resultaten" closes them and moves focus to the results', async () => {
    const page = await open('/zoeken/?q=school', 375);
    await eventually(() => countNow(page)).toBeGreaterThan(0);
    const toggle = page.locator('[data-filter-toggle]');
    const panel = page.locator('[data-filter-panel]');
    expect(await toggle.isVisible()).toBe(true);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await panel.isVisible()).toBe(false);
    // The results start on the first screen, not after the filters.
    expect(await page.locator('[data-search-results] > li').first().evaluate((li) => li.getBoundingClientRect().top)).toBeLessThan(900);
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await panel.isVisible()).toBe(true);
    const option = panel.locator('li[data-option]:visible input').first();
    await option.focus();
    await page.keyboard.press('Space');
    await eventually(() => status(page).textContent()).toMatch(/ met /);
    const n = await countNow(page);
    const show = page.getByRole('button', { name: `Toon ${n} ${n === 1 ? 'resultaat' : 'resultaten'}` });
    expect(await show.isVisible()).toBe(true);
    expect(await toggle.textContent()).toMatch(/^\s*Filters \(1 gekozen\)\s*$/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await show.focus();
    await page.keyboard.press('Enter');
    await eventually(() => panel.isVisible()).toBe(false);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-search-results] a'))).toBe(true);
    expect(await page.locator('[data-chips]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
