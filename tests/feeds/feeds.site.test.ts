/**
 * The feeds of the built site (the "site" build of tests/support/global-setup.ts, made on a machine
 * in New York time): RSS read with fast-xml-parser, iCalendar read with ical.js (not the `ics`
 * library that wrote it). Counts match the pages; every link points at a page that exists.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { assertBuilt } from '../support/build-result.ts';
import { brokenReason } from '../support/links.ts';
import { loadContent } from '../../src/model/load.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { entryPageIds } from '../support/dist-pages.ts';

const { site } = inject('builds');
const dist = site.outDir;
const read = (rel: string) => readFileSync(join(dist, rel), 'utf8');
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

beforeAll(() => assertBuilt(site));

function rssItems(rel: string): { title: string; link: string; pubDate: string }[] {
  const xml = new XMLParser({ ignoreAttributes: false }).parse(read(rel));
  expect(xml.rss['@_version']).toBe('2.0');
  expect(xml.rss.channel.language).toBe('nl-nl');
  return asList(xml.rss.channel.item);
}

function internal(url: string): string | undefined {
  return brokenReason(new URL(url), dist);
}

describe('RSS', () => {
  test.each([
    ['rss/nieuws.xml', 'nieuws'],
    ['rss/praktijkvoorbeelden.xml', 'praktijkvoorbeelden'],
    ['rss/nieuwsbrieven.xml', 'nieuwsbrieven'],
  ])('%s: one item per page of /%s/, each linking to that page', (rel, section) => {
    const items = rssItems(rel);
    // News whose day no source gives has a page but no feed item: a reader would show it as new.
    const undated = new Set(section === 'nieuws' ? loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT).entries.news.filter((n) => !n.data?.date).map((n) => n.id) : []);
    if (section === 'nieuws') expect(undated.size, 'the real content has news without a known day').toBeGreaterThan(0);
    const ids = entryPageIds(dist, section).filter((id) => !undated.has(id));
    expect(ids.length, `pages under /${section}/`).toBeGreaterThan(0);
    expect(items).toHaveLength(ids.length);
    expect(items.map((i) => new URL(i.link).pathname.split('/')[2]).sort()).toEqual(ids);
    for (const item of items) {
      expect(item.link, item.title).toMatch(/^https?:\/\//);
      expect(internal(item.link), item.link).toBeUndefined();
      expect(Number.isNaN(Date.parse(item.pubDate)), item.pubDate).toBe(false);
    }
    const dates = items.map((i) => Date.parse(i.pubDate));
    expect(dates, 'newest first').toEqual([...dates].sort((a, b) => b - a));
  });
});

describe('iCalendar', () => {
  const content = () => loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT).entries.events;

  function events(rel: string) {
    const calendar = new ICAL.Component(ICAL.parse(read(rel)));
    return calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  }

  test('/agenda.ics has every event, upcoming and past, one per page of /agenda/', () => {
    const all = events('agenda.ics');
    const ids = entryPageIds(dist, 'agenda');
    expect(all).toHaveLength(ids.length);
    const host = new URL(all[0]!.component.getFirstPropertyValue('url') as string).hostname;
    expect(all.map((e) => e.uid).sort()).toEqual(ids.map((id) => `${id}@${host}`).sort());
  });

  test('start and end are the stored moments (Amsterdam wall-clock time), though the build ran in New York time', () => {
    const byUid = new Map(events('agenda.ics').map((e) => [e.uid.split('@')[0], e]));
    for (const entry of content()) {
      const e = byUid.get(entry.id)!;
      expect(e, entry.id).toBeDefined();
      expect(e.startDate.toJSDate().getTime(), `${entry.id} start`).toBe(Date.parse(entry.data!.start as string));
      if (entry.data!.end) expect(e.endDate.toJSDate().getTime(), `${entry.id} end`).toBe(Date.parse(entry.data!.end as string));
      expect(e.summary).toBe(entry.data!.title);
    }
  });

  test('each event has its own file under /ics/ with the same event, a location, URL and description', () => {
    const all = new Map(events('agenda.ics').map((e) => [e.uid, e]));
    for (const id of entryPageIds(dist, 'agenda')) {
      const rel = `ics/${id}.ics`;
      expect(existsSync(join(dist, rel)), rel).toBe(true);
      const [one, ...more] = events(rel);
      expect(more).toEqual([]);
      const same = all.get(one!.uid)!;
      expect(one!.startDate.toString()).toBe(same.startDate.toString());
      const url = one!.component.getFirstPropertyValue('url') as string;
      expect(internal(url), url).toBeUndefined();
      expect(new URL(url).pathname).toBe(`/agenda/${id}/`);
      expect(one!.location, `${id} location`).toBeTruthy();
      expect(one!.description).toContain(url);
    }
  });
});
