/**
 * The visual parts of the site, on the built site (the "site" build of global-setup.ts, real content):
 * - the advice matrix on /adviezen/: a real table (caption, scope, a row per advice, a column per
 *   region), status in words, empty cells in words, every status cell linking to an existing
 *   #adviezen section; at 375 px it scrolls inside its labelled container and the advice column stays;
 * - the map on / and /regios/: a marker link per region with an accessible name, the name shown on
 *   focus and hover, reachable with Tab one after the other; a small inline SVG;
 * - the key-figure charts on a region page: there when the region has figures, hidden from assistive
 *   technology (the table under them has the numbers), absent without figures;
 * - "Vergelijkbare initiatieven" on every practice page: up to five, at least three wherever three
 *   others share something, never the practice itself;
 * - the dossier pages: practices grouped in ladder order, an agenda section that says so kindly when
 *   nothing is planned;
 * - axe-core (WCAG 2.x A/AA) on /adviezen/, /regios/ and a region page with figures.
 * The browser checks drive Debian's chromium like browser.test.ts: they must run in CI (CI=true) and
 * skip elsewhere, saying why, when /usr/bin/chromium is missing.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { attr, sitePages, text, type Node5, type SitePage } from '../support/dist.ts';
import { assertBuilt, listing } from '../support/build-result.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { loadContent } from '../../src/model/load.ts';
import { evidenceLevels } from '../../src/model/enums.ts';
import { similarityScore, type SimilarityItem } from '../../src/lib/similarity.ts';
import { RESERVED_IDS } from '../../src/model/index.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

if (!HAVE_CHROMIUM && !IN_CI) {
  console.warn(`\n[visual browser tests] SKIPPED: ${CHROMIUM} not found. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH. With CI=true they run and fail instead.\n`);
}

const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const built = site.exitCode === 0;
const pages: SitePage[] = built ? sitePages(site.outDir) : [];
const byUrl = new Map(pages.map((p) => [p.url, p]));
const page = (url: string): SitePage => {
  const found = byUrl.get(url);
  if (!found) throw new Error(`${url} is not in dist/`);
  return found;
};

const hasClass = (el: Node5, name: string) => (attr(el, 'class') ?? '').split(/\s+/).includes(name);
const descendants = (el: Node5): Node5[] => {
  const out: Node5[] = [];
  const walk = (n: Node5) => {
    for (const c of n.childNodes ?? []) {
      if (c.tagName) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
};
const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
const RESERVED = new Set<string>(RESERVED_IDS);
/** The entry pages under a section (route words such as /praktijkvoorbeelden/vergelijk/ are not entries). */
const detailUrls = (prefix: string) =>
  pages.map((p) => p.url).filter((u) => u.startsWith(prefix) && u !== prefix && u.split('/').filter(Boolean).length === 2 && !RESERVED.has(u.split('/').filter(Boolean)[1]!));

describe.runIf(built)('the advice matrix on /adviezen/', () => {
  const els = built ? page('/adviezen/').els : [];
  const table = els.find((el) => el.tagName === 'table' && hasClass(el, 'matrix'))!;
  const inTable = table ? descendants(table) : [];
  const adviceUrls = detailUrls('/adviezen/');
  const regionUrls = detailUrls('/regios/');
  // Regions that have not said which advice they work on are named once above the table, not given a column.
  const regionsContent = built ? loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT).entries.regions : [];
  const describedRegions = regionsContent.filter((e) => ((e.raw as { advice?: unknown[] }).advice ?? []).length > 0);

  test('is a table with a caption, in a focusable scroll container labelled by it', () => {
    expect(table, 'table.matrix on /adviezen/').toBeDefined();
    const caption = inTable.find((el) => el.tagName === 'caption')!;
    expect(clean(text(caption))).toMatch(/advie/i);
    const scroller = els.find((el) => hasClass(el, 'matrix-scroll'))!;
    expect(scroller.tagName).toBe('section'); // named by its caption: a region landmark
    expect(attr(scroller, 'tabindex')).toBe('0');
    expect(attr(scroller, 'aria-labelledby')).toBe(attr(caption, 'id'));
  });

  test('a row per advice, in number order, a column per region; every header cell has its scope', () => {
    const head = inTable.filter((el) => el.tagName === 'thead').flatMap(descendants).filter((el) => el.tagName === 'th');
    const body = inTable.find((el) => el.tagName === 'tbody')!;
    const rows = descendants(body).filter((el) => el.tagName === 'tr');
    expect(head.every((th) => attr(th, 'scope') === 'col')).toBe(true);
    expect(head.length).toBe(2 + describedRegions.length); // advice, practices, one per region that filled in its advice
    expect(rows.length).toBe(adviceUrls.length);
    const numbers = rows.map((tr) => {
      const th = (tr.childNodes ?? []).find((c) => c.tagName === 'th')!;
      expect(attr(th, 'scope')).toBe('row');
      return Number(/^(\d+)\./.exec(clean(text(th)))?.[1]);
    });
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    for (const tr of rows) expect((tr.childNodes ?? []).filter((c) => c.tagName === 'td').length).toBe(1 + describedRegions.length);
  });

  test('the core advice is marked in words, and each row has its number of practices', () => {
    const rows = descendants(inTable.find((el) => el.tagName === 'tbody')!).filter((el) => el.tagName === 'tr');
    expect(rows.some((tr) => clean(text(tr)).includes('Kernadvies'))).toBe(true);
    // A word of its own, not glued to the advice's title ("(interprofessioneel)★ Kernadvies").
    for (const tr of rows) expect(text(tr)).not.toMatch(/[^\s]★/);
    for (const tr of rows) {
      const count = (tr.childNodes ?? []).find((c) => c.tagName === 'td' && hasClass(c, 'matrix__count'))!;
      expect(clean(text(count))).toMatch(/^\d+/);
    }
  });

  test('every cell says its status in words (never colour alone), or "—" with a word for screen readers', () => {
    const cells = inTable.filter((el) => el.tagName === 'td' && hasClass(el, 'matrix__cell'));
    expect(cells.length).toBe(adviceUrls.length * describedRegions.length);
    for (const td of cells) {
      const words = clean(text(td));
      if (hasClass(td, 'matrix__cell--empty')) expect(words).toMatch(/^—geen$/);
      else expect(words).toMatch(/(Verkennen|In uitvoering|Geborgd)/);
    }
  });

  test('every status cell links to the advice section of an existing region page', () => {
    const links = inTable.filter((el) => el.tagName === 'td' && hasClass(el, 'matrix__cell')).flatMap(descendants).filter((el) => el.tagName === 'a');
    const problems: string[] = [];
    for (const a of links) {
      const href = attr(a, 'href') ?? '';
      const m = /^(\/regios\/[^/]+\/)#adviezen$/.exec(href);
      if (!m) problems.push(`${href}: not /regios/<id>/#adviezen`);
      else if (!byUrl.get(m[1]!)?.els.some((el) => attr(el, 'id') === 'adviezen')) problems.push(`${href}: no id="adviezen" on ${m[1]}`);
    }
    expect(problems, listing(problems)).toEqual([]);
    // Every region page has that section, so a cell can always point at it.
    for (const url of regionUrls) expect(page(url).els.some((el) => attr(el, 'id') === 'adviezen'), url).toBe(true);
  });
});

describe.runIf(built)('the map of the regions', () => {
  const regionUrls = detailUrls('/regios/');

  test.each(['/', '/regios/'])('%s: a marker link per region, named "<region>, groep <n>", in a small inline SVG', (url) => {
    const { els, html } = page(url);
    const svg = els.find((el) => el.tagName === 'svg' && hasClass(el, 'region-map__svg'))!;
    expect(svg, `the map on ${url}`).toBeDefined();
    const markers = descendants(svg).filter((el) => el.tagName === 'a');
    expect(markers.map((a) => attr(a, 'href')).sort()).toEqual([...regionUrls].sort());
    for (const a of markers) expect(attr(a, 'aria-label')).toMatch(/^\S.*, groep \d+$/);
    const source = /<svg[^>]*region-map__svg[\s\S]*?<\/svg>/.exec(html)![0];
    expect(source.length, 'bytes of the inline map').toBeLessThan(20_000);
  });

  test('the same regions are listed in text next to the map (home) or under it (/regios/)', () => {
    const homeList = page('/').els.filter((el) => el.tagName === 'ul' && hasClass(el, 'region-map__names')).flatMap(descendants).filter((el) => el.tagName === 'a');
    expect(homeList.map((a) => attr(a, 'href')).sort()).toEqual([...regionUrls].sort());
    const cards = page('/regios/').els.filter((el) => el.tagName === 'a' && regionUrls.includes(attr(el, 'href') ?? '') && !hasClass(el, 'region-map__marker'));
    expect(new Set(cards.map((a) => attr(a, 'href'))).size).toBe(regionUrls.length);
  });
});

describe.runIf(built)('key figures on a region page', () => {
  const regionPages = detailUrls('/regios/').map(page);
  const withFigures = regionPages.filter((p) => p.els.some((el) => el.tagName === 'table' && hasClass(el, 'figures')));

  test('a chart above the table where there are figures, hidden from assistive technology; none without', () => {
    expect(withFigures.length, 'at least one region with key figures in content/').toBeGreaterThan(0);
    for (const p of regionPages) {
      const charts = p.els.find((el) => hasClass(el, 'figure-charts'));
      if (withFigures.includes(p)) {
        expect(charts, p.url).toBeDefined();
        expect(attr(charts!, 'aria-hidden'), p.url).toBe('true');
        const rows = descendants(p.els.find((el) => el.tagName === 'table' && hasClass(el, 'figures'))!).filter((el) => el.tagName === 'tr').length - 1;
        const bars = descendants(charts!).filter((el) => el.tagName === 'rect' && (hasClass(el, 'figure-chart__bar') || hasClass(el, 'figure-chart__range')));
        // Only figures that can be compared are charted (tests/visual/figures.site.test.ts); the table has them all.
        expect(bars.length, `${p.url}: at most a bar per figure`).toBeLessThanOrEqual(rows);
        // The table keeps year and source.
        const table = clean(text(p.els.find((el) => el.tagName === 'table' && hasClass(el, 'figures'))!));
        expect(table).toMatch(/Jaar/);
        expect(table).toMatch(/Bron:/);
      } else expect(charts, p.url).toBeUndefined();
    }
  });
});

describe.runIf(built)('"Vergelijkbare initiatieven" on every practice page', () => {
  const content = built ? loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT) : undefined;
  const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));
  const items: SimilarityItem[] = (content?.entries.practices ?? [])
    .filter((e) => e.raw.draft !== true)
    .map((e) => {
      const r = e.raw as Record<string, any>;
      return {
        id: e.id,
        themes: r.themes ?? [],
        advice: (r.advice ?? []).map((a: { advice: string }) => a.advice),
        sectors: r.sectors ?? [],
        ageGroups: r.ageGroups ?? [],
        province: r.province,
        date: day(r.updated ?? r.published),
      };
    });

  test('up to five, at least three wherever three others share something, never itself', () => {
    expect(items.length).toBeGreaterThan(1);
    const problems: string[] = [];
    for (const item of items) {
      const url = `/praktijkvoorbeelden/${item.id}/`;
      const sharing = items.filter((o) => o.id !== item.id && similarityScore(item, o) > 0).length;
      const section = page(url).els.find((el) => el.tagName === 'section' && attr(el, 'id') === 'vergelijkbaar');
      if (!section) {
        if (sharing > 0) problems.push(`${url}: no section, yet ${sharing} others share something`);
        continue;
      }
      const heading = descendants(section).find((el) => el.tagName === 'h2');
      if (clean(text(heading!)) !== 'Vergelijkbare initiatieven') problems.push(`${url}: heading "${clean(text(heading!))}"`);
      const links = descendants(section).filter((el) => el.tagName === 'a').map((a) => attr(a, 'href'));
      if (links.length !== Math.min(5, sharing)) problems.push(`${url}: ${links.length} similar practices, expected ${Math.min(5, sharing)}`);
      if (links.includes(url)) problems.push(`${url}: lists itself`);
      for (const href of links) if (!byUrl.has(href!)) problems.push(`${url}: links to ${href}, not a page`);
    }
    expect(problems, listing(problems)).toEqual([]);
  });

  test('comes after the body and before the communities and news', () => {
    const p = page(`/praktijkvoorbeelden/${items[0]!.id}/`);
    const order = p.els.map((el) => (hasClass(el, 'practice__body') ? 'body' : attr(el, 'id') === 'vergelijkbaar' ? 'similar' : ['communities', 'nieuws'].includes(attr(el, 'id') ?? '') ? 'after' : '')).filter(Boolean);
    expect(order.indexOf('body')).toBeLessThan(order.indexOf('similar'));
    if (order.includes('after')) expect(order.indexOf('similar')).toBeLessThan(order.indexOf('after'));
  });
});

describe.runIf(built)('dossier pages', () => {
  const ladder = [...evidenceLevels.ids].reverse().map((id) => evidenceLevels.labels[id]);

  test.each(['/themas/', '/adviezen/'])('%s<id>/: practices grouped by the ladder (best founded first), regions, communities, agenda', (prefix) => {
    const problems: string[] = [];
    for (const url of detailUrls(prefix)) {
      const { els } = page(url);
      for (const id of ['praktijkvoorbeelden', 'regios', 'communities', 'agenda']) if (!els.some((el) => attr(el, 'id') === id)) problems.push(`${url}: no section #${id}`);
      const groups = els.filter((el) => el.tagName === 'h3' && hasClass(el, 'evidence-group__title')).map((h) => ladder.findIndex((label) => clean(text(h)).includes(label)));
      if (groups.some((i) => i < 0)) problems.push(`${url}: a group heading that is not a step of the ladder`);
      if (groups.join() !== [...groups].sort((a, b) => a - b).join()) problems.push(`${url}: groups out of ladder order`);
      const agenda = els.find((el) => el.tagName === 'section' && attr(el, 'id') === 'agenda')!;
      const hasEvents = descendants(agenda).some((el) => hasClass(el, 'event-list'));
      if (!hasEvents && !/geen bijeenkomsten/.test(text(agenda))) problems.push(`${url}: no upcoming events, and the page does not say so`);
    }
    expect(problems, listing(problems)).toEqual([]);
  });
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('in the browser', () => {
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI (.ci/run installs Debian's chromium).`);
    assertBuilt(site);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
    // Nothing may be fetched from another host.
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === baseUrl || /^(data|blob):/.test(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  async function open(url: string, width = 1280): Promise<Page> {
    const tab = await context.newPage();
    await tab.setViewportSize({ width, height: 900 });
    const response = await tab.goto(baseUrl + url, { waitUntil: 'load' });
    expect(response?.status(), url).toBe(200);
    return tab;
  }

  const regionWithFigures = () => detailUrls('/regios/').find((u) => page(u).els.some((el) => hasClass(el, 'figure-charts')))!;

  test.each([['/adviezen/'], ['/regios/'], ['a region page with key figures']])('axe-core finds nothing on %s', async (which) => {
    const url = which.startsWith('/') ? which : regionWithFigures();
    for (const width of [1280, 375]) {
      const tab = await open(url, width);
      try {
        await tab.addScriptTag({ path: AXE_SCRIPT });
        const violations: string[] = await tab.evaluate(async (tags) => {
          // @ts-expect-error axe is injected above
          const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
          return r.violations.flatMap((v: any) => v.nodes.map((n: any) => `${v.id}: ${v.help} — ${n.target.join(' ')}`));
        }, AXE_TAGS);
        expect(violations, `${url} at ${width} px:\n${violations.join('\n')}`).toEqual([]);
      } finally {
        await tab.close();
      }
    }
  });

  test('the map on /regios/ works with the keyboard: Tab reaches each marker in turn, and its name shows', async () => {
    const tab = await open('/regios/');
    try {
      const names = await tab.$$eval('a.region-map__marker', (as) => as.map((a) => a.getAttribute('aria-label')!));
      expect(names.length).toBe(detailUrls('/regios/').length);
      // From the top of the page, Tab until the first marker has focus.
      let presses = 0;
      const focusedName = () => tab.evaluate(() => (document.activeElement?.classList.contains('region-map__marker') ? document.activeElement.getAttribute('aria-label') : null));
      while ((await focusedName()) === null && presses < 100) {
        await tab.keyboard.press('Tab');
        presses += 1;
      }
      for (const [i, name] of names.entries()) {
        if (i > 0) await tab.keyboard.press('Tab');
        const state = await tab.evaluate(() => {
          const a = document.activeElement as SVGAElement;
          const label = a.querySelector('.region-map__label') as SVGTextElement;
          const ring = a.querySelector('.region-map__ring') as SVGCircleElement;
          const box = label.getBoundingClientRect();
          const svg = a.ownerSVGElement!.getBoundingClientRect();
          return {
            name: a.getAttribute('aria-label'),
            label: label.textContent,
            visible: getComputedStyle(label).visibility === 'visible' && box.width > 10,
            insideMap: box.left >= svg.left - 1 && box.right <= svg.right + 1 && box.top >= svg.top - 1 && box.bottom <= svg.bottom + 1,
            ring: getComputedStyle(ring).visibility,
          };
        });
        expect(state.name, `Tab ${i + 1} on the map`).toBe(name);
        expect(name!.startsWith(state.label!), `${name}: the label shows the region's name`).toBe(true);
        expect(state.visible, `${name}: its name is visible while it has focus`).toBe(true);
        expect(state.insideMap, `${name}: its name stays inside the map`).toBe(true);
        expect(state.ring, `${name}: a visible focus ring`).toBe('visible');
      }
      // Enter on a marker follows its link.
      await tab.keyboard.press('Enter');
      await tab.waitForURL(/\/regios\/[^/]+\/$/);
    } finally {
      await tab.close();
    }
  });

  test('the names are hidden until a marker is hovered', async () => {
    const tab = await open('/');
    try {
      const first = tab.locator('a.region-map__marker').first();
      const label = first.locator('.region-map__label');
      expect(await label.evaluate((el) => getComputedStyle(el).visibility)).toBe('hidden');
      await first.locator('.region-map__shape').hover();
      expect(await label.evaluate((el) => getComputedStyle(el).visibility)).toBe('visible');
    } finally {
      await tab.close();
    }
  });

  test('at 375 px the matrix scrolls inside its container, the page does not, and the advice column stays', async () => {
    const tab = await open('/adviezen/', 375);
    try {
      const before = await tab.evaluate(() => {
        const scroller = document.querySelector('.matrix-scroll')!;
        const th = document.querySelector('.matrix tbody th')!;
        return { page: document.documentElement.scrollWidth, inner: scroller.scrollWidth, width: scroller.clientWidth, thLeft: th.getBoundingClientRect().left };
      });
      expect(before.page, 'the page itself is no wider than the screen').toBeLessThanOrEqual(375);
      expect(before.inner).toBeGreaterThan(before.width);
      const after = await tab.evaluate(() => {
        const scroller = document.querySelector('.matrix-scroll')!;
        scroller.scrollLeft = scroller.scrollWidth;
        return document.querySelector('.matrix tbody th')!.getBoundingClientRect().left;
      });
      expect(Math.abs(after - before.thLeft), 'the advice column is sticky').toBeLessThan(1);
      // The container takes keyboard focus, so it can be scrolled with the arrow keys.
      await tab.focus('.matrix-scroll');
      expect(await tab.evaluate(() => document.activeElement?.classList.contains('matrix-scroll'))).toBe(true);
    } finally {
      await tab.close();
    }
  });
});
