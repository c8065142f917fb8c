/**
 * Compare side by side (issue 16) on the built site (real content):
 * - without a browser: every practice page carries its compare record (a JSON block, no script
 *   that runs) and a plain link to the compare page with it chosen; the compare page offers every
 *   practice in a plain GET form; A4 landscape only in the compare page's styles; no file per
 *   practice was added for comparing;
 * - in Chromium: the table for two real practices (headers, a worksheet row, "Nog niet beschreven"
 *   where a practice has nothing), only the chosen practice pages requested, removing one, an
 *   unknown and a missing id named while the rest is shown, choosing with the form, 375 px
 *   (a focusable, labelled scroll region with a visible hint, header cells never broken inside a
 *   word), print (the chosen address on top, no form), and axe-core with the table filled.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { attr, elements, listFiles, parseHtml, text, type Node5, squash } from '../support/dist.ts';
import { RESERVED_IDS } from '../../src/model/index.ts';
import { routes } from '../../src/routes.ts';
import { COMPARE_ASPECTS, COMPARE_DATA_ID, NOT_DESCRIBED, compareUrl, needMoreText, readCompareRecord } from '../../src/practices/compare.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const fileOf = (url: string) => join(site.outDir, url, 'index.html');
const elementsAt = (url: string): Node5[] => elements(parseHtml(readFileSync(fileOf(url), 'utf8')));

const A = 'dokwerk-gorinchem';
const B = 't-baken-lochem';

/** The practices' own pages in dist (not the list pages and route words). */
function practiceIds(): string[] {
  return listFiles(site.outDir)
    .map((rel) => /^praktijkvoorbeelden\/([^/]+)\/index\.html$/.exec(rel)?.[1])
    .filter((id): id is string => Boolean(id) && !RESERVED_IDS.includes(id!))
    .sort();
}

/** The record in a practice page's JSON block. */
function recordOf(id: string) {
  const blocks = elementsAt(routes.practice(id)).filter((e) => e.tagName === 'script' && attr(e, 'id') === COMPARE_DATA_ID);
  expect(blocks, id).toHaveLength(1);
  expect(attr(blocks[0]!, 'type')).toBe('application/json');
  return readCompareRecord(JSON.parse(text(blocks[0]!)));
}

describe('compare data and links in the built pages', () => {
  beforeAll(() => assertBuilt(site));

  test('every practice page carries its record and a plain link to compare it', () => {
    const ids = practiceIds();
    expect(ids).toContain(A);
    expect(ids).toContain(B);
    for (const id of ids) {
      const record = recordOf(id);
      expect(record, id).toBeDefined();
      expect(record!.id).toBe(id);
      expect(record!.url).toBe(routes.practice(id));
      const link = elementsAt(routes.practice(id)).find((e) => e.tagName === 'a' && squash(text(e)) === 'Vergelijk met andere voorbeelden');
      expect(link, id).toBeDefined();
      expect(attr(link!, 'href')).toBe(compareUrl([id]));
    }
  });

  test('the record holds what the practice page says', () => {
    const record = recordOf(A)!;
    expect(record.title).toBe('Dokwerk: vmbo-lesstof in een veilige kleine groep op de praktijkschool');
    expect(record.aspects.where.map((i) => i.text)).toEqual(['Gorinchem, Zuid-Holland']);
    expect(record.aspects.contact.map((i) => i.text)).toEqual(['Mandy Witte', 'Stichting Samenwerkingsverband VO Passend Onderwijs (28.14) Gorinchem e.o.', 'mwitte@swvpasvorm.nl']);
    const page = squash(text(parseHtml(readFileSync(fileOf(routes.practice(A)), 'utf8'))));
    for (const item of record.aspects.workingElements) expect(page).toContain(item.text);
  });

  test('the compare page offers every practice in a plain form that goes to itself', () => {
    const els = elementsAt(routes.practiceCompare);
    const form = els.find((e) => e.tagName === 'form' && attr(e, 'data-compare-form') !== undefined)!;
    expect(form).toBeDefined();
    expect(attr(form, 'method')).toBe('get');
    expect(attr(form, 'action')).toBe(routes.practiceCompare);
    const boxes = elements(form).filter((e) => e.tagName === 'input' && attr(e, 'type') === 'checkbox');
    expect(boxes.map((b) => attr(b, 'value')).sort()).toEqual(practiceIds());
    expect(new Set(boxes.map((b) => attr(b, 'name')))).toEqual(new Set(['p']));
    expect(elements(form).some((e) => e.tagName === 'button' && attr(e, 'type') === 'submit')).toBe(true);
  });

  test('A4 landscape is in the compare page\'s styles only', () => {
    const sheets = (url: string) =>
      elementsAt(url)
        .filter((e) => e.tagName === 'link' && attr(e, 'rel') === 'stylesheet' && attr(e, 'href')!.startsWith('/_astro/'))
        .map((e) => readFileSync(join(site.outDir, attr(e, 'href')!), 'utf8'))
        .join('\n');
    expect(sheets(routes.practiceCompare)).toMatch(/@page\s*\{[^}]*size:\s*A4 landscape/);
    for (const url of [routes.practice(A), routes.practiceList(), routes.practiceGaps, routes.home]) expect(sheets(url), url).not.toMatch(/landscape/);
  });

  test('comparing adds no file per practice: one page and its script', () => {
    const files = listFiles(site.outDir).filter((rel) => /vergelijk/.test(rel));
    expect(files.filter((f) => f.endsWith('.html'))).toEqual(['praktijkvoorbeelden/vergelijk/index.html']);
    for (const id of practiceIds()) expect(listFiles(site.outDir).filter((rel) => rel.includes(id) && !rel.startsWith(`praktijkvoorbeelden/${id}/`) && rel.endsWith('.json'))).toEqual([]);
  });
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the compare page in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;
  let tab: Page;
  /** Same-origin paths the tab asked for as a document or by fetch (not scripts, styles, fonts). */
  let requested: string[] = [];

  beforeAll(async () => {
    assertBuilt(site);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    tab = await context.newPage();
    tab.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin === baseUrl && ['document', 'fetch', 'xhr'].includes(r.resourceType())) requested.push(url.pathname + url.search);
    });
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function open(ids: string[] | string): Promise<void> {
    requested = [];
    await tab.goto(baseUrl + (typeof ids === 'string' ? ids : compareUrl(ids)));
    await tab.waitForFunction(() => {
      const status = document.querySelector('[data-compare-status]');
      return Boolean(status?.textContent) && !/opgehaald/.test(status!.textContent!);
    });
  }
  const status = () => tab.locator('[data-compare-status]').innerText();
  const colHeads = () => tab.locator('table.compare thead th[scope="col"]').allInnerTexts();

  test('two real practices: a column each, a row per aspect, worksheet rows filled or "Nog niet beschreven"', async () => {
    await open([A, B]);
    const titles = [recordOf(A)!.title, recordOf(B)!.title];
    expect(await tab.locator('table.compare caption').innerText()).toMatch(/^Twee praktijkvoorbeelden naast elkaar/);
    expect((await colHeads()).map(squash)).toEqual(['Onderdeel', ...titles]);
    const links = tab.locator('table.compare thead th[scope="col"] a');
    expect(await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))).toEqual([routes.practice(A), routes.practice(B)]);
    expect((await tab.locator('table.compare tbody th[scope="row"]').allInnerTexts()).map(squash)).toEqual(COMPARE_ASPECTS.map((a) => a.label));

    const row = (key: string) => tab.locator(`table.compare tbody tr[data-aspect="${key}"] td`);
    const working = await row('workingElements').allInnerTexts();
    expect(working[0]).toContain('Een kleine groep van hoogstens 12 leerlingen');
    expect(await row('workingElements').nth(0).locator('li').count()).toBe(recordOf(A)!.aspects.workingElements.length);
    // 't Baken describes no conditions and no costs: the cells say so, never blank.
    expect(squash((await row('conditions').allInnerTexts())[1]!)).toBe(NOT_DESCRIBED);
    expect(squash((await row('costs').allInnerTexts())[1]!)).toBe(NOT_DESCRIBED);
    const blank = await tab.locator('table.compare td').evaluateAll((tds) => tds.filter((td) => !td.closest('.compare__actions') && !td.textContent?.trim()).length);
    expect(blank).toBe(0);
    expect(await status()).toMatch(/De tabel staat hieronder/);
  });

  test('only the chosen practice pages were requested', async () => {
    await open([A, B]);
    const pages = requested.filter((p) => p !== compareUrl([A, B]));
    expect(pages.sort()).toEqual([routes.practice(A), routes.practice(B)].sort());
  });

  test('"Verwijder uit vergelijking" is a plain link to the address without that practice', async () => {
    await open([A, B]);
    const remove = tab.locator('table.compare .compare__actions a').first();
    expect(await remove.getAttribute('href')).toBe(compareUrl([B]));
    await remove.click();
    await tab.waitForURL((url) => url.search === `?p=${B}`);
    await tab.waitForFunction(() => !/opgehaald/.test(document.querySelector('[data-compare-status]')?.textContent ?? 'opgehaald'));
    expect(await tab.locator('table.compare').count()).toBe(0);
    expect(await status()).toContain(needMoreText(1)!);
    expect(await status()).toContain(recordOf(B)!.title);
    // The form keeps the choice, so adding one keeps this one.
    expect(await tab.locator(`[data-compare-form] input[value="${B}"]`).isChecked()).toBe(true);
  });

  test('an id that cannot be one and an id without a page are named; the rest is shown', async () => {
    await open(`${compareUrl([A, 'bestaat-niet', B])}&p=Fout`);
    expect((await colHeads()).length).toBe(3);
    const text = await status();
    expect(text).toContain('We vinden geen praktijkvoorbeelden met de namen “Fout” en “bestaat-niet”.');
    // The missing page was asked for (and answered 404); no other practice page was.
    expect(requested.filter((p) => p.startsWith('/praktijkvoorbeelden/') && !p.startsWith(routes.practiceCompare)).sort()).toEqual(
      [routes.practice(A), routes.practice(B), routes.practice('bestaat-niet')].sort(),
    );
  });

  test('an empty choice explains what to do; choosing with the form builds the table', async () => {
    await open(routes.practiceCompare);
    expect(requested).toEqual([routes.practiceCompare]);
    expect(await status()).toBe(needMoreText(0));
    await tab.locator(`[data-compare-form] input[value="${B}"]`).check();
    await tab.locator(`[data-compare-form] input[value="${A}"]`).check();
    await tab.getByRole('button', { name: 'Vergelijk' }).click();
    await tab.waitForURL((url) => url.searchParams.getAll('p').length === 2);
    await tab.locator('table.compare').waitFor();
    expect((await colHeads()).length).toBe(3);
  });

  test('more than four: the first four are shown, the rest named', async () => {
    const ids = ['alles-in-een-school-enschede', A, 'oja-pilot-enschede', B, 'twente-mdo-op-school'];
    await open(ids);
    expect((await colHeads()).length).toBe(5);
    expect(await status()).toContain('Je kunt hoogstens vier praktijkvoorbeelden naast elkaar zetten. We laten “twente-mdo-op-school” weg.');
    expect(requested).not.toContain(routes.practice('twente-mdo-op-school'));
  });

  test('axe-core finds nothing with the table filled and a problem named', async () => {
    await open(`${compareUrl([A, B])}&p=bestaat-niet`);
    await tab.addScriptTag({ path: AXE_SCRIPT });
    const violations = await tab.evaluate(async (tags) => {
      // @ts-expect-error axe is injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, AXE_TAGS);
    expect(violations).toEqual([]);
  });

  test('on paper: the chosen address on top, the table, no form and no remove links', async () => {
    await open([A, B]);
    await tab.emulateMedia({ media: 'print' });
    try {
      const meta = await tab.locator('.print-meta').innerText();
      expect(meta).toContain(`Met Andere Ogen · `);
      expect(meta).toContain(`${routes.practiceCompare}?p=${A}&p=${B}`);
      expect(meta).toMatch(/stand van \d{1,2} \w+ \d{4}/);
      expect(await tab.locator('table.compare').isVisible()).toBe(true);
      expect(await tab.locator('[data-compare-form]').isVisible()).toBe(false);
      expect(await tab.locator('.compare__actions').isVisible()).toBe(false);
    } finally {
      await tab.emulateMedia({ media: 'screen' });
    }
  });

  describe('at 375 px', () => {
    beforeAll(async () => {
      await tab.setViewportSize({ width: 375, height: 800 });
    });
    afterAll(async () => {
      await tab.setViewportSize({ width: 1280, height: 900 });
    });

    test('the table scrolls in its own focusable, labelled region, with a visible hint; the page does not', async () => {
      await open([A, B]);
      const box = tab.locator('.compare-scroll');
      const [scrollWidth, clientWidth] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
      expect(scrollWidth).toBeGreaterThan(clientWidth);
      expect(await box.getAttribute('tabindex')).toBe('0');
      expect(await box.getAttribute('role')).toBe('region');
      const labelId = await box.getAttribute('aria-labelledby');
      expect(await tab.locator(`#${labelId}`).innerText()).toMatch(/praktijkvoorbeelden naast elkaar/);
      expect(await box.locator('.compare__hint').isVisible()).toBe(true);
      expect(await tab.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    });

    test('header cells break between words only, never inside one', async () => {
      await open([A, B]);
      const broken = await tab.evaluate(() => {
        const out: string[] = [];
        for (const th of document.querySelectorAll<HTMLElement>('table.compare th')) {
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
  });
});
