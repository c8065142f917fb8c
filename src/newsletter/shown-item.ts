/**
 * A newsletter item as a reader sees it. An item that points at an entry shows that entry as it is
 * now (its current title and summary, its page), so a renamed practice never shows an old title.
 */
import type { Newsletter, Site } from '../lib/content.ts';
import { routes } from '../lib/content.ts';
import { formatDate, formatEventWhen, UNKNOWN_DATE_TEXT } from '../lib/dates.ts';
import { shorten } from '../lib/format.ts';

type Item = Newsletter['data']['sections'][number]['items'][number];

export interface ShownItem {
  /** "Praktijkvoorbeeld", "Nieuws", "Agenda", "Inspiratieregio" or undefined for a free item. */
  kind?: string;
  title: string;
  text?: string;
  /** A date line: the event's date and time, or the news item's date. */
  when?: { text: string; datetime?: string };
  href: string;
  /** True for a free item's link (it may point anywhere). */
  external: boolean;
}

/** Characters of a region's development question shown in a newsletter. */
export const REGION_SUMMARY_LENGTH = 200;

export function showItem(item: Item, site: Site): ShownItem | undefined {
  switch (item.type) {
    case 'practice': {
      const p = site.byId.practices.get(item.practice);
      return p && { kind: 'Praktijkvoorbeeld', title: p.data.title, text: p.data.summary, href: routes.practice(p.id), external: false };
    }
    case 'news': {
      const n = site.byId.news.get(item.news);
      return (
        n && {
          kind: 'Nieuws',
          title: n.data.title,
          text: n.data.summary,
          when: n.data.date ? { text: formatDate(n.data.date), datetime: n.data.date } : { text: UNKNOWN_DATE_TEXT },
          href: routes.news(n.id),
          external: false,
        }
      );
    }
    case 'event': {
      const e = site.byId.events.get(item.event);
      return (
        e && {
          kind: 'Agenda',
          title: e.data.title,
          text: e.data.summary,
          when: { text: formatEventWhen(e.data.start, e.data.end), datetime: e.data.start },
          href: routes.event(e.id),
          external: false,
        }
      );
    }
    case 'region': {
      const r = site.byId.regions.get(item.region);
      return (
        r && {
          kind: 'Inspiratieregio',
          title: r.data.name,
          text: r.data.developmentQuestion ? shorten(r.data.developmentQuestion, REGION_SUMMARY_LENGTH) : undefined,
          href: routes.region(r.id),
          external: false,
        }
      );
    }
    case 'free':
      return { title: item.title, text: item.text, href: item.url, external: true };
  }
}
