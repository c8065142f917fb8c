/**
 * What is new since the newest sent newsletter, for the programme bureau composing the next one
 * (/nieuwsbrieven/nieuw-sinds-vorige/): practices published or updated since its date, news dated
 * since then, regions that joined or whose profile was updated since then, and events that start
 * on or after it. The newsletter's own day counts (">="), so nothing published that day is missed.
 * With no sent newsletter yet, everything is listed. Pure: the page passes in the published entries.
 */
import { amsterdamDate, formatDate, formatEventWhen } from '../lib/dates.ts';
import { NEWSLETTER_ITEM_TARGETS } from '../model/collections/newsletters.ts';
import type { NewsletterItem } from '../model/collections/newsletters.ts';

interface Entry<T> {
  id: string;
  data: T;
}

export interface CurationInput {
  practices: readonly Entry<{ title: string; summary: string; published: string; updated?: string }>[];
  /** News whose day no source gives (no `date`) is never listed: its age is unknown, so it must not look new. */
  news: readonly Entry<{ title: string; summary: string; date?: string | undefined }>[];
  regions: readonly Entry<{ name: string; joined: string; updated?: string; developmentQuestion?: string }>[];
  events: readonly Entry<{ title: string; summary: string; start: string; end?: string }>[];
  /** Sent newsletters only. */
  newsletters: readonly Entry<{ title: string; number: number; date: string; sections: { items: NewsletterItem[] }[] }>[];
}

export interface CurationItem {
  id: string;
  title: string;
  summary?: string;
  /** "Nieuw", "Bijgewerkt", "Nieuwe regio", "Profiel bijgewerkt" or "Bijeenkomst". */
  status: string;
  /** "Gepubliceerd op 3 februari 2020", "donderdag 12 maart 2020, 09:30 tot 12:00 uur"… */
  when: string;
  /** The date the list is sorted by (YYYY-MM-DD or a date-time). */
  sortKey: string;
  /** Titles of sent newsletters that already point at this entry. */
  inNewsletters: string[];
}

export interface Curation {
  /** The newest sent newsletter, whose date is the cut-off; none when nothing was sent yet. */
  previous?: { id: string; title: string; number: number; date: string; dateText: string };
  practices: CurationItem[];
  news: CurationItem[];
  regions: CurationItem[];
  events: CurationItem[];
}

type Target = keyof typeof NEWSLETTER_ITEM_TARGETS;

/** "practices:dokwerk" → titles of the sent newsletters that include that entry. */
function usage(newsletters: CurationInput['newsletters']): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const n of newsletters) {
    for (const section of n.data.sections) {
      for (const item of section.items) {
        if (item.type === 'free') continue;
        const key = `${NEWSLETTER_ITEM_TARGETS[item.type as Target]}:${(item as Record<string, string>)[item.type]}`;
        const list = map.get(key) ?? [];
        if (!list.includes(n.data.title)) list.push(n.data.title);
        map.set(key, list);
      }
    }
  }
  return map;
}

const newestFirst = (a: CurationItem, b: CurationItem) => b.sortKey.localeCompare(a.sortKey) || a.title.localeCompare(b.title, 'nl');

export function newSinceLastNewsletter(input: CurationInput): Curation {
  const latest = [...input.newsletters].sort((a, b) => b.data.date.localeCompare(a.data.date) || b.data.number - a.data.number)[0];
  const since = latest?.data.date ?? '';
  const onOrAfter = (day: string | undefined) => Boolean(day) && day! >= since;
  const used = usage(input.newsletters);
  const inNewsletters = (collection: string, id: string) => used.get(`${collection}:${id}`) ?? [];

  const practices = input.practices
    .filter((p) => onOrAfter(p.data.published) || onOrAfter(p.data.updated))
    .map((p): CurationItem => {
      const isNew = onOrAfter(p.data.published);
      const day = isNew ? p.data.published : p.data.updated!;
      return {
        id: p.id,
        title: p.data.title,
        summary: p.data.summary,
        status: isNew ? 'Nieuw' : 'Bijgewerkt',
        when: `${isNew ? 'Gepubliceerd' : 'Bijgewerkt'} op ${formatDate(day)}`,
        sortKey: p.data.updated && p.data.updated > p.data.published ? p.data.updated : p.data.published,
        inNewsletters: inNewsletters('practices', p.id),
      };
    })
    .sort(newestFirst);

  const news = input.news
    .flatMap((n) => (n.data.date && onOrAfter(n.data.date) ? [{ ...n, date: n.data.date }] : []))
    .map((n): CurationItem => ({
      id: n.id,
      title: n.data.title,
      summary: n.data.summary,
      status: 'Nieuw',
      when: formatDate(n.date),
      sortKey: n.date,
      inNewsletters: inNewsletters('news', n.id),
    }))
    .sort(newestFirst);

  const regions = input.regions
    .filter((r) => onOrAfter(r.data.joined) || onOrAfter(r.data.updated))
    .map((r): CurationItem => {
      const joined = onOrAfter(r.data.joined);
      const day = joined ? r.data.joined : r.data.updated!;
      return {
        id: r.id,
        title: r.data.name,
        summary: r.data.developmentQuestion,
        status: joined ? 'Nieuwe regio' : 'Profiel bijgewerkt',
        when: `${joined ? 'Doet mee sinds' : 'Profiel bijgewerkt op'} ${formatDate(day)}`,
        sortKey: r.data.updated && r.data.updated > r.data.joined ? r.data.updated : r.data.joined,
        inNewsletters: inNewsletters('regions', r.id),
      };
    })
    .sort(newestFirst);

  const events = input.events
    .filter((e) => onOrAfter(amsterdamDate(e.data.start)))
    .map((e): CurationItem => ({
      id: e.id,
      title: e.data.title,
      summary: e.data.summary,
      status: 'Bijeenkomst',
      when: formatEventWhen(e.data.start, e.data.end),
      sortKey: new Date(e.data.start).toISOString(),
      inNewsletters: inNewsletters('events', e.id),
    }))
    // Soonest first: the agenda reads forward in time.
    .sort((a, b) => a.sortKey.localeCompare(b.sortKey) || a.title.localeCompare(b.title, 'nl'));

  return {
    previous: latest && { id: latest.id, title: latest.data.title, number: latest.data.number, date: latest.data.date, dateText: formatDate(latest.data.date) },
    practices,
    news,
    regions,
    events,
  };
}
