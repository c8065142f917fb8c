/**
 * What each kind of page tells the search index: its type, the facet values that apply (as Dutch
 * labels), a sort date and the metadata a result shows (type, region, date, summary).
 * Pages pass a record to BaseLayout, which writes it into the page for Pagefind.
 */
import { ageGroups, evidenceLevels, labelOf, phases, provinces, sectors } from '../model/enums.ts';
import type { FacetKey, PageType } from './facets.ts';
import { PAGE_TYPES } from './facets.ts';
import type { Site, Practice, Region, Community, EventEntry, News, Advice, Theme, Organisation, Newsletter } from '../lib/content.ts';
import { formatDate, amsterdamDate } from '../lib/dates.ts';

export interface SearchRecord {
  type: PageType;
  /** YYYY-MM-DD: every indexed page has one, or Pagefind leaves it out of sorted results. */
  date: string;
  filters: Partial<Record<FacetKey, string[]>>;
  meta: { region?: string; summary?: string; date?: string };
}

const titles = <T extends { data: Record<string, unknown> }>(map: Map<string, T>, ids: readonly string[], field = 'title') =>
  ids.flatMap((id) => {
    const entry = map.get(id);
    return entry ? [String(entry.data[field])] : [];
  });

function record(type: PageType, date: string, filters: SearchRecord['filters'], meta: SearchRecord['meta'] = {}): SearchRecord {
  return { type, date, filters: { type: [PAGE_TYPES[type]], ...filters }, meta: { ...meta, date: meta.date ?? formatDate(date) } };
}

export function practiceRecord(p: Practice, site: Site): SearchRecord {
  const d = p.data;
  const region = d.region ? site.byId.regions.get(d.region)?.data.name : undefined;
  return record('praktijkvoorbeeld', d.updated ?? d.published, {
    thema: titles(site.byId.themes, d.themes),
    advies: titles(site.byId.advice, d.advice.map((a) => a.advice)),
    regio: region ? [region] : [],
    provincie: [labelOf(provinces, d.province)],
    sector: d.sectors.map((s) => labelOf(sectors, s)),
    leeftijd: d.ageGroups.map((a) => labelOf(ageGroups, a)),
    fase: [labelOf(phases, d.phase)],
    onderbouwing: [labelOf(evidenceLevels, d.evidence)],
  }, { region: region ? `${region} · ${d.place}` : d.place, summary: d.summary });
}

export function regionRecord(r: Region, site: Site): SearchRecord {
  const d = r.data;
  return record('inspiratieregio', d.updated ?? d.joined, {
    regio: [d.name],
    provincie: d.provinces.map((p) => labelOf(provinces, p)),
    advies: titles(site.byId.advice, d.advice.map((a) => a.advice)),
  }, { region: d.name, summary: d.developmentQuestion });
}

export function communityRecord(c: Community, site: Site): SearchRecord {
  const d = c.data;
  const regions = titles(site.byId.regions, d.regions, 'name');
  return record('community', latest(site.eventsByCommunity.get(c.id)?.map((e) => amsterdamDate(e.data.start))) ?? '2019-12-12', {
    thema: titles(site.byId.themes, d.themes),
    advies: titles(site.byId.advice, d.advice),
    regio: regions,
  }, { region: regions.join(', ') || undefined, summary: d.summary });
}

export function eventRecord(e: EventEntry, site: Site): SearchRecord {
  const d = e.data;
  const regions = titles(site.byId.regions, d.regions, 'name');
  return record('agenda', amsterdamDate(d.start), { thema: titles(site.byId.themes, d.themes), regio: regions }, {
    region: d.location.online ? 'Online' : d.location.city,
    summary: d.summary,
  });
}

export function newsRecord(n: News, site: Site): SearchRecord {
  const d = n.data;
  const regions = titles(site.byId.regions, d.regions, 'name');
  return record('nieuws', d.date, { thema: titles(site.byId.themes, d.themes), regio: regions }, { region: regions.join(', ') || undefined, summary: d.summary });
}

export function adviceRecord(a: Advice, site: Site): SearchRecord {
  const practices = site.practicesByAdvice.get(a.id) ?? [];
  return record('advies', latest(practices.map((p) => p.data.updated ?? p.data.published)) ?? '2019-10-22', { advies: [a.data.title] }, { summary: a.data.short });
}

export function themeRecord(t: Theme, site: Site): SearchRecord {
  const practices = site.practicesByTheme.get(t.id) ?? [];
  return record('thema', latest(practices.map((p) => p.data.updated ?? p.data.published)) ?? '2019-10-22', { thema: [t.data.title] }, { summary: t.data.description });
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

function latest(dates: (string | undefined)[] | undefined): string | undefined {
  return dates?.filter((d): d is string => Boolean(d)).sort().at(-1);
}
