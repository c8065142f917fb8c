/**
 * "Volg dit" (src/feeds/follow.ts, src/search/list/follow.ts): each theme, advice, region and
 * community has an RSS feed and a calendar. Rendered by @astrojs/rss and the `ics` builder, read back
 * with fast-xml-parser and ical.js. A small site in memory stands in for the content store.
 */
import { describe, expect, test, vi } from 'vitest';
import { getRssString } from '@astrojs/rss';
import { XMLParser } from 'fast-xml-parser';
import ICAL from 'ical.js';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const { followSubject, followSubjects, followFeed, followCalendar, followFeedTitle, FOLLOW_FEED_ITEMS } = await import('../../src/feeds/follow.ts');
const { eventUid } = await import('../../src/feeds/ics.ts');
const { GROUPS, GROUP_KINDS } = await import('../../src/groups/groups.ts');
const { GROUP_FACETS, followChoice } = await import('../../src/search/list/follow.ts');
const { routes, FOLLOW_SEGMENTS } = await import('../../src/routes.ts');
const { EMPTY_STATE } = await import('../../src/search/url-state.ts');
type Site = import('../../src/lib/content.ts').Site;
type Facet = import('../../src/search/facets.ts').Facet;

const SITE = 'https://www.example.nl';
const NOW = new Date('2026-11-23T12:00:00+01:00');
const parser = new XMLParser({ ignoreAttributes: false });
const entry = (id: string, data: Record<string, unknown>) => ({ id, data }) as never;
const asList = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

const practice = (id: string, published: string, updated?: string) => entry(id, { title: `Praktijk ${id}`, summary: 'Samen rond het kind.', place: 'Hengelo', published, updated, themes: ['preventie'] });
const event = (id: string, start: string) =>
  entry(id, { title: `Bijeenkomst ${id}`, summary: 'Samen leren.', kind: 'netwerkbijeenkomst', start, location: { online: true }, organiser: 'Programmabureau', communities: ['cop'], regions: ['twente'], themes: [] });
const news = (id: string, date: string) => entry(id, { title: `Nieuws ${id}`, summary: 'Wat er nieuw is.', date, regions: ['twente'], practices: ['p1'], themes: [] });

function fakeSite(practiceCount = 3): Site {
  const practices = [practice('p1', '2026-01-10', '2026-05-01'), practice('p2', '2026-03-01'), ...Array.from({ length: Math.max(0, practiceCount - 2) }, (_, i) => practice(`x${i}`, '2025-01-01'))];
  const events = [event('later', '2026-12-01T10:00:00+01:00'), event('eerder', '2026-02-01T10:00:00+01:00')];
  const items = [news('n1', '2026-04-01')];
  const community = entry('cop', { title: 'CoP Thuiszitters', practices: ['p1'] });
  const themes = [entry('preventie', { title: 'Preventie', description: 'Voorkomen.' })];
  const advice = [entry('teams', { number: 1, title: 'Het verbreden van teams', short: 'Eén team.' })];
  const regions = [entry('twente', { name: 'Twente' })];
  return {
    themes,
    advice,
    regions,
    communities: [community],
    news: items,
    byId: { communities: new Map([['cop', community]]) },
    practicesByTheme: new Map([['preventie', practices]]),
    practicesByAdvice: new Map([['teams', practices.slice(0, 1)]]),
    practicesByRegion: new Map([['twente', practices]]),
    communitiesByTheme: new Map(),
    communitiesByAdvice: new Map([['teams', [community]]]),
    communitiesByRegion: new Map(),
    eventsByTheme: new Map(),
    eventsByCommunity: new Map([['cop', events]]),
    eventsByRegion: new Map([['twente', events]]),
    newsByTheme: new Map(),
    newsByRegion: new Map([['twente', items]]),
    newsByPractice: new Map([['p1', items]]),
  } as unknown as Site;
}

async function rssItems(options: Parameters<typeof getRssString>[0]) {
  const xml = parser.parse(await getRssString(options));
  expect(xml.rss['@_version']).toBe('2.0');
  return { channel: xml.rss.channel, items: asList(xml.rss.channel.item) as Record<string, any>[] };
}

const guid = (item: Record<string, any>) => (typeof item.guid === 'string' ? item.guid : item.guid['#text']);

describe('the feeds of a group', () => {
  const site = fakeSite();

  test('one subject per theme, advice, region and community: two files each, never one per practice', () => {
    const subjects = followSubjects(site);
    expect(subjects.map((s) => `${s.kind}:${s.id}`)).toEqual(['theme:preventie', 'advice:teams', 'region:twente', 'community:cop']);
    const paths = subjects.flatMap((s) => [s.rss, s.ics]);
    expect(new Set(paths).size).toBe(2 * subjects.length);
    expect(followSubjects(fakeSite(40)).length).toBe(subjects.length);
    expect(followSubject('region', 'nergens', site)).toBeUndefined();
    expect(followSubject('community', 'nergens', site)).toBeUndefined();
  });

  test('a region feed: its practices (new and updated), news and events, newest first, a Dutch channel with a self link', async () => {
    const subject = followSubject('region', 'twente', site)!;
    expect(subject.label).toBe('Regio Twente');
    // A name that says its kind already keeps it once: the real regions are "Regio …" and "Gemeente …".
    for (const name of ['Regio Twente', 'Gemeente Leeuwarden']) {
      const named = { ...site, regions: [entry('twente', { name })] } as unknown as typeof site;
      expect(followSubject('region', 'twente', named)?.label).toBe(name);
    }
    const { channel, items } = await rssItems(followFeed(subject, SITE));
    expect(channel.title).toBe(followFeedTitle(subject));
    expect(channel.link).toBe(`${SITE}/regios/twente/`);
    expect(channel.language).toBe('nl-nl');
    expect(channel['atom:link']['@_href']).toBe(`${SITE}${routes.follow.rss('region', 'twente')}`);
    expect(items.map((i) => i.title)).toEqual([
      'Bijeenkomst: Bijeenkomst later',
      'Bijgewerkt praktijkvoorbeeld: Praktijk p1',
      'Nieuws: Nieuws n1',
      'Nieuw praktijkvoorbeeld: Praktijk p2',
      'Bijeenkomst: Bijeenkomst eerder',
      'Nieuw praktijkvoorbeeld: Praktijk x0',
    ]);
    for (const item of items) expect(item.link, item.title).toMatch(/^https:\/\/www\.example\.nl\//);
    const updated = items.find((i) => i.title.includes('p1'))!;
    expect(new Date(updated.pubDate).toISOString()).toBe('2026-05-01T12:00:00.000Z');
    expect(items.find((i) => i.title.includes('later'))!.description).toContain('1 december 2026');
  });

  test('stable ids: the page URL, and for an updated practice the URL with the date of the change', async () => {
    const subject = followSubject('region', 'twente', site)!;
    const first = (await rssItems(followFeed(subject, SITE))).items.map(guid);
    const again = (await rssItems(followFeed(followSubject('region', 'twente', fakeSite())!, SITE))).items.map(guid);
    expect(again).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
    expect(first).toContain(`${SITE}/praktijkvoorbeelden/p2/`);
    expect(first).toContain(`${SITE}/praktijkvoorbeelden/p1/#bijgewerkt-2026-05-01`);
    expect(first).toContain(`${SITE}/agenda/later/`);
  });

  test('a large group keeps its feed short: the newest items only', async () => {
    const big = fakeSite(FOLLOW_FEED_ITEMS + 20);
    const { items } = await rssItems(followFeed(followSubject('theme', 'preventie', big)!, SITE));
    expect(items).toHaveLength(FOLLOW_FEED_ITEMS);
    expect(items[0]!.title).toBe('Bijgewerkt praktijkvoorbeeld: Praktijk p1');
  });

  test('a community feed: its events and the news about its practices, no practices', async () => {
    const subject = followSubject('community', 'cop', site)!;
    expect(subject.page).toBe(routes.community('cop'));
    const { items } = await rssItems(followFeed(subject, SITE));
    expect(items.map((i) => i.category)).toEqual(['Bijeenkomst', 'Nieuws', 'Bijeenkomst']);
  });

  test('the calendar: every event of the group, with the UIDs of /agenda.ics and the group in its name', () => {
    const subject = followSubject('advice', 'teams', site)!;
    const calendar = new ICAL.Component(ICAL.parse(followCalendar(subject, { site: SITE, now: NOW })));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda Advies 1: Het verbreden van teams – Met Andere Ogen');
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.uid)).toEqual([eventUid('eerder', SITE), eventUid('later', SITE)]);
  });

  test('a group without events still has a calendar that parses', () => {
    const subject = followSubject('theme', 'preventie', site)!;
    const calendar = new ICAL.Component(ICAL.parse(followCalendar(subject, { site: SITE, now: NOW })));
    expect(calendar.getAllSubcomponents('vevent')).toHaveLength(0);
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda Thema Preventie – Met Andere Ogen');
  });

  test('paths per kind: /rss/<segment>/<id>.xml and /ics/<segment>/<id>.ics', () => {
    expect(routes.follow.rss('theme', 'preventie')).toBe('/rss/thema/preventie.xml');
    expect(routes.follow.ics('community', 'cop')).toBe('/ics/community/cop.ics');
    expect(Object.keys(FOLLOW_SEGMENTS)).toEqual([...GROUP_KINDS, 'community']);
  });
});

describe('the filtered practice list offers the feed of one group', () => {
  const facets: Facet[] = [
    { key: 'thema', legend: 'Thema', values: [{ id: 'preventie', label: 'Preventie' }, { id: 'girfec', label: 'GIRFEC' }] },
    { key: 'regio', legend: 'Regio', values: [{ id: 'twente', label: 'Twente' }] },
    { key: 'sector', legend: 'Sector', values: [{ id: 'po', label: 'Primair onderwijs' }] },
  ];
  const state = (filters: Record<string, string[]>) => ({ ...EMPTY_STATE, filters });

  test('the facets that are groups are those of src/groups/groups.ts', () => {
    expect(GROUP_FACETS).toEqual(Object.fromEntries(GROUP_KINDS.map((k) => [GROUPS[k].facet, k])));
  });

  test('exactly one theme, advice or region: its feed and calendar', () => {
    expect(followChoice(state({ regio: ['twente'] }), facets)).toEqual({ kind: 'region', id: 'twente', label: 'regio Twente', rss: '/rss/regio/twente.xml', ics: '/ics/regio/twente.ics' });
    // A name that already says what it is is not doubled ("regio Regio Twente").
    const named = facets.map((f) => (f.key === 'regio' ? { ...f, values: [{ id: 'twente', label: 'Regio Twente' }] } : f));
    expect(followChoice(state({ regio: ['twente'] }), named)?.label).toBe('Regio Twente');
    const municipality = facets.map((f) => (f.key === 'regio' ? { ...f, values: [{ id: 'twente', label: 'Gemeente Utrecht' }] } : f));
    expect(followChoice(state({ regio: ['twente'] }), municipality)?.label).toBe('Gemeente Utrecht');
    expect(followChoice(state({ thema: ['preventie'], sector: ['po'] }), facets)?.rss).toBe('/rss/thema/preventie.xml');
  });

  test('none, two, or an unknown one: nothing', () => {
    expect(followChoice(state({}), facets)).toBeNull();
    expect(followChoice(state({ sector: ['po'] }), facets)).toBeNull();
    expect(followChoice(state({ thema: ['preventie', 'girfec'] }), facets)).toBeNull();
    expect(followChoice(state({ thema: ['preventie'], regio: ['twente'] }), facets)).toBeNull();
    expect(followChoice(state({ thema: ['onbekend'] }), facets)).toBeNull();
  });
});
