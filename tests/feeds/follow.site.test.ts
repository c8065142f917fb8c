/**
 * "Volg dit" on the built site (issue 17): every theme, advice, region and community page links its
 * own RSS feed and calendar, in the head (rel="alternate", for feed readers) and in the page; the
 * files exist, parse (fast-xml-parser for RSS 2.0, ical.js for iCalendar), link to pages that exist
 * and carry unique, stable ids; there are two files per group and none per practice; and the
 * filtered practice list offers a group's feed only when exactly one theme, advice or region is
 * chosen (Chromium).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import type { Browser, Page } from 'playwright-core';
import { assertBuilt } from '../support/build-result.ts';
import { brokenReason } from '../support/links.ts';
import { attr, elements, listFiles, parseHtml, text, type Node5 } from '../support/dist.ts';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { loadContent } from '../../src/model/load.ts';
import { FOLLOW_SEGMENTS, routes, type FollowKind } from '../../src/routes.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const dist = site.outDir;
const read = (rel: string) => readFileSync(join(dist, rel), 'utf8');
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);
const fileOf = (path: string) => path.replace(/^\//, '');

beforeAll(() => assertBuilt(site));

type Data = Record<string, any>;
const content = loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT).entries;
const published = (name: 'themes' | 'advice' | 'regions' | 'communities' | 'events') =>
  content[name].filter((e) => !(e.data as { draft?: boolean } | undefined)?.draft) as { id: string; data: Data }[];

const subjects: { kind: FollowKind; id: string; page: string }[] = [
  ...published('themes').map((e) => ({ kind: 'theme' as const, id: e.id, page: routes.theme(e.id) })),
  ...published('advice').map((e) => ({ kind: 'advice' as const, id: e.id, page: routes.advice(e.id) })),
  ...published('regions').map((e) => ({ kind: 'region' as const, id: e.id, page: routes.region(e.id) })),
  ...published('communities').map((e) => ({ kind: 'community' as const, id: e.id, page: routes.community(e.id) })),
];

/** The events a group's calendar must hold, from the content (an advice: those of its communities). */
function expectedEvents(kind: FollowKind, id: string): string[] {
  const events = published('events');
  const communitiesOfAdvice = new Set(published('communities').filter((c) => (c.data.advice ?? []).includes(id)).map((c) => c.id));
  const match: Record<FollowKind, (e: Data) => boolean> = {
    theme: (d) => (d.themes ?? []).includes(id),
    region: (d) => (d.regions ?? []).includes(id),
    community: (d) => (d.communities ?? []).includes(id),
    advice: (d) => (d.communities ?? []).some((c: string) => communitiesOfAdvice.has(c)),
  };
  return events.filter((e) => match[kind](e.data)).map((e) => e.id).sort();
}

function pageElements(path: string): Node5[] {
  return elements(parseHtml(read(join(fileOf(path), 'index.html'))));
}

describe('every group and community page offers its feed and calendar', () => {
  test('there are pages of every kind to check', () => {
    for (const kind of Object.keys(FOLLOW_SEGMENTS)) expect(subjects.filter((s) => s.kind === kind).length, kind).toBeGreaterThan(0);
  });

  test.each(subjects.map((s) => [`${s.kind} ${s.id}`, s] as const))('%s: rel="alternate" in the head, and visible links', (_name, s) => {
    const els = pageElements(s.page);
    const rss = routes.follow.rss(s.kind, s.id);
    const ics = routes.follow.ics(s.kind, s.id);
    const alternates = els.filter((el) => el.tagName === 'link' && attr(el, 'rel') === 'alternate').map((el) => [attr(el, 'type'), new URL(attr(el, 'href')!).pathname]);
    expect(alternates).toContainEqual(['application/rss+xml', rss]);
    expect(alternates).toContainEqual(['text/calendar', ics]);
    const hrefs = els.filter((el) => el.tagName === 'a').map((el) => attr(el, 'href'));
    expect(hrefs).toContain(rss);
    expect(hrefs).toContain(ics);
    expect(hrefs).toContain(routes.follow.help);
    expect(els.some((el) => el.tagName === 'h2' && text(el).trim() === 'Volg dit'), 'a "Volg dit" heading').toBe(true);
  });

  test.each(subjects.map((s) => [`${s.kind} ${s.id}`, s] as const))('%s: an RSS 2.0 feed with unique ids and working links', (_name, s) => {
    const xml = new XMLParser({ ignoreAttributes: false }).parse(read(fileOf(routes.follow.rss(s.kind, s.id))));
    expect(xml.rss['@_version']).toBe('2.0');
    const channel = xml.rss.channel;
    expect(channel.language).toBe('nl-nl');
    expect(new URL(channel.link).pathname).toBe(s.page);
    expect(new URL(channel['atom:link']['@_href']).pathname).toBe(routes.follow.rss(s.kind, s.id));
    const items = asList<Data>(channel.item);
    const guids = items.map((i) => (typeof i.guid === 'string' ? i.guid : i.guid['#text']));
    expect(new Set(guids).size).toBe(items.length);
    for (const item of items) {
      expect(brokenReason(new URL(item.link), dist), item.link).toBeUndefined();
      if (item.pubDate !== undefined) expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
    }
    if (s.kind === 'community') expect(items.every((i) => !new URL(i.link).pathname.startsWith(routes.list('practices')))).toBe(true);
  });

  test.each(subjects.map((s) => [`${s.kind} ${s.id}`, s] as const))('%s: a calendar with its events, with the UIDs of /agenda.ics', (_name, s) => {
    const parse = (rel: string) => new ICAL.Component(ICAL.parse(read(rel))).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    const all = new Set(parse('agenda.ics').map((e) => e.uid));
    const calendar = new ICAL.Component(ICAL.parse(read(fileOf(routes.follow.ics(s.kind, s.id)))));
    expect(String(calendar.getFirstPropertyValue('x-wr-calname'))).toMatch(/^Agenda /);
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    for (const e of events) expect(all.has(e.uid), e.uid).toBe(true);
    expect(events.map((e) => e.uid.split('@')[0]).sort()).toEqual(expectedEvents(s.kind, s.id));
  });

  test('two files per group, none per practice', () => {
    const segments = Object.values(FOLLOW_SEGMENTS);
    const files = listFiles(dist).filter((rel) => segments.some((seg) => rel.startsWith(`rss/${seg}/`) || rel.startsWith(`ics/${seg}/`)));
    expect(files.length).toBe(2 * subjects.length);
  });

  test('the page that explains following is there', () => {
    expect(existsSync(join(dist, fileOf(routes.follow.help), 'index.html'))).toBe(true);
  });
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the filtered practice list offers the feed of one group', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    browser = await launchChromium();
    page = await (await browser.newContext({ locale: 'nl-NL', viewport: { width: 1280, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const follow = () => page.locator('[data-filter-follow]');
  async function axeViolations(): Promise<string[]> {
    await page.addScriptTag({ path: AXE_SCRIPT });
    return page.evaluate(async (tags) => {
      // @ts-expect-error injected above
      const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags } });
      return r.violations.map((v: { id: string; nodes: { target: string[] }[] }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    }, AXE_TAGS);
  }
  const alternate = () => page.locator('head link[rel="alternate"][data-follow-alternate]');

  test('one theme: its feed and calendar, in the page and in the head; two themes: none', async () => {
    await page.goto(`${baseUrl}${routes.list('practices')}`, { waitUntil: 'load' });
    await page.locator('.plist--enhanced').waitFor();
    expect(await follow().isHidden()).toBe(true);
    const themes = await page.locator('input[name="thema"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(themes.length, 'themes to choose from').toBeGreaterThan(1);
    const [first, second] = themes as [string, string];

    await page.goto(`${baseUrl}${routes.list('practices')}?thema=${first}`, { waitUntil: 'load' });
    await page.locator('.plist--enhanced').waitFor();
    await expect.poll(() => follow().isVisible(), { timeout: 15_000 }).toBe(true);
    const hrefs = await follow().locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual([routes.follow.rss('theme', first), routes.follow.ics('theme', first), routes.follow.help]);
    expect(await alternate().evaluateAll((ls) => ls.map((l) => new URL((l as HTMLLinkElement).href).pathname))).toEqual([routes.follow.rss('theme', first), routes.follow.ics('theme', first)]);

    expect(await axeViolations()).toEqual([]);

    await page.locator(`#pf-thema-${second}`).check();
    await expect.poll(() => follow().isHidden(), { timeout: 15_000 }).toBe(true);
    expect(await alternate().count()).toBe(0);
  });

  test('axe-core finds nothing on the page that explains following, a group page and a community page', async () => {
    const community = subjects.find((x) => x.kind === 'community')!;
    const region = subjects.find((x) => x.kind === 'region')!;
    for (const path of [routes.follow.help, region.page, community.page]) {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'load' });
      expect(await axeViolations(), path).toEqual([]);
    }
  });
});
