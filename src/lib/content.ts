/**
 * Reading the content for pages: every collection once per build, with the relations in both
 * directions looked up through maps (never by scanning a whole collection per page).
 * Drafts never reach the store (see content.config.ts), so nothing here needs to filter them.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { newestDayFirst } from './dates.ts';

export type Practice = CollectionEntry<'practices'>;
export type Region = CollectionEntry<'regions'>;
export type Advice = CollectionEntry<'advice'>;
export type Theme = CollectionEntry<'themes'>;
export type Organisation = CollectionEntry<'organisations'>;
export type Community = CollectionEntry<'communities'>;
export type EventEntry = CollectionEntry<'events'>;
export type News = CollectionEntry<'news'>;
export type Newsletter = CollectionEntry<'newsletters'>;
export type Page = CollectionEntry<'pages'>;

export interface Site {
  practices: Practice[];
  regions: Region[];
  advice: Advice[];
  themes: Theme[];
  organisations: Organisation[];
  communities: Community[];
  events: EventEntry[];
  news: News[];
  /** Newsletters on the site (sent, or ready but not sent): a concept is published nowhere. */
  newsletters: Newsletter[];
  byId: {
    practices: Map<string, Practice>;
    regions: Map<string, Region>;
    advice: Map<string, Advice>;
    themes: Map<string, Theme>;
    organisations: Map<string, Organisation>;
    communities: Map<string, Community>;
    events: Map<string, EventEntry>;
    news: Map<string, News>;
  };
  /** Reverse relations: the other side of each stored relation. */
  practicesByRegion: Map<string, Practice[]>;
  practicesByTheme: Map<string, Practice[]>;
  practicesByAdvice: Map<string, Practice[]>;
  practicesByOrganisation: Map<string, Practice[]>;
  regionsByAdvice: Map<string, { region: Region; status: string; note?: string }[]>;
  regionsByOrganisation: Map<string, Region[]>;
  communitiesByRegion: Map<string, Community[]>;
  communitiesByTheme: Map<string, Community[]>;
  communitiesByAdvice: Map<string, Community[]>;
  communitiesByOrganisation: Map<string, Community[]>;
  communitiesByPractice: Map<string, Community[]>;
  eventsByRegion: Map<string, EventEntry[]>;
  eventsByCommunity: Map<string, EventEntry[]>;
  eventsByTheme: Map<string, EventEntry[]>;
  newsByRegion: Map<string, News[]>;
  newsByPractice: Map<string, News[]>;
  newsByTheme: Map<string, News[]>;
}

function group<T>(items: T[], keys: (item: T) => readonly string[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    for (const key of new Set(keys(item))) {
      const list = map.get(key);
      if (list) list.push(item);
      else map.set(key, [item]);
    }
  }
  return map;
}

const byIdMap = <T extends { id: string }>(list: T[]) => new Map(list.map((e) => [e.id, e]));
const newestPractice = (a: Practice, b: Practice) =>
  (b.data.updated ?? b.data.published).localeCompare(a.data.updated ?? a.data.published) || a.data.title.localeCompare(b.data.title, 'nl');

let cached: Promise<Site> | undefined;

/** All content, with its relations, loaded once per build. */
export function getSite(): Promise<Site> {
  cached ??= loadSite();
  return cached;
}

async function loadSite(): Promise<Site> {
  const [practices, regions, advice, themes, organisations, communities, events, news, newsletters] = await Promise.all([
    getCollection('practices'),
    getCollection('regions'),
    getCollection('advice'),
    getCollection('themes'),
    getCollection('organisations'),
    getCollection('communities'),
    getCollection('events'),
    getCollection('news'),
    getCollection('newsletters', (n) => n.data.status !== 'concept'),
  ]);
  practices.sort(newestPractice);
  regions.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
  advice.sort((a, b) => a.data.number - b.data.number);
  themes.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
  organisations.sort((a, b) => a.data.name.localeCompare(b.data.name, 'nl'));
  communities.sort((a, b) => a.data.title.localeCompare(b.data.title, 'nl'));
  events.sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start));
  news.sort((a, b) => newestDayFirst(a.data.date, b.data.date) || a.data.title.localeCompare(b.data.title, 'nl'));
  newsletters.sort((a, b) => b.data.number - a.data.number);

  const regionsByAdvice = new Map<string, { region: Region; status: string; note?: string }[]>();
  for (const region of regions) {
    for (const a of region.data.advice) {
      const list = regionsByAdvice.get(a.advice) ?? [];
      list.push({ region, status: a.status, note: a.note });
      regionsByAdvice.set(a.advice, list);
    }
  }

  return {
    practices,
    regions,
    advice,
    themes,
    organisations,
    communities,
    events,
    news,
    newsletters,
    byId: {
      practices: byIdMap(practices),
      regions: byIdMap(regions),
      advice: byIdMap(advice),
      themes: byIdMap(themes),
      organisations: byIdMap(organisations),
      communities: byIdMap(communities),
      events: byIdMap(events),
      news: byIdMap(news),
    },
    practicesByRegion: group(practices, (p) => (p.data.region ? [p.data.region] : [])),
    practicesByTheme: group(practices, (p) => p.data.themes),
    practicesByAdvice: group(practices, (p) => p.data.advice.map((a) => a.advice)),
    practicesByOrganisation: group(practices, (p) => p.data.organisations),
    regionsByAdvice,
    regionsByOrganisation: group(regions, (r) => r.data.partners),
    communitiesByRegion: group(communities, (c) => c.data.regions),
    communitiesByTheme: group(communities, (c) => c.data.themes),
    communitiesByAdvice: group(communities, (c) => c.data.advice),
    communitiesByOrganisation: group(communities, (c) => c.data.organisations),
    communitiesByPractice: group(communities, (c) => c.data.practices),
    eventsByRegion: group(events, (e) => e.data.regions),
    eventsByCommunity: group(events, (e) => e.data.communities),
    eventsByTheme: group(events, (e) => e.data.themes),
    newsByRegion: group(news, (n) => n.data.regions),
    newsByPractice: group(news, (n) => n.data.practices),
    newsByTheme: group(news, (n) => n.data.themes),
  };
}

/** Look up ids in a map, skipping any that are not published (a draft practice, say). */
export function resolve<T>(map: Map<string, T>, ids: readonly string[]): T[] {
  return ids.flatMap((id) => {
    const entry = map.get(id);
    return entry ? [entry] : [];
  });
}

/** URLs of pages: the one routes module, re-exported for the pages that read content. */
export { routes } from '../routes.ts';
