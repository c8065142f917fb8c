/**
 * What a visitor sees (issue 21), measured in Debian's Chromium on the built site (the "site" build of
 * tests/support/global-setup.ts, real content) at 375 px (a phone) and 1280 px (a laptop):
 * - line breaks: no year, count or short word broken in two, long words only where Dutch hyphenation applies;
 * - the advice × region table on /adviezen/: headers and counts whole, the regions that have not filled in
 *   their advice named once instead of a grid of dashes, and a visible sign whenever the table scrolls;
 * - the key figures on a region page: charts only of figures of one year, source and unit.
 * Each check measures the rendered page (heights, positions, visibility), not the HTML alone.
 * Must run when CI=true; elsewhere it skips, saying why, when /usr/bin/chromium is missing.
 */
import { describe, expect, inject, test } from 'vitest';
import { join } from 'node:path';
import { HAVE_CHROMIUM, IN_CI } from '../support/browser.ts';
import { sitePages, templateSample } from '../support/dist.ts';
import { listing } from '../support/build-result.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { loadContent } from '../../src/model/load.ts';
import { SPLIT_WORDS } from './measure.ts';
import { siteBrowser } from './site-browser.ts';

const { site } = inject('builds');
const built = site.exitCode === 0;
const pages = built ? sitePages(site.outDir) : [];
const content = built ? loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT) : undefined;
const regions = content?.entries.regions ?? [];
const WIDTHS = [375, 1280] as const;

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('what a visitor sees', { timeout: 300_000 }, () => {
  const { open, baseUrl } = siteBrowser();

  describe('line breaks', () => {
    // One page per template, plus the pages where long words and tables were seen breaking.
    const sample = [...new Set([...templateSample(pages).map((p) => p.url).filter((u) => u !== '/404.html'), '/adviezen/', ...regions.map((r) => `/regios/${r.id}/`)])];

    test.each(WIDTHS)('at %i px no number or short word is broken, and a long word only where Dutch hyphenation may break it', async (width) => {
      const problems: string[] = [];
      const tab = await open('/', width);
      try {
        for (const url of sample) {
          await tab.goto(baseUrl + url, { waitUntil: 'load' });
          for (const found of (await tab.evaluate(SPLIT_WORDS)) as string[]) problems.push(`${url}: ${found}`);
        }
      } finally {
        await tab.close();
      }
      expect(problems, listing(problems)).toEqual([]);
    });

    test('at 375 px a long breadcrumb wraps after its "›", never with a line that starts with it', async () => {
      const tab = await open('/praktijkvoorbeelden/twente-mdo-op-school/', 375);
      try {
        const crumbs = await tab.evaluate(() =>
          [...document.querySelectorAll('.breadcrumbs li')].map((li) => ({
            top: Math.round(li.getBoundingClientRect().top),
            before: getComputedStyle(li, '::before').content,
            after: getComputedStyle(li, '::after').content,
          })),
        );
        // The case that showed it: the page's title goes onto a line of its own.
        expect(new Set(crumbs.map((c) => c.top)).size).toBeGreaterThan(1);
        // A crumb that starts a line has nothing before it; the separator ends the crumb before.
        for (const c of crumbs) expect(c.before).toBe('none');
        expect(crumbs.slice(0, -1).every((c) => c.after.includes('›'))).toBe(true);
        expect(crumbs.at(-1)!.after).toBe('none');
      } finally {
        await tab.close();
      }
    });

    test('the page is Dutch and asks for hyphenation of long words', async () => {
      const tab = await open('/regios/twente/', 375);
      try {
        const style = await tab.evaluate(() => {
          const p = document.querySelector('main p')!;
          return { lang: document.documentElement.lang, hyphens: getComputedStyle(p).hyphens };
        });
        expect(style).toEqual({ lang: 'nl', hyphens: 'auto' });
      } finally {
        await tab.close();
      }
    });
  });

  describe('the advice × region table on /adviezen/', () => {
    const described = regions.filter((r) => ((r.raw as { advice?: unknown[] }).advice ?? []).length > 0);
    const undescribed = regions.filter((r) => !described.includes(r));

    test.each(WIDTHS)('at %i px the headers and counts stay whole: one line each', async (width) => {
      const tab = await open('/adviezen/', width);
      try {
        const sizes = await tab.evaluate(() => {
          const lineHeight = (el: Element) => parseFloat(getComputedStyle(el).lineHeight);
          const lines = (el: Element) => {
            const r = document.createRange();
            r.selectNodeContents(el);
            return Math.round(r.getBoundingClientRect().height / lineHeight(el));
          };
          return {
            countHeader: lines(document.querySelector('.matrix thead .matrix__count')!),
            counts: [...document.querySelectorAll('.matrix tbody .matrix__count')].map(lines),
          };
        });
        expect(sizes.countHeader, 'lines of the "Praktijkvoorbeelden" header').toBe(1);
        expect(sizes.counts.every((n) => n === 1), `lines of each count: ${sizes.counts}`).toBe(true);
      } finally {
        await tab.close();
      }
    });

    test('a column only for regions that filled in their advice; the others are named once', async () => {
      const tab = await open('/adviezen/', 1280);
      try {
        const seen = await tab.evaluate(() => ({
          columns: [...document.querySelectorAll('.matrix thead .matrix__region a')].map((a) => a.getAttribute('href')),
          missing: [...document.querySelectorAll('.matrix-missing a')].map((a) => a.getAttribute('href')),
          text: document.querySelector('main')!.textContent!,
        }));
        expect(seen.columns.sort()).toEqual(described.map((r) => `/regios/${r.id}/#adviezen`).sort());
        expect(seen.missing.sort()).toEqual(undescribed.map((r) => `/regios/${r.id}/#adviezen`).sort());
        // Said once, not per cell or per column.
        expect(seen.text.match(/nog niet ingevuld/gi)?.length ?? 0).toBeLessThanOrEqual(1);
      } finally {
        await tab.close();
      }
    });

    test.each(WIDTHS)('at %i px a table that scrolls says so where it can be seen, and is not cut off without a sign', async (width) => {
      const tab = await open('/adviezen/', width);
      try {
        const seen = await tab.evaluate(() => {
          const scroller = document.querySelector('.matrix-scroll')!;
          const hint = document.querySelector('.matrix__hint');
          const box = hint?.getBoundingClientRect();
          return {
            scrolls: scroller.scrollWidth > scroller.clientWidth + 1,
            hintShown: !!hint && !!box && box.width > 0 && box.height > 0 && getComputedStyle(hint).visibility === 'visible',
            hintInView: !!box && box.left >= 0 && box.right <= window.innerWidth,
            pageWidth: document.documentElement.scrollWidth,
          };
        });
        expect(seen.pageWidth, 'the page itself does not scroll sideways').toBeLessThanOrEqual(width);
        if (seen.scrolls) {
          expect(seen.hintShown, 'the table scrolls sideways: the line saying so is shown').toBe(true);
          expect(seen.hintInView, 'that line is inside the screen').toBe(true);
        }
      } finally {
        await tab.close();
      }
    });
  });

  describe('key figures on a region page', () => {
    const withFigures = regions.filter((r) => ((r.raw as { keyFigures?: unknown[] }).keyFigures ?? []).length > 0);

    test('there is a region with key figures to look at', () => {
      expect(withFigures.length).toBeGreaterThan(0);
    });

    test('each chart holds figures of one year and one source, and says which', async () => {
      const problems: string[] = [];
      for (const region of withFigures) {
        const figures = (region.raw as { keyFigures: { label: string; year: number; source: string }[] }).keyFigures;
        const tab = await open(`/regios/${region.id}/`, 375);
        try {
          const charts = await tab.evaluate(() =>
            [...document.querySelectorAll('.figure-chart')].map((chart) => ({
              title: chart.querySelector('.figure-chart__title')!.textContent!,
              labels: [...chart.querySelectorAll('g')].map((g) => [...g.querySelectorAll('.figure-chart__label')].map((t) => t.textContent).join(' ')),
            })),
          );
          for (const chart of charts) {
            const shown = chart.labels.map((label) => figures.find((f) => f.label.replace(/\s+/g, ' ') === label)!);
            if (shown.some((f) => !f)) problems.push(`${region.id}: a bar whose label is not a figure's label: ${chart.labels}`);
            const found = shown.filter(Boolean);
            if (new Set(found.map((f) => f.year)).size > 1) problems.push(`${region.id}: "${chart.title}" mixes years`);
            if (new Set(found.map((f) => f.source)).size > 1) problems.push(`${region.id}: "${chart.title}" mixes sources`);
            if (found[0] && !chart.title.includes(String(found[0].year))) problems.push(`${region.id}: "${chart.title}" does not name the year`);
            if (found[0] && !chart.title.includes(found[0].source)) problems.push(`${region.id}: "${chart.title}" does not name the source`);
          }
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });
  });
});
