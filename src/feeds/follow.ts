/**
 * "Volg dit" (issue 17): every theme, advice, region and community has its own RSS feed and its own
 * calendar, at routes.follow.rss/ics(kind, id). Two files per group, never one per practice.
 * - The RSS feed has the group's practices (new or updated), news and events, newest first, at most
 *   FOLLOW_FEED_ITEMS. A community's feed has its events and the news about its practices (news
 *   names practices, not communities).
 * - The calendar has all the group's events, with the same UIDs as /agenda.ics, so an event that a
 *   calendar has from two subscriptions is one event.
 * Ids are stable: an item's guid is its page's URL; an updated practice gets the URL with the date
 * of the change (`…#bijgewerkt-2026-03-01`), so a feed reader shows the change once, and a rebuild
 * without changes gives the same ids.
 * Pure: the endpoints and components pass the site's content and URL.
 */
import type { RSSFeedItem, RSSOptions } from '@astrojs/rss';
import type { EventEntry, News, Practice, Site } from '../lib/content.ts';
import { GROUP_KINDS, groupDef, groupParts } from '../groups/groups.ts';
import { withKind } from '../groups/group-label.ts';
import { routes, type FollowKind } from '../routes.ts';
import { SITE_NAME } from '../config/site.ts';
import { formatEventWhen } from '../lib/dates.ts';
import { escapeHtml } from '../newsletter/html.ts';
import { buildCalendar, eventLocation, type CalendarOptions } from './ics.ts';
import { dayToDate } from './rss.ts';

export type { FollowKind } from '../routes.ts';

/** How many items a group's feed carries: a feed reader only needs what is recent. */
export const FOLLOW_FEED_ITEMS = 50;

export interface FollowSubject {
  kind: FollowKind;
  id: string;
  /** "Thema Preventie", "Advies 1: Het verbreden van teams", "Regio Twente", a community's title. */
  label: string;
  /** The group's own page. */
  page: string;
  rss: string;
  ics: string;
  /** What the feed follows: practices only for a theme, advice or region. */
  practices: readonly Practice[];
  news: readonly News[];
  events: readonly EventEntry[];
}

const GROUP_LABEL: Record<Exclude<FollowKind, 'community'>, (name: string) => string> = {
  theme: (name) => withKind('theme', name, 'Thema'),
  advice: (name) => name,
  region: (name) => withKind('region', name, 'Regio'),
};

/** News about any of the practices, each once, in the order of the site's news (newest first). */
function newsOfPractices(site: Site, practiceIds: readonly string[]): News[] {
  const ids = new Set(practiceIds.flatMap((id) => (site.newsByPractice.get(id) ?? []).map((n) => n.id)));
  return site.news.filter((n) => ids.has(n.id));
}

/** What one group or community offers to follow; undefined when there is no such entry. */
export function followSubject(kind: FollowKind, id: string, site: Site): FollowSubject | undefined {
  const paths = { rss: routes.follow.rss(kind, id), ics: routes.follow.ics(kind, id) };
  if (kind === 'community') {
    const community = site.byId.communities.get(id);
    if (!community) return undefined;
    return {
      kind,
      id,
      label: community.data.title,
      page: routes.community(id),
      ...paths,
      practices: [],
      news: newsOfPractices(site, community.data.practices),
      events: site.eventsByCommunity.get(id) ?? [],
    };
  }
  const def = groupDef(kind);
  const entry = def.entries(site).find((e) => e.id === id);
  if (!entry) return undefined;
  const { practices, news, events } = groupParts(kind, id, site);
  return { kind, id, label: GROUP_LABEL[kind](def.name(entry)), page: routes[kind](id), ...paths, practices, news, events };
}

/** Every group and community, for the feeds' static paths. */
export function followSubjects(site: Site): FollowSubject[] {
  const groups = GROUP_KINDS.flatMap((kind) => groupDef(kind).entries(site).map((e) => followSubject(kind, e.id, site)!));
  const communities = site.communities.map((c) => followSubject('community', c.id, site)!);
  return [...groups, ...communities];
}

export const followFeedTitle = (subject: FollowSubject) => `${subject.label} – ${SITE_NAME}`;
export const followCalendarName = (subject: FollowSubject) => `Agenda ${subject.label} – ${SITE_NAME}`;

/** An item with the day it sorts by (events by their start day; they have no publication date). */
type Dated = { day: string; item: RSSFeedItem };

function practiceItem(p: Practice, site: URL | string): Dated {
  const link = new URL(routes.practice(p.id), site).href;
  const updated = p.data.updated && p.data.updated > p.data.published ? p.data.updated : undefined;
  const day = updated ?? p.data.published;
  return {
    day,
    item: {
      title: `${updated ? 'Bijgewerkt praktijkvoorbeeld' : 'Nieuw praktijkvoorbeeld'}: ${p.data.title}`,
      link,
      pubDate: dayToDate(day),
      description: escapeHtml(`${p.data.summary} (${p.data.place})`),
      categories: ['Praktijkvoorbeeld'],
      ...(updated ? { customData: `<guid isPermaLink="false">${escapeHtml(`${link}#bijgewerkt-${updated}`)}</guid>` } : {}),
    },
  };
}

/** Undefined for news whose day no source gives: a feed reader would show it as new. */
function newsItem(n: News, site: URL | string): Dated | undefined {
  const day = n.data.date;
  if (!day) return undefined;
  return {
    day,
    item: { title: `Nieuws: ${n.data.title}`, link: new URL(routes.news(n.id), site).href, pubDate: dayToDate(day), description: escapeHtml(n.data.summary), categories: ['Nieuws'] },
  };
}

function eventItem(e: EventEntry, site: URL | string): Dated {
  const where = eventLocation(e.data.location);
  const when = formatEventWhen(e.data.start, e.data.end);
  return {
    day: e.data.start.slice(0, 10),
    item: {
      title: `Bijeenkomst: ${e.data.title}`,
      link: new URL(routes.event(e.id), site).href,
      description: escapeHtml(`${when}${where ? `, ${where}` : ''}. ${e.data.summary}`),
      categories: ['Bijeenkomst'],
    },
  };
}

/** The group's RSS feed (options for @astrojs/rss): its newest practices, news and events. */
export function followFeed(subject: FollowSubject, site: URL | string): RSSOptions {
  const dated = [...subject.practices.map((p) => practiceItem(p, site)), ...subject.news.flatMap((n) => newsItem(n, site) ?? []), ...subject.events.map((e) => eventItem(e, site))];
  const items = dated
    .sort((a, b) => b.day.localeCompare(a.day) || a.item.link!.localeCompare(b.item.link!))
    .slice(0, FOLLOW_FEED_ITEMS)
    .map((d) => d.item);
  const self = new URL(subject.rss, site).href;
  const what = subject.kind === 'community' ? 'bijeenkomsten en nieuws' : 'praktijkvoorbeelden, nieuws en bijeenkomsten';
  return {
    title: followFeedTitle(subject),
    description: `Nieuwe en bijgewerkte ${what} bij ${subject.label}, van ${SITE_NAME}.`,
    site: new URL(subject.page, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl-nl</language><atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
    items,
  };
}

/** The group's calendar: all its events, upcoming and past. */
export function followCalendar(subject: FollowSubject, options: Omit<CalendarOptions, 'name'>): string {
  return buildCalendar(subject.events, { ...options, name: followCalendarName(subject) });
}
