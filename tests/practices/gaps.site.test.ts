/**
 * "Hier zoeken we nog voorbeelden" on the built site (real content): real tables with header cells,
 * each count matching the open data, each cell linking to the filtered practice list, empty cells
 * saying "nog geen"; in Chromium at 375 px the header cells break between words only and the wide
 * table scrolls inside its own labelled container, with a line saying so.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { attr, elements, parseHtml, text, type Node5, squash } from '../support/dist.ts';

const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const read = (rel: string) => readFileSync(join(site.outDir, rel), 'utf8');

describe('the gap view', () => {
  beforeAll(() => assertBuilt(site));
  const root = () => parseHtml(read('praktijkvoorbeelden/gezocht/index.html'));
  const tables = () => elements(root()).filter((e) => e.nodeName === 'table');
  const data = () => JSON.parse(read('data/praktijkvoorbeelden.json')) as { items: { advice: { advice: string }[]; ageGroups: string[]; sectors: string[] }[] };

  test('two real tables, with a caption and column and row headers', () => {
    expect(tables()).toHaveLength(2);
    for (const t of tables()) {
      const els = elements(t);
      expect(els.some((e) => e.nodeName === 'caption')).toBe(true);
      const heads = els.filter((e) => e.nodeName === 'th');
      expect(heads.filter((h) => attr(h, 'scope') === 'col').length).toBeGreaterThan(3);
      expect(heads.filter((h) => attr(h, 'scope') === 'row')).toHaveLength(7);
      expect(heads.every((h) => ['col', 'row'].includes(attr(h, 'scope') ?? ''))).toBe(true);
    }
  });

  test('each cell counts the published practices (as the open data has them) and links to the filtered list', () => {
    const items = data().items;
    const [byAge, bySector] = tables();
    const check = (table: Node5, key: 'leeftijd' | 'sector', field: 'ageGroups' | 'sectors') => {
      let links = 0;
      for (const td of elements(table).filter((e) => e.nodeName === 'td')) {
        const a = elements(td).find((e) => e.nodeName === 'a');
        if (!a) {
          expect(squash(text(td))).toMatch(/^nog geen praktijkvoorbeelden bij advies /);
          continue;
        }
        links++;
        const url = new URL(attr(a, 'href')!, 'http://x');
        expect(url.pathname).toBe('/praktijkvoorbeelden/');
        const advice = url.searchParams.get('advies')!;
        const value = url.searchParams.get(key)!;
        const expected = items.filter((p) => p.advice.some((x) => x.advice === advice) && p[field].includes(value)).length;
        expect(Number(squash(text(a)).split(' ')[0]), attr(a, 'href')).toBe(expected);
      }
      expect(links).toBeGreaterThan(0);
    };
    check(byAge!, 'leeftijd', 'ageGroups');
    check(bySector!, 'sector', 'sectors');
  });

  test('invites to contribute and says how', () => {
    const html = read('praktijkvoorbeelden/gezocht/index.html');
    expect(html).toContain('Heb jij een voorbeeld?');
    expect(html).toContain('href="/aanmelden/"');
    expect(html).toContain('href="/admin/"');
    expect(html).toContain('mailto:metandereogen@onderwijsjeugd.nl');
  });

  test('the practice list links to it', () => {
    expect(read('praktijkvoorbeelden/index.html')).toContain('href="/praktijkvoorbeelden/gezocht/"');
  });
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the gap view in the browser at 375 px', () => {
  let browser: Browser;
  let tab: Page;
  beforeAll(async () => {
    assertBuilt(site);
    browser = await launchChromium();
    tab = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await tab.goto(`${baseUrl}/praktijkvoorbeelden/gezocht/`);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('header cells break between words only, never inside one', async () => {
    const broken = await tab.evaluate(() => {
      const out: string[] = [];
      for (const th of document.querySelectorAll<HTMLElement>('.gaps th')) {
        const probe = document.createElement('span');
        probe.style.whiteSpace = 'nowrap';
        th.append(probe);
        for (const word of (th.textContent ?? '').split(/\s+/).filter(Boolean)) {
          probe.textContent = word;
          const style = getComputedStyle(th);
          const room = th.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
          if (probe.getBoundingClientRect().width > room + 0.5) out.push(`"${word}" in "${th.textContent?.trim()}"`);
        }
        probe.remove();
      }
      return out;
    });
    expect(broken).toEqual([]);
  });

  test('a table wider than the screen scrolls in its own focusable, labelled region and says so', async () => {
    const scroll = tab.locator('.gaps-scroll').nth(1);
    const [scrollWidth, clientWidth] = await scroll.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scrollWidth).toBeGreaterThan(clientWidth);
    expect(await scroll.getAttribute('tabindex')).toBe('0');
    expect(await scroll.getAttribute('aria-labelledby')).toBeTruthy();
    expect(await scroll.locator('.gaps__hint').isVisible()).toBe(true);
    // The page itself does not scroll sideways.
    expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });

  test('an empty cell stands out without colour: words, a dashed outline and a pattern', async () => {
    const cell = tab.locator('[data-gap]').first();
    expect((await cell.textContent())?.trim()).toMatch(/^nog geen/);
    const style = await cell.evaluate((el) => ({ outline: getComputedStyle(el).outlineStyle, image: getComputedStyle(el).backgroundImage }));
    expect(style.outline).toBe('dashed');
    expect(style.image).toContain('repeating-linear-gradient');
  });
});
