/**
 * The RSS feeds: news, practices and newsletters, each item with an absolute link to its page.
 * Pure builders of the options for @astrojs/rss; the endpoints in src/pages/rss/ pass in the
 * published entries and Astro's `site`.
 */
import type { RSSOptions, RSSFeedItem } from '@astrojs/rss';
import type { News } from '../model/collections/news.ts';
import type { Practice } from '../model/collections/practices.ts';
import { SITE_NAME } from '../config/site.ts';
import { escapeHtml } from '../newsletter/html.ts';
import type { NewsletterView } from '../newsletter/model.ts';
import { routes } from '../routes.ts';

export type FeedName = 'nieuws' | 'praktijkvoorbeelden' | 'nieuwsbrieven';

export interface FeedDef {
  name: FeedName;
  path: string;
  /** The page the feed follows (the channel's link). */
  page: string;
  title: string;
  description: string;
  /** What the visible link says after "Volg": "het nieuws". */
  what: string;
}

export const FEEDS: Record<FeedName, FeedDef> = {
  nieuws: {
    name: 'nieuws',
    path: routes.rss.news,
    page: routes.list('news'),
    title: `Nieuws – ${SITE_NAME}`,
    description: `Nieuws uit het lerend netwerk ${SITE_NAME}: over de inspiratieregio’s, bijeenkomsten en wat werkt bij onderwijs en jeugdhulp.`,
    what: 'het nieuws',
  },
  praktijkvoorbeelden: {
    name: 'praktijkvoorbeelden',
    path: routes.rss.practices,
    page: routes.list('practices'),
    title: `Praktijkvoorbeelden – ${SITE_NAME}`,
    description: 'Nieuwe praktijkvoorbeelden van scholen, gemeenten, jeugdhulp en kinderopvang die samen zorgen dat elk kind krijgt wat het nodig heeft.',
    what: 'de praktijkvoorbeelden',
  },
  nieuwsbrieven: {
    name: 'nieuwsbrieven',
    path: routes.rss.newsletters,
    page: routes.list('newsletters'),
    title: `Nieuwsbrieven – ${SITE_NAME}`,
    description: `De nieuwsbrief van ${SITE_NAME}: elke twee maanden nieuwe praktijkvoorbeelden, nieuws en bijeenkomsten op een rij.`,
    what: 'de nieuwsbrieven',
  },
};

interface Entry<T> {
  id: string;
  data: T;
}

/** A calendar date (YYYY-MM-DD) as a moment: noon UTC, the same day in every European time zone. */
export function dayToDate(day: string): Date {
  return new Date(`${day}T12:00:00Z`);
}

function channel(feed: FeedDef, site: URL | string, items: RSSFeedItem[]): RSSOptions {
  const self = new URL(feed.path, site).href;
  return {
    title: feed.title,
    description: feed.description,
    site: new URL(feed.page, site).href,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>nl-nl</language><atom:link href="${escapeHtml(self)}" rel="self" type="application/rss+xml"/>`,
    items,
  };
}

const titlesOf = (ids: readonly string[], titles: ReadonlyMap<string, string>) => ids.flatMap((id) => (titles.has(id) ? [titles.get(id)!] : []));

/**
 * News, newest first. `themes` maps a theme id to its title (for categories). News whose day no
 * source gives is left out: a feed reader would show it as new, and its age is unknown.
 */
export function newsFeed(news: readonly Entry<News>[], themes: ReadonlyMap<string, string>, site: URL | string): RSSOptions {
  const items = news
    .flatMap((n) => (n.data.date ? [{ ...n, date: n.data.date }] : []))
    .sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id))
    .map((n) => ({
      title: n.data.title,
      link: new URL(routes.news(n.id), site).href,
      pubDate: dayToDate(n.date),
      description: escapeHtml(n.data.summary),
      categories: titlesOf(n.data.themes, themes),
    }));
  return channel(FEEDS.nieuws, site, items);
}

/** Practices, newest published first (a draft never reaches this: it is not in the content store). */
export function practicesFeed(practices: readonly Entry<Practice>[], themes: ReadonlyMap<string, string>, site: URL | string): RSSOptions {
  const items = [...practices]
    .sort((a, b) => b.data.published.localeCompare(a.data.published) || a.id.localeCompare(b.id))
    .map((p) => ({
      title: p.data.title,
      link: new URL(routes.practice(p.id), site).href,
      pubDate: dayToDate(p.data.published),
      description: escapeHtml(`${p.data.summary} (${p.data.place})`),
      categories: titlesOf(p.data.themes, themes),
    }));
  return channel(FEEDS.praktijkvoorbeelden, site, items);
}

/** The full content of a newsletter for a feed reader: the intro and every item with its link. */
export function newsletterFeedContent(view: NewsletterView): string {
  const sections = view.sections
    .map((section) => {
      const items = section.items
        .map((item) => {
          const meta = [item.kind, item.when].filter(Boolean).join(' · ');
          return `<li><a href="${escapeHtml(item.url)}">${escapeHtml(item.title)}</a>${meta ? `<br>${escapeHtml(meta)}` : ''}${item.text ? `<br>${escapeHtml(item.text)}` : ''}</li>`;
        })
        .join('');
      return `<h2>${escapeHtml(section.heading)}</h2><ul>${items}</ul>`;
    })
    .join('');
  return `${view.introHtml}${sections}`;
}

/** Sent newsletters, newest first (concepts are not in the site's list at all). */
export function newslettersFeed(views: readonly NewsletterView[], site: URL | string): RSSOptions {
  const items = [...views]
    .sort((a, b) => b.date.localeCompare(a.date) || b.number - a.number)
    .map((v) => ({
      title: v.title,
      link: v.links.web,
      pubDate: dayToDate(v.date),
      description: escapeHtml(v.preheader),
      content: newsletterFeedContent(v),
    }));
  return channel(FEEDS.nieuwsbrieven, site, items);
}
