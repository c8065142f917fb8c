/**
 * The practice list (/praktijkvoorbeelden/ and its pages) against the built site (real content), and
 * where more than one page of practices is needed, against the "fixture" build (54 practices; the
 * real content fits on one page of PRACTICES_PER_PAGE):
 * - without JavaScript: numbered page links that reach every practice (fixture), the current page
 *   marked with aria-current, and links to the list of every theme, region and advice (no filter form);
 * - axe-core on a later page of a list (fixture), as the site's own sample has none;
 * - with JavaScript (Chromium): instant filtering with Pagefind, the count in a polite live region,
 *   counts beside the options, the state in the URL (reload, back and forward), "Meer resultaten",
 *   chips and "Wis filters", keyboard use, 320 px, and axe-core in the filtered state; one way to
 *   filter (no separate pickers with JavaScript; without it, links per group and numbered pages);
 * - the filter script only on the list pages, and the feed and calendar links on the pages that
 *   offer them (that their targets resolve is checked for every link by dist.test.ts; here they are
 *   also checked to exist as files).
 * The pure rules of the list filter (src/search/list/practice-filter.ts) are tested first.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { attr, elements, htmlDocuments, listFiles, parseHtml, text, type Node5 } from '../support/dist.ts';
import { PRACTICES_PER_PAGE, PRACTICES_PREVIEW } from '../../src/practices/list-pages.ts';
import {
  PRACTICE_FACET_KEYS,
  describeAll,
  describePractices,
  dropPracticeSuggestion,
  practiceFacets,
  practiceRequest,
} from '../../src/search/list/practice-filter.ts';
import type { Facet } from '../../src/search/facets.ts';
import { EMPTY_STATE, parseSearchParams } from '../../src/search/url-state.ts';
import { RESERVED_IDS } from '../../src/model/index.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { site, fixture } = inject('builds');
const baseUrl = inject('baseUrl');
const built = site.exitCode === 0;
const dist = site.outDir;

/** The practices' own pages in a build: /praktijkvoorbeelden/<id>/ (not the list pages). */
function practicePages(outDir = dist): string[] {
  return listFiles(outDir)
    .map((rel) => /^praktijkvoorbeelden\/([^/]+)\/index\.html$/.exec(rel)?.[1])
    // Route words (pagina, thema, advies, regio, gezocht …) are not practices.
    .filter((id): id is string => Boolean(id) && !RESERVED_IDS.includes(id!))
    .map((id) => `/praktijkvoorbeelden/${id}/`)
    .sort();
}

function elementsAt(url: string, outDir = dist): Node5[] {
  const file = join(outDir, url, 'index.html');
  expect(existsSync(file), `${url} is not in ${outDir}`).toBe(true);
  return elements(parseHtml(readFileSync(file, 'utf8')));
}

/** The file in dist a site path points at ("/rss/nieuws.xml", "/nieuwsbrieven/x/"). */
function fileFor(path: string, outDir = dist): string {
  const clean = decodeURI(path.split(/[?#]/)[0]!);
  return join(outDir, clean.endsWith('/') ? `${clean}index.html` : clean);
}

// ---------------------------------------------------------------------------------------------

describe('the list filter rules', () => {
  const facets: Facet[] = [
    { key: 'type', legend: 'Soort', values: [{ id: 'praktijkvoorbeeld', label: 'Praktijkvoorbeeld' }] },
    { key: 'sector', legend: 'Sector', values: [{ id: 'po', label: 'Primair onderwijs' }, { id: 'vo', label: 'Voortgezet onderwijs' }, { id: 'mbo', label: 'Mbo' }] },
    { key: 'fase', legend: 'Fase', values: [{ id: 'idee', label: 'Idee' }, { id: 'pilot', label: 'Pilot' }] },
  ];
  const practices = [
    { sector: ['po', 'vo'], fase: ['pilot'] },
    { sector: ['po'], fase: ['pilot'] },
  ];

  test('the facets of /zoeken/ that practices have, without `type`, with only the values in use and their counts; every advice', () => {
    expect(PRACTICE_FACET_KEYS).not.toContain('type');
    const { facets: listFacets, counts } = practiceFacets(facets, practices, (p) => p);
    expect(listFacets.map((f) => f.key)).toEqual(['sector', 'fase']);
    expect(listFacets[0]!.values.map((v) => v.id)).toEqual(['po', 'vo']); // no practice in the mbo
    expect(counts).toEqual({ sector: { po: 2, vo: 1 }, fase: { pilot: 2 } });
    // The adviezen are all listed, also one without practices (issue 21: "all seven").
    const advies: Facet = { key: 'advies', legend: 'Advies', values: [{ id: 'a1', label: 'Eén' }, { id: 'a2', label: 'Twee' }] };
    const withAdvice = practiceFacets([...facets, advies], [{ advies: ['a1'] }], (p) => p);
    expect(withAdvice.facets.map((f) => f.key)).toEqual(['advies']);
    expect(withAdvice.facets[0]!.values.map((v) => v.id)).toEqual(['a1', 'a2']);
    expect(withAdvice.counts).toEqual({ advies: { a1: 1, a2: 0 } });
  });

  test('the search: practices only, OR within a facet, AND across, newest first without a query', () => {
    const state = parseSearchParams('sector=vo&sector=po&fase=pilot&type=nieuws&kleur=rood', facets.slice(1));
    expect(practiceRequest(state, facets)).toEqual({
      q: '',
      selection: { type: ['Praktijkvoorbeeld'], sector: ['Primair onderwijs', 'Voortgezet onderwijs'], fase: ['Pilot'] },
      newestFirst: true,
    });
    // `type` always stays practices, whatever the URL says.
    expect(practiceRequest(parseSearchParams('type=nieuws', facets), facets).selection).toEqual({ type: ['Praktijkvoorbeeld'] });
    // A query sorts by relevance, unless sort=nieuw asks for the newest first.
    expect(practiceRequest({ ...EMPTY_STATE, q: 'ouders' }, facets).newestFirst).toBe(false);
    expect(practiceRequest({ ...EMPTY_STATE, q: 'ouders', sort: 'nieuw' }, facets).newestFirst).toBe(true);
  });

  test('the words for the live region', () => {
    expect(describePractices(1, { ...EMPTY_STATE, filters: { sector: ['po'] } }, facets)).toBe('1 praktijkvoorbeeld met Sector: Primair onderwijs');
    expect(describePractices(5, { ...EMPTY_STATE, q: 'ouders', filters: { sector: ['po', 'vo'] } }, facets)).toBe('5 praktijkvoorbeelden voor "ouders" met Sector: Primair onderwijs of Voortgezet onderwijs');
    expect(describePractices(0, { ...EMPTY_STATE, q: 'xyz' }, facets)).toBe('0 praktijkvoorbeelden voor "xyz"');
    expect(describeAll(16, 2, 2)).toBe('Alle 16 praktijkvoorbeelden, pagina 2 van 2');
    expect(describeAll(1)).toBe('1 praktijkvoorbeeld');
  });

  test('nothing found: which filter to drop, in words', () => {
    const state = { ...EMPTY_STATE, filters: { sector: ['po', 'vo'], fase: ['idee'] } };
    expect(dropPracticeSuggestion([{ key: 'sector', count: 1 }, { key: 'fase', count: 0 }], state, facets)).toBe('Zonder het filter Sector: Primair onderwijs of Voortgezet onderwijs is er 1 praktijkvoorbeeld.');
    expect(dropPracticeSuggestion([{ key: 'sector', count: 1 }, { key: 'fase', count: 4 }], state, facets)).toBe('Zonder het filter Fase: Idee zijn er 4 praktijkvoorbeelden.');
    expect(dropPracticeSuggestion([{ key: 'sector', count: 0 }], state, facets)).toBe('Wis de filters en probeer het opnieuw.');
  });
});

// ---------------------------------------------------------------------------------------------

describe.runIf(built)('the built pages: script only on the list, feed and calendar links', () => {
  const hasScript = (els: Node5[]) => els.some((el) => el.tagName === 'script' && attr(el, 'src'));
  const links = (els: Node5[]) => els.filter((el) => el.tagName === 'a').map((el) => ({ href: attr(el, 'href') ?? '', text: text(el).replace(/\s+/g, ' ').trim() }));
  const alternates = (els: Node5[]) =>
    els.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate' && attr(el, 'type') === 'application/rss+xml').map((el) => new URL(attr(el, 'href')!).pathname);

  function expectFeed(url: string, feed: string, outDir = dist) {
    const els = elementsAt(url, outDir);
    expect(alternates(els), `${url}: <link rel="alternate"> to ${feed}`).toEqual([feed]);
    expect(links(els).filter((l) => l.href === feed).map((l) => l.text), `${url}: a visible RSS link`).toEqual([expect.stringMatching(/^Volg via RSS/)]);
    expect(existsSync(fileFor(feed, outDir)), `${feed} exists`).toBe(true);
  }

  test('the filter script loads on /praktijkvoorbeelden/ and its pages only (not on the lists per theme or advice)', () => {
    expect(hasScript(elementsAt('/praktijkvoorbeelden/'))).toBe(true);
    const listPages = htmlDocuments(dist).filter((p) => p.url.startsWith('/praktijkvoorbeelden/'));
    const withScript = listPages.filter((p) => hasScript(elements(parseHtml(readFileSync(p.file, 'utf8'))))).map((p) => p.url);
    // The compare page (/praktijkvoorbeelden/vergelijk/) has a script of its own, not the filter.
    const filterPages = withScript.filter((u) => u !== '/praktijkvoorbeelden/vergelijk/');
    expect(filterPages.every((u) => u === '/praktijkvoorbeelden/' || /^\/praktijkvoorbeelden\/pagina\/\d+\/$/.test(u)), filterPages.join('\n')).toBe(true);
  });

  test('RSS on the news, newsletter and practice lists (a group\'s list: the group\'s feed) and on each newsletter', () => {
    expectFeed('/nieuws/', '/rss/nieuws.xml');
    expectFeed('/nieuwsbrieven/', '/rss/nieuwsbrieven.xml');
    expectFeed('/praktijkvoorbeelden/', '/rss/praktijkvoorbeelden.xml');
    // A further page of the list (the real content fits on one: the fixture build's second page).
    assertBuilt(fixture);
    expectFeed('/praktijkvoorbeelden/pagina/2/', '/rss/praktijkvoorbeelden.xml', fixture.outDir);
    const theme = listFiles(dist).find((rel) => /^praktijkvoorbeelden\/thema\/[^/]+\/index\.html$/.test(rel))!;
    const advice = listFiles(dist).find((rel) => /^praktijkvoorbeelden\/advies\/[^/]+\/index\.html$/.test(rel))!;
    // A group's list offers the group's own feed first (issue 17), then the feed of all practices.
    for (const rel of [theme, advice]) {
      const url = `/${rel.replace(/index\.html$/, '')}`;
      const [, kind, id] = /^praktijkvoorbeelden\/([^/]+)\/([^/]+)\//.exec(rel)!;
      const feed = `/rss/${kind}/${id}.xml`;
      const els = elementsAt(url);
      expect(alternates(els), `${url}: <link rel="alternate">`).toEqual([feed, '/rss/praktijkvoorbeelden.xml']);
      expect(links(els).filter((l) => l.href === feed).map((l) => l.text), `${url}: a visible link to ${feed}`).toEqual([expect.stringMatching(/^RSS-feed van /)]);
      expect(existsSync(fileFor(feed)), `${feed} exists`).toBe(true);
    }
  });

  test('the newsletters: archive with sign-up and the note for the programme bureau; each newsletter with its e-mail and text editions', () => {
    const archive = links(elementsAt('/nieuwsbrieven/'));
    const signup = archive.find((l) => l.text === 'Meld je aan voor de nieuwsbrief');
    expect(signup?.href).toMatch(/^(https?:|mailto:)/);
    expect(archive.find((l) => l.href === '/nieuwsbrieven/nieuw-sinds-vorige/')?.text).toBe('wat is nieuw sinds de vorige nieuwsbrief');
    const ids = listFiles(dist).flatMap((rel) => /^nieuwsbrieven\/([^/]+)\/email\.html$/.exec(rel)?.[1] ?? []);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const url = `/nieuwsbrieven/${id}/`;
      const els = elementsAt(url);
      expect(alternates(els), url).toEqual(['/rss/nieuwsbrieven.xml']);
      const found = links(els);
      for (const [href, label] of [[`/nieuwsbrieven/${id}/email.html`, 'e-mailversie (HTML)'], [`/nieuwsbrieven/${id}/email.txt`, 'tekstversie']] as const) {
        expect(found.find((l) => l.href === href)?.text, `${url}: link to ${href}`).toBe(label);
        expect(existsSync(fileFor(href)), `${href} exists`).toBe(true);
      }
      expect(found.some((l) => l.text === 'Meld je aan voor de nieuwsbrief' && l.href === signup!.href), `${url}: sign-up link`).toBe(true);
    }
  });

  test('the agenda: subscribe to the whole agenda; an event page: "Zet in je agenda" while it is still to come', () => {
    const agenda = links(elementsAt('/agenda/'));
    expect(agenda.find((l) => l.href === '/agenda.ics')?.text).toBe('Zet de hele agenda in je agenda-app');
    expect(existsSync(fileFor('/agenda.ics'))).toBe(true);
    const events = listFiles(dist).flatMap((rel) => /^agenda\/([^/]+)\/index\.html$/.exec(rel)?.[1] ?? []);
    expect(events.length).toBeGreaterThan(0);
    for (const id of events) {
      const els = elementsAt(`/agenda/${id}/`);
      const upcoming = els.some((el) => el.tagName === 'main') && text(els.find((el) => el.tagName === 'main')!).includes('Binnenkort');
      const calendar = links(els).filter((l) => l.href === `/ics/${id}.ics`);
      expect(calendar.map((l) => l.text), `/agenda/${id}/ (${upcoming ? 'upcoming' : 'past'})`).toEqual(upcoming ? ['Zet in je agenda'] : []);
      expect(existsSync(fileFor(`/ics/${id}.ics`)), `/ics/${id}.ics exists`).toBe(true);
    }
  });

  test('the footer links to the open data', () => {
    const footerLinks = links(elementsAt('/'));
    expect(footerLinks.find((l) => l.href === '/open-data/')?.text).toBe('Open data');
    expect(existsSync(fileFor('/open-data/'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the practice list in the browser', () => {
  let browser: Browser;
  let withJs: BrowserContext;
  let withoutJs: BrowserContext;
  let page: Page;
  /** The fixture build, served like the site build: for the tests that need more than one page. */
  let fixtureServer: StaticServer | undefined;
  function fixtureUrl(): string {
    assertBuilt(fixture);
    return fixtureServer!.url;
  }

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    if (fixture.exitCode === 0) fixtureServer = await serveStatic(fixture.outDir);
    browser = await launchChromium();
    withJs = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } });
    withoutJs = await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 }, javaScriptEnabled: false });
    page = await withJs.newPage();
  });
  afterAll(async () => {
    await withJs?.close();
    await withoutJs?.close();
    await browser?.close();
    await fixtureServer?.close();
  });

  /** expect.poll with room for a loaded CI machine (Pagefind runs in a worker). */
  const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });
  const status = () => page.locator('[data-filter-status]');
  const results = () => page.locator('[data-filter-list] > li');
  const staticCards = (p: Page = page) => p.locator('[data-static-list] .card__title a');
  const query = () => new URL(page.url()).search;
  const statusText = async () => ((await status().textContent()) ?? '').trim();
  const countNow = async () => Number(/^(\d+) praktijkvoorbeeld/.exec(await statusText())?.[1] ?? NaN);
  /** The count written beside an option, "(12)" → 12. */
  const optionCount = async (id: string) => Number(/\((\d+)\)/.exec((await page.locator(`label[for="${id}"] .facet__count`).textContent()) ?? '')?.[1] ?? NaN);

  async function open(path: string, base = baseUrl) {
    await page.goto(base + path, { waitUntil: 'load' });
    await page.locator('.plist--enhanced').waitFor();
  }

  /** Check a filter option, first opening its facet's "Toon alle …" when the option is collapsed. */
  async function choose(id: string) {
    const box = page.locator(`#${id}`);
    if (!(await box.isVisible())) await box.locator('xpath=ancestor::fieldset').locator('[data-facet-more]').click();
    await box.check();
  }

  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ path: AXE_SCRIPT });
    return page.evaluate(async (tags) => {
      // @ts-expect-error injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, AXE_TAGS);
  }

  /** The sector options with their build-time counts, from the page as it comes from the server. */
  async function sectorOptions(): Promise<{ id: string; value: string; label: string; n: number }[]> {
    return page.locator('input[name="sector"]').evaluateAll((boxes) =>
      boxes.map((b) => ({
        id: b.id,
        value: (b as HTMLInputElement).value,
        label: document.querySelector(`label[for="${b.id}"]`)!.childNodes[0]!.textContent!.trim(),
        n: Number(/\((\d+)\)/.exec(document.querySelector(`label[for="${b.id}"] .facet__count`)?.textContent ?? '')?.[1] ?? NaN),
      })),
    );
  }

  test('without JavaScript: numbered page links reach every practice, the current page is marked (fixture build)', async () => {
    const base = fixtureUrl();
    const tab = await withoutJs.newPage();
    try {
      const expected = practicePages(fixture.outDir);
      const lastPage = Math.ceil(expected.length / PRACTICES_PER_PAGE);
      expect(lastPage, `the fixture build has ${expected.length} practices: too few for a first, a middle and a last page of ${PRACTICES_PER_PAGE}`).toBeGreaterThanOrEqual(3);
      const seen: string[] = [];
      const visited: string[] = [];
      let next: string | null = '/praktijkvoorbeelden/';
      while (next) {
        await tab.goto(base + next);
        visited.push(next);
        const n = visited.length;
        expect(await tab.locator('.plist--enhanced').count()).toBe(0);
        const cards = await staticCards(tab).evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
        expect(cards.length, next).toBe(n < lastPage ? PRACTICES_PER_PAGE : expected.length - PRACTICES_PER_PAGE * (lastPage - 1));
        seen.push(...cards);
        const nav = tab.getByRole('navigation', { name: "Pagina's met praktijkvoorbeelden" });
        const current = nav.locator('a[aria-current="page"]');
        expect(await current.count(), next).toBe(1);
        expect(await current.getAttribute('href')).toBe(next);
        expect((await current.textContent())?.replace(/\s+/g, ' ').trim()).toBe(`Pagina ${n}`);
        expect(await nav.locator('.pagination__status').textContent()).toBe(`Pagina ${n} van ${lastPage}`);
        // Page 1 links to the last page by number; every page links to its neighbours.
        if (n === 1) expect(await nav.locator(`a.pagination__page[href="/praktijkvoorbeelden/pagina/${lastPage}/"]`).count()).toBe(1);
        next = (await nav.locator('a[rel="next"]').count()) ? await nav.locator('a[rel="next"]').getAttribute('href') : null;
        if (n > 1) expect(await nav.locator('a[rel="prev"]').getAttribute('href')).toBe(visited[n - 2]);
        if (visited.length > lastPage) throw new Error(`more pages than ${lastPage}: ${visited.join(', ')}`);
      }
      expect(visited.length).toBe(lastPage);
      expect(visited.slice(1)).toEqual(Array.from({ length: lastPage - 1 }, (_, i) => `/praktijkvoorbeelden/pagina/${i + 2}/`));
      expect([...seen].sort()).toEqual(expected);
      expect(new Set(seen).size).toBe(seen.length);
    } finally {
      await tab.close();
    }
  });

  test('without JavaScript: no filter form that cannot work, but links to the list of every theme, region and all seven adviezen', async () => {
    const tab = await withoutJs.newPage();
    try {
      await tab.goto(`${baseUrl}/praktijkvoorbeelden/`);
      expect(await tab.locator('form.plist-filters').isVisible()).toBe(false);
      const nav = tab.getByRole('navigation', { name: 'Praktijkvoorbeelden per thema, advies of regio' });
      expect(await nav.count()).toBe(1);
      await nav.locator('summary').nth(1).click();
      const advice = await nav.locator('a[href^="/praktijkvoorbeelden/advies/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const adviceLists = listFiles(dist).filter((rel) => /^praktijkvoorbeelden\/advies\/[^/]+\/index\.html$/.test(rel));
      expect(advice.length).toBe(adviceLists.length);
      expect(advice.length).toBe(7);
      for (const href of advice) expect(existsSync(fileFor(href!)), href!).toBe(true);
    } finally {
      await tab.close();
    }
  });

  test('with JavaScript: one way to filter (no separate pickers), all seven adviezen, the desktop panel no scroll box of its own', async () => {
    await open('/praktijkvoorbeelden/');
    expect(await page.locator('nav.browse').count()).toBe(0);
    expect(await page.locator('form').filter({ has: page.locator('input[type="checkbox"]') }).count()).toBe(1);
    const advice = page.locator('fieldset[data-facet="advies"] li[data-option]:visible');
    expect(await advice.count()).toBe(7);
    for (const el of [page.locator('form.plist-filters'), page.locator('[data-filter-panel]')]) {
      const box = await el.evaluate((e) => ({ overflow: getComputedStyle(e).overflowY, scroll: e.scrollHeight, client: e.clientHeight }));
      expect(['visible', 'clip']).toContain(box.overflow);
      expect(box.scroll).toBeLessThanOrEqual(box.client + 1);
    }
  });

  test('with JavaScript: a sector narrows the list at once, the count is announced, the URL holds it; reload and back restore it', async () => {
    await open('/praktijkvoorbeelden/');
    const total = practicePages().length;
    expect(await status().getAttribute('aria-live')).toBe('polite');
    expect(await statusText()).toBe('');
    expect(await staticCards().count()).toBe(Math.min(total, PRACTICES_PER_PAGE));
    // A sector that some but not all practices have: choosing it must shrink the list.
    const option = (await sectorOptions()).filter((o) => o.n > 0 && o.n < total).sort((a, b) => a.n - b.n)[0]!;
    expect(option, 'a sector that only some practices have').toBeDefined();

    await choose(option.id);
    await eventually(statusText).toBe(`${option.n} ${option.n === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'} met Sector: ${option.label}`);
    expect(await results().count()).toBe(Math.min(option.n, PRACTICES_PER_PAGE));
    // The page's own count ("17 praktijkvoorbeelden") is not said of the filtered list.
    expect(await page.locator('[data-list-count]').isVisible()).toBe(false);
    expect(await page.locator('main').innerText()).not.toMatch(new RegExp(`${total} praktijkvoorbeelden`));
    // The chip names the filter and removes it.
    expect(await page.getByRole('button', { name: `Verwijder filter: ${option.label}`, exact: true }).count()).toBe(1);
    expect(await page.locator('[data-static-list]').isVisible()).toBe(false);
    expect(query()).toBe(`?sector=${option.value}`);
    // Each result is a card like the static ones: a titled link to a practice, facts and a summary.
    const first = results().first();
    expect(await first.locator('.card__title a').getAttribute('href')).toMatch(/^\/praktijkvoorbeelden\/[a-z0-9-]+\/$/);
    expect((await first.locator('.card__meta').textContent())?.trim()).not.toBe('');
    expect((await first.locator('.card__summary').textContent())?.trim()).not.toBe('');
    expect(await page.getByRole('button', { name: /^Toon \d+ praktijkvoorbeeld/ }).textContent()).toBe(`Toon ${option.n} ${option.n === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}`);

    await page.reload();
    await page.locator('.plist--enhanced').waitFor();
    expect(await page.locator(`#${option.id}`).isChecked()).toBe(true);
    await eventually(countNow).toBe(option.n);
    expect(await results().count()).toBe(Math.min(option.n, PRACTICES_PER_PAGE));

    await page.getByRole('button', { name: `Verwijder filter: ${option.label}`, exact: true }).click();
    await eventually(query).toBe('');
    await eventually(statusText).toMatch(new RegExp(`^Alle ${total} praktijkvoorbeelden`));
    expect(await page.locator(`#${option.id}`).isChecked()).toBe(false);
    expect(await page.locator('[data-list-count]').isVisible()).toBe(true);
    expect(await page.locator('[data-static-list]').isVisible()).toBe(true);
    expect(await page.locator('[data-filter-results]').isVisible()).toBe(false);

    await page.goBack();
    await eventually(query).toBe(`?sector=${option.value}`);
    await eventually(() => page.locator(`#${option.id}`).isChecked()).toBe(true);
    await eventually(countNow).toBe(option.n);
    await eventually(() => results().count()).toBe(Math.min(option.n, PRACTICES_PER_PAGE));
    await page.goForward();
    await eventually(() => page.locator(`#${option.id}`).isChecked()).toBe(false);
    await eventually(() => page.locator('[data-static-list]').isVisible()).toBe(true);
  });

  test('OR within a facet, AND across facets, with the counts beside the options; "Wis filters" brings the list back', async () => {
    await open('/praktijkvoorbeelden/');
    const options = (await sectorOptions()).filter((o) => o.n > 0).sort((a, b) => b.n - a.n);
    const [a, b] = options;
    await choose(a!.id);
    await eventually(countNow).toBe(a!.n);
    // Beside an option of the same facet: what it gives on its own; the other facets count within the selection.
    expect(await optionCount(b!.id)).toBe(b!.n);
    await choose(b!.id);
    await eventually(statusText).toMatch(/met Sector: .+ of .+$/);
    const either = await countNow();
    expect(either).toBeGreaterThanOrEqual(Math.max(a!.n, b!.n));
    const phases = await page.locator('fieldset[data-facet="fase"] li[data-option]:visible input').evaluateAll((boxes) => boxes.map((x) => ({ id: x.id, value: (x as HTMLInputElement).value })));
    const phase = phases[0]!;
    const phaseCount = await optionCount(phase.id);
    await choose(phase.id);
    await eventually(statusText).toMatch(/met Sector: .+ of .+ en Fase: .+$/);
    expect(await countNow()).toBe(phaseCount); // the count beside it said what choosing it gives
    expect(await countNow()).toBeLessThanOrEqual(either);
    const params = new URLSearchParams(query());
    expect(params.getAll('sector').sort()).toEqual([a!.value, b!.value].sort());
    expect(params.getAll('fase')).toEqual([phase.value]);
    expect([...params.keys()]).toEqual(['sector', 'sector', 'fase']); // facets in the fixed order of /zoeken/
    expect(await page.locator('[data-filter-chosen]').textContent()).toBe(' (3 gekozen)');

    await page.getByRole('button', { name: 'Wis filters' }).click();
    await eventually(query).toBe('');
    await eventually(() => page.locator('[data-static-list]').isVisible()).toBe(true);
    expect(await page.locator('input[type="checkbox"]:checked').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('pf-q');
    expect(await optionCount(a!.id)).toBe(a!.n); // the counts of the whole list again
  });

  test('"Meer resultaten" adds the next cards and moves focus to the first new one, until all are shown (fixture build)', async () => {
    await open('/praktijkvoorbeelden/', fixtureUrl());
    const total = practicePages(fixture.outDir).length;
    // The option with the most practices; more than two batches of them.
    const all = await page.locator('input[type="checkbox"]').evaluateAll((boxes) =>
      boxes.map((b) => ({ id: b.id, n: Number(/\((\d+)\)/.exec(document.querySelector(`label[for="${b.id}"] .facet__count`)?.textContent ?? '')?.[1] ?? 0) })),
    );
    // (Not an option every practice has: that facet cannot narrow the list and stays out of view.)
    const biggest = all.filter((o) => o.n < total).sort((x, y) => y.n - x.n)[0]!;
    expect(biggest.n, `an option with more practices than two batches of ${PRACTICES_PER_PAGE}`).toBeGreaterThan(2 * PRACTICES_PER_PAGE);
    await choose(biggest.id);
    await eventually(countNow).toBe(biggest.n);
    expect(await results().count()).toBe(PRACTICES_PER_PAGE);
    const more = page.getByRole('button', { name: 'Meer resultaten' });
    let shown = PRACTICES_PER_PAGE;
    while (shown < biggest.n) {
      expect(await more.isVisible(), `${shown} of ${biggest.n} shown: "Meer resultaten" offered`).toBe(true);
      await more.click();
      const now = Math.min(biggest.n, shown + PRACTICES_PER_PAGE);
      await eventually(() => results().count()).toBe(now);
      expect(await page.evaluate((n) => document.activeElement === document.querySelectorAll('[data-filter-list] > li a')[n], shown), `focus on result ${shown + 1}`).toBe(true);
      shown = now;
    }
    expect(await more.isVisible(), 'all shown: no "Meer resultaten"').toBe(false);
    const hrefs = await results().locator('.card__title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(new Set(hrefs).size, 'every result once').toBe(biggest.n);
  });

  test('axe-core finds nothing on a later page of a list (fixture build: the real content fits on one page)', async () => {
    await open('/praktijkvoorbeelden/pagina/2/', fixtureUrl());
    expect(await axeViolations(), '/praktijkvoorbeelden/pagina/2/').toEqual([]);
    await page.goto(`${fixtureUrl()}/praktijkvoorbeelden/regio/voorbeeldregio/2/`, { waitUntil: 'load' });
    expect(await page.locator('nav.pagination a[aria-current="page"]').textContent()).toMatch(/Pagina 2$/);
    expect(await axeViolations(), '/praktijkvoorbeelden/regio/voorbeeldregio/2/').toEqual([]);
  });

  test('a query (q) works too, with the words highlighted; nothing found says what to drop', async () => {
    await open('/praktijkvoorbeelden/?q=thuiszitters');
    expect(await page.locator('#pf-q').inputValue()).toBe('thuiszitters');
    await eventually(countNow).toBeGreaterThan(0);
    expect(await statusText()).toMatch(/ voor "thuiszitters"$/);
    expect(await page.locator('[data-filter-list] mark').count()).toBeGreaterThan(0);

    // Two filters that no practice has together: the option that would give nothing is not offered,
    // but a shared link may still ask for it.
    await open('/praktijkvoorbeelden/');
    const sectors = await sectorOptions();
    const rare = sectors.filter((o) => o.n > 0).sort((x, y) => x.n - y.n)[0]!;
    await choose(rare.id);
    await eventually(countNow).toBe(rare.n);
    const hiddenPhase = await page.locator('fieldset[data-facet="fase"] li[data-option]').evaluateAll((items) =>
      items.filter((li) => (li as HTMLElement).hidden).map((li) => li.querySelector('input')!.value),
    );
    expect(hiddenPhase.length, 'a phase that no practice in that sector has, left out').toBeGreaterThan(0);
    await open(`/praktijkvoorbeelden/?sector=${rare.value}&fase=${hiddenPhase[0]}`);
    await eventually(countNow).toBe(0);
    await eventually(() => page.locator('[data-filter-empty]').isVisible()).toBe(true);
    expect(await page.locator('[data-filter-suggestion]').textContent()).toMatch(/^Zonder het filter (Sector|Fase): .+ (is er 1 praktijkvoorbeeld|zijn er \d+ praktijkvoorbeelden)\.$/);
    // No wall of "(0)": only the chosen options show a 0.
    const zeros = await page.locator('[data-filter-panel] li[data-option]:visible').evaluateAll((items) => items.filter((li) => li.querySelector('.facet__count')!.textContent === '(0)' && !li.querySelector('input')!.checked).length);
    expect(zeros).toBe(0);
    expect(await axeViolations()).toEqual([]);
  });

  test('axe-core finds nothing on the filtered list; the keyboard reaches a filter with visible focus', async () => {
    await open('/praktijkvoorbeelden/');
    const option = (await sectorOptions()).find((o) => o.n > 0)!;
    await page.locator('#pf-q').focus();
    // Tab from the query field to the first option and toggle it with Space.
    for (let i = 0; i < 6; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'checkbox')) break;
    }
    const focused = await page.evaluate(() => ({ id: document.activeElement?.id, outline: getComputedStyle(document.activeElement!).outlineStyle }));
    expect(focused.id).toMatch(/^pf-/);
    expect(focused.outline).not.toBe('none');
    await page.keyboard.press('Space');
    const [, key, value] = /^pf-([a-z]+)-(.+)$/.exec(focused.id!)!;
    await eventually(query).toBe(`?${key}=${value}`);
    await eventually(countNow).toBeGreaterThan(0);
    await page.keyboard.press('Space');
    await eventually(query).toBe('');
    // Again, then Tab on to "Toon N praktijkvoorbeelden": Enter goes to the first card.
    await page.keyboard.press('Space');
    await eventually(countNow).toBeGreaterThan(0);
    const n = await countNow();
    for (let i = 0; i < 80; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.hasAttribute('data-filter-show'))) break;
    }
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Toon ${n} ${n === 1 ? 'praktijkvoorbeeld' : 'praktijkvoorbeelden'}`);
    await page.keyboard.press('Enter');
    await eventually(() => page.evaluate(() => document.activeElement === document.querySelector('[data-filter-list] a'))).toBe(true);
    await page.keyboard.press('Shift+Tab');

    await open('/praktijkvoorbeelden/');
    await choose(option.id);
    await eventually(countNow).toBe(option.n);
    expect(await axeViolations()).toEqual([]);
  });

  test('at 320 px: no sideways scrolling; the filters start closed, "Toon …" closes them and goes to the first card', async () => {
    try {
      await open('/praktijkvoorbeelden/');
      const option = (await sectorOptions()).find((o) => o.n > 0)!;
      const panel = page.locator('[data-filter-panel]');
      const toggle = page.locator('[data-filter-toggle]');
      await page.setViewportSize({ width: 320, height: 800 });
      await open('/praktijkvoorbeelden/');
      expect(await panel.isVisible()).toBe(false);
      expect(await toggle.getAttribute('aria-expanded')).toBe('false');
      await open(`/praktijkvoorbeelden/?sector=${option.value}`);
      await eventually(countNow).toBeGreaterThan(0);
      expect(await page.locator('[data-filter-chosen]').textContent()).toBe(' (1 gekozen)');
      expect(await toggle.getAttribute('aria-expanded')).toBe('false'); // the results first, the chips say what is filtered
      await toggle.click();
      expect(await panel.isVisible()).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
      await page.getByRole('button', { name: /^Toon \d+ praktijkvoorbeeld/ }).click();
      await eventually(() => panel.isVisible()).toBe(false);
      expect(await page.evaluate(() => document.activeElement === document.querySelector('[data-filter-list] a'))).toBe(true);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    } finally {
      await page.setViewportSize({ width: 1280, height: 900 });
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('a region page shows a few practices per step of the evidence ladder and links to the rest', () => {
  /** The cards under "Praktijkvoorbeelden uit deze regio", and the link to the full list. */
  function regionSection(outDir: string, id: string) {
    const els = elements(parseHtml(readFileSync(join(outDir, 'regios', id, 'index.html'), 'utf8')));
    const section = els.find((el) => el.tagName === 'section' && attr(el, 'id') === 'praktijkvoorbeelden');
    const inside = section ? elements(section) : [];
    const steps = inside.filter((el) => el.tagName === 'section' && (attr(el, 'class') ?? '').split(' ').includes('evidence-group'));
    const cardsIn = (root: typeof els[number]) => elements(root).filter((el) => el.tagName === 'article' && (attr(el, 'class') ?? '').split(' ').includes('card')).length;
    return {
      cards: inside.filter((el) => el.tagName === 'article' && (attr(el, 'class') ?? '').split(' ').includes('card')).length,
      cardsPerStep: steps.map(cardsIn),
      all: inside.filter((el) => el.tagName === 'a' && attr(el, 'href') === `/praktijkvoorbeelden/regio/${id}/`).map((el) => text(el).replace(/\s+/g, ' ').trim()),
    };
  }

  test.runIf(built)('real content: Twente shows at most a few cards per step and links to its full list', () => {
    const twente = regionSection(site.outDir, 'twente');
    expect(twente.cards).toBeGreaterThan(1);
    for (const n of twente.cardsPerStep) expect(n).toBeLessThanOrEqual(PRACTICES_PREVIEW);
    expect(twente.all).toEqual([expect.stringMatching(/^Bekijk alle (\d+) praktijkvoorbeelden uit deze regio in één lijst$/)]);
    expect(existsSync(join(site.outDir, 'praktijkvoorbeelden/regio/twente/index.html'))).toBe(true);
  });

  test.runIf(fixture.exitCode === 0)(`54 practices in one region: a few cards per step, a link to all 54, and that list in pages of ${PRACTICES_PER_PAGE} reaching every one`, () => {
    const region = regionSection(fixture.outDir, 'voorbeeldregio');
    for (const n of region.cardsPerStep) expect(n).toBeLessThanOrEqual(PRACTICES_PREVIEW);
    expect(region.cards).toBeLessThan(PRACTICES_PER_PAGE * 2);
    expect(region.all).toEqual([expect.stringMatching(/^Bekijk alle (\d+) praktijkvoorbeelden uit /)]);
    const total = Number(/alle (\d+)/.exec(region.all[0]!)![1]);
    expect(total).toBeGreaterThan(PRACTICES_PER_PAGE * 2);

    const seen = new Set<string>();
    const pages = Math.ceil(total / PRACTICES_PER_PAGE);
    for (let n = 1; n <= pages; n++) {
      const url = n === 1 ? '/praktijkvoorbeelden/regio/voorbeeldregio/' : `/praktijkvoorbeelden/regio/voorbeeldregio/${n}/`;
      const els = elements(parseHtml(readFileSync(join(fixture.outDir, url, 'index.html'), 'utf8')));
      const cards = els.filter((el) => el.tagName === 'article' && (attr(el, 'class') ?? '').split(' ').includes('card'));
      const hrefs = cards.map((card) => attr(elements(card).find((el) => el.tagName === 'a')!, 'href')!);
      expect(hrefs.length, url).toBeGreaterThan(0);
      expect(hrefs.length, url).toBeLessThanOrEqual(PRACTICES_PER_PAGE);
      for (const h of hrefs) seen.add(h);
      expect(text(els.find((el) => el.tagName === 'h1')!)).toMatch(/^Praktijk.?voorbeelden uit /);
    }
    expect(seen.size).toBe(total);
    expect(existsSync(join(fixture.outDir, `praktijkvoorbeelden/regio/voorbeeldregio/${pages + 1}/index.html`))).toBe(false);
  });
});
