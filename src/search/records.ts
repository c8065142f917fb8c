/**
 * What each kind of page tells the search index: its type, the facet values that apply (as ids, the
 * ones of the URL), a sort date, and where it is and what it is about (place, summary).
 * Pages pass a record to BaseLayout; SearchIndexData.astro writes it into the page for Pagefind,
 * with each value's Dutch label (facet-data.ts). A result line is formatted from these parts in the
 * browser (result-meta.ts), so nothing here is preformatted text.
 */
import type { FacetKey, PageType } from './facets.ts';
import type { FacetLabels } from './facet-data.ts';
import type { Site, Practice, Region, Community, EventEntry, News, Advice, Theme, Organisation, Newsletter } from '../lib/content.ts';
import { amsterdamDate, buildNow } from '../lib/dates.ts';
import { isOverdue, overdueText } from '../practices/review.ts';

export interface SearchRecord {
  type: PageType;
  /** YYYY-MM-DD: every indexed page has one, or Pagefind leaves it out of sorted results. */
  date: string;
  /** True when no source gives the page's day: `date` then only sorts it last and is never shown. */
  undated?: boolean;
  /** Facet value ids per facet key (`type` included). */
  filters: Partial<Record<FacetKey, string[]>>;
  /** Where, more precisely than the regions: a practice's place, an event's city or "Online". */
  place?: string;
  summary?: string;
  /** A practice past its reviewBy: "Niet gecontroleerd sinds 1 februari 2022" (src/practices/review.ts). */
  review?: string;
}

/** The ids that name an entry of the site (a reference to an entry that is not there is left out). */
const known = <T>(map: Map<string, T>, ids: readonly (string | undefined)[]) => ids.filter((id): id is string => id !== undefined && map.has(id));

/** The sort date of a page whose day no source gives: older than anything, so it sorts last. */
export const UNDATED_SORT_DATE = '0001-01-01';

function record(type: PageType, date: string, filters: SearchRecord['filters'], about: Pick<SearchRecord, 'place' | 'summary' | 'review'> = {}): SearchRecord {
  return { type, date, filters: { type: [type], ...filters }, ...about };
}

export function practiceRecord(p: Practice, site: Site, now: Date = buildNow()): SearchRecord {
  const d = p.data;
  const review = isOverdue(d, now) ? { review: overdueText(d) } : {};
  return record('praktijkvoorbeeld', d.updated ?? d.published, {
    thema: known(site.byId.themes, d.themes),
    advies: known(site.byId.advice, d.advice.map((a) => a.advice)),
    regio: known(site.byId.regions, [d.region]),
    provincie: [d.province],
    sector: [...d.sectors],
    leeftijd: [...d.ageGroups],
    fase: [d.phase],
    onderbouwing: [d.evidence],
  }, { place: d.place, summary: d.summary, ...review });
}

export function regionRecord(r: Region, site: Site): SearchRecord {
  const d = r.data;
  return record('inspiratieregio', d.updated ?? d.joined, {
    regio: [r.id],
    provincie: [...d.provinces],
    advies: known(site.byId.advice, d.advice.map((a) => a.advice)),
  }, { summary: d.developmentQuestion });
}

export function communityRecord(c: Community, site: Site): SearchRecord {
  const d = c.data;
  return record('community', latest(site.eventsByCommunity.get(c.id)?.map((e) => amsterdamDate(e.data.start))) ?? '2019-12-12', {
    thema: known(site.byId.themes, d.themes),
    advies: known(site.byId.advice, d.advice),
    regio: known(site.byId.regions, d.regions),
  }, { summary: d.summary });
}

export function eventRecord(e: EventEntry, site: Site): SearchRecord {
  const d = e.data;
  return record('agenda', amsterdamDate(d.start), { thema: known(site.byId.themes, d.themes), regio: known(site.byId.regions, d.regions) }, {
    place: d.location.online ? 'Online' : d.location.city,
    summary: d.summary,
  });
}

export function newsRecord(n: News, site: Site): SearchRecord {
  const d = n.data;
  const found = record('nieuws', d.date ?? UNDATED_SORT_DATE, { thema: known(site.byId.themes, d.themes), regio: known(site.byId.regions, d.regions) }, { summary: d.summary });
  return d.date ? found : { ...found, undated: true };
}

export function adviceRecord(a: Advice, site: Site): SearchRecord {
  const practices = site.practicesByAdvice.get(a.id) ?? [];
  return record('advies', latest(practices.map((p) => p.data.updated ?? p.data.published)) ?? '2019-10-22', { advies: [a.id] }, { summary: a.data.short });
}

export function themeRecord(t: Theme, site: Site): SearchRecord {
  const practices = site.practicesByTheme.get(t.id) ?? [];
  return record('thema', latest(practices.map((p) => p.data.updated ?? p.data.published)) ?? '2019-10-22', { thema: [t.id] }, { summary: t.data.description });
}

export function organisationRecord(o: Organisation, site: Site): SearchRecord {
  const practices = site.practicesByOrganisation.get(o.id) ?? [];
  return record('organisatie', latest(practices.map((p) => p.data.updated ?? p.data.published)) ?? '2019-10-22', {});
}

export function newsletterRecord(n: Newsletter): SearchRecord {
  return record('nieuwsbrief', n.data.date, {}, { summary: n.data.title });
}

export function pageRecord(date = '2019-10-22', summary?: string): SearchRecord {
  return record('pagina', date, {}, { summary });
}

/**
 * The record's filters as the index holds them: one Dutch label per value, in the record's order.
 * An id the facets do not know is an error of the site's code (the records take ids from the model).
 */
export function indexFilters(record: SearchRecord, labels: FacetLabels): { key: FacetKey; value: string }[] {
  return (Object.entries(record.filters) as [FacetKey, string[] | undefined][]).flatMap(([key, ids]) =>
    (ids ?? []).map((id) => {
      const value = labels[key].get(id);
      if (value === undefined) throw new Error(`Zoekindex (${record.type}): facet "${key}" kent de waarde "${id}" niet.`);
      return { key, value };
    }),
  );
}

function latest(dates: (string | undefined)[] | undefined): string | undefined {
  return dates?.filter((d): d is string => Boolean(d)).sort().at(-1);
}
