/**
 * The groups of practices, described once: a theme, an advice and an inspiratieregio each gather
 * practices, communities, events and news. The group pages (/themas/<id>/, /adviezen/<id>/,
 * /regios/<id>/), their paginated practice lists (/praktijkvoorbeelden/thema|advies|regio/<id>/) and
 * the "browse by group" links all read this description, so a part added to one group (say, a
 * feed to follow it) is added to all three.
 */
import type { Advice, Community, EventEntry, News, Practice, Region, Site, Theme } from '../lib/content.ts';
import { withKind } from './group-label.ts';
import { routes, type GroupKind } from '../routes.ts';
import { shorten } from '../lib/format.ts';
import { uniqueEvents } from './dossier.ts';
import { splitEvents } from '../events/agenda.ts';

export type { GroupKind } from '../routes.ts';
export type GroupEntry = Theme | Advice | Region;

/** The search facet of each group: its key in /zoeken/?thema=…&advies=…&regio=… */
export type GroupFacet = 'thema' | 'advies' | 'regio';

export interface GroupDef<E extends GroupEntry = GroupEntry> {
  kind: GroupKind;
  facet: GroupFacet;
  /** "Thema", "Advies", "Regio": the word before the name in breadcrumbs and pickers. */
  noun: string;
  /** "Kies een thema", "Kies een advies", "Kies een regio". */
  choose: string;
  /** "Kies een ander thema" … when one is chosen. */
  chooseOther: string;
  /** The group's entries in the order the site shows them. */
  entries: (site: Site) => readonly E[];
  /** The name of one group: "Preventie", "Advies 1: Het verbreden van teams", "Twente". */
  name: (entry: E) => string;
  /** Its name in a picker: "Preventie", "1. Het verbreden van teams", "Twente". */
  shortName: (entry: E) => string;
  /** A sentence about the group, for an intro and a meta description. */
  description: (entry: E) => string;
  /** How running text names the practices' relation to the group: "over dit thema", "bij advies 1", "uit deze regio". */
  topic: (entry: E) => string;
  /** The h1 of its paginated practice list. */
  listHeading: (entry: E) => string;
  /** The list's meta description (at most 160 characters). */
  listDescription: (entry: E) => string;
  /** The list's crumb: "Thema: Preventie", "Advies 1", "Regio: Twente" (or "Regio Twente", a name that says its kind). */
  listCrumb: (entry: E) => string;
  /** The lead under the list's heading: an optional bold start and a text. */
  listLead?: (entry: E) => { strong?: string; text: string };
  /** The sentence that links the list to the group's own page: its words before the link, and the link's words. */
  listMoreAbout: (entry: E) => { before: string; link: string };
  /** The sentence under a list without practices. */
  emptyList: string;
  practices: (site: Site, id: string) => Practice[];
  communities: (site: Site, id: string) => Community[];
  /** Events of the group; an advice has none of its own, so those of its communities. */
  events: (site: Site, id: string) => EventEntry[];
  news: (site: Site, id: string) => News[];
  /** Section titles on the group's own page. */
  titles: { practices: string; communities: string; news: string };
}

/** "Preventie" → "preventie", but an abbreviation ("GIRFEC") stays as it is. */
function lowerFirst(text: string): string {
  return /^.[a-zà-ÿ]/.test(text) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

const theme: GroupDef<Theme> = {
  kind: 'theme',
  facet: 'thema',
  noun: 'Thema',
  choose: 'Kies een thema',
  chooseOther: 'Kies een ander thema',
  entries: (site) => site.themes,
  name: (t) => t.data.title,
  shortName: (t) => t.data.title,
  description: (t) => t.data.description,
  topic: () => 'over dit thema',
  listHeading: (t) => `Praktijkvoorbeelden over ${lowerFirst(t.data.title)}`,
  listDescription: (t) => shorten(`Praktijkvoorbeelden bij het thema ${t.data.title}. ${t.data.description}`, 160),
  listCrumb: (t) => `Thema: ${t.data.title}`,
  listLead: (t) => ({ text: t.data.description }),
  listMoreAbout: (t) => ({ before: 'Meer over dit thema, met communities, agenda en nieuws:', link: `thema ${t.data.title}` }),
  emptyList: 'Er zijn nog geen praktijkvoorbeelden over dit thema.',
  practices: (site, id) => site.practicesByTheme.get(id) ?? [],
  communities: (site, id) => site.communitiesByTheme.get(id) ?? [],
  events: (site, id) => site.eventsByTheme.get(id) ?? [],
  news: (site, id) => site.newsByTheme.get(id) ?? [],
  titles: { practices: 'Praktijkvoorbeelden', communities: 'Communities', news: 'Nieuws' },
};

const advice: GroupDef<Advice> = {
  kind: 'advice',
  facet: 'advies',
  noun: 'Advies',
  choose: 'Kies een advies',
  chooseOther: 'Kies een ander advies',
  entries: (site) => site.advice,
  name: (a) => `Advies ${a.data.number}: ${a.data.title}`,
  shortName: (a) => `${a.data.number}. ${a.data.title}`,
  description: (a) => a.data.short,
  topic: (a) => `bij advies ${a.data.number}`,
  listHeading: (a) => `Praktijkvoorbeelden bij advies ${a.data.number}`,
  listDescription: (a) => shorten(`Praktijkvoorbeelden bij advies ${a.data.number}: ${a.data.title}. ${a.data.short}`, 160),
  listCrumb: (a) => `Advies ${a.data.number}`,
  listLead: (a) => ({ strong: `${a.data.title}.`, text: a.data.short }),
  listMoreAbout: (a) => ({ before: "Lees wat dit advies betekent en welke regio's eraan werken:", link: `advies ${a.data.number}` }),
  emptyList: 'Er zijn nog geen praktijkvoorbeelden bij dit advies.',
  practices: (site, id) => site.practicesByAdvice.get(id) ?? [],
  communities: (site, id) => site.communitiesByAdvice.get(id) ?? [],
  events: (site, id) => uniqueEvents((site.communitiesByAdvice.get(id) ?? []).map((c) => site.eventsByCommunity.get(c.id) ?? [])),
  // News is not linked to an advice.
  news: () => [],
  titles: { practices: 'Zo brengen ze het in de praktijk', communities: 'Communities over dit advies', news: 'Nieuws' },
};

const region: GroupDef<Region> = {
  kind: 'region',
  facet: 'regio',
  noun: 'Regio',
  choose: 'Kies een regio',
  chooseOther: 'Kies een andere regio',
  entries: (site) => site.regions,
  name: (r) => r.data.name,
  shortName: (r) => r.data.name,
  description: (r) => r.data.developmentQuestion ?? `Inspiratieregio ${r.data.name}.`,
  topic: () => 'uit deze regio',
  listHeading: (r) => `Praktijkvoorbeelden uit ${r.data.name}`,
  listDescription: (r) => `Praktijkvoorbeelden uit inspiratieregio ${r.data.name}: zo werken scholen, jeugdhulp, kinderopvang en gemeenten daar samen rond het kind.`,
  listCrumb: (r) => withKind('region', r.data.name, 'Regio', ': '),
  listMoreAbout: (r) => ({ before: 'Meer over deze regio, met contactpersonen, adviezen en agenda:', link: r.data.name }),
  emptyList: 'Er zijn nog geen praktijkvoorbeelden uit deze regio.',
  practices: (site, id) => site.practicesByRegion.get(id) ?? [],
  communities: (site, id) => site.communitiesByRegion.get(id) ?? [],
  events: (site, id) => site.eventsByRegion.get(id) ?? [],
  news: (site, id) => site.newsByRegion.get(id) ?? [],
  titles: { practices: 'Praktijkvoorbeelden uit deze regio', communities: 'Communities waar de regio aan meedoet', news: 'Nieuws uit de regio' },
};

export const GROUPS: { theme: GroupDef<Theme>; advice: GroupDef<Advice>; region: GroupDef<Region> } = { theme, advice, region };
export const GROUP_KINDS = Object.keys(GROUPS) as GroupKind[];

/** The group description of a kind, typed for any of the three entries. */
export function groupDef(kind: GroupKind): GroupDef {
  return GROUPS[kind] as unknown as GroupDef;
}

/** A group's own page and its paginated practice list. */
export function groupUrls(kind: GroupKind, id: string) {
  return {
    page: routes[kind](id),
    practices: (page = 1) => routes.groupPractices(kind, id, page),
  };
}

/** For the "browse by group" links: each group that has practices (or, with `all`, every group), with how many. */
export function groupsWithPractices(site: Site, kind: GroupKind, all = false): { id: string; label: string; n: number }[] {
  const def = groupDef(kind);
  return def
    .entries(site)
    .map((entry) => ({ id: entry.id, label: def.shortName(entry), n: def.practices(site, entry.id).length }))
    .filter((g) => all || g.n > 0);
}

/** How many news items a group page shows before it links to all news. */
export const NEWS_SHOWN = 6;

/** What a group gathers: its practices, communities, events and news. */
export function groupParts(kind: GroupKind, id: string, site: Site) {
  const def = groupDef(kind);
  return { practices: def.practices(site, id), communities: def.communities(site, id), events: def.events(site, id), news: def.news(site, id) };
}

/**
 * "Op deze pagina" for the parts every group page shares (GroupSections), with their counts: the
 * agenda counts what is still to come, and news is listed only when there is any.
 */
export function groupContents(kind: GroupKind, id: string, site: Site) {
  const { practices, communities, events, news } = groupParts(kind, id, site);
  return [
    { id: 'praktijkvoorbeelden', label: 'Praktijkvoorbeelden', count: practices.length },
    { id: 'communities', label: 'Communities', count: communities.length },
    { id: 'agenda', label: 'Agenda', count: splitEvents(events).upcoming.length },
    ...(news.length > 0 ? [{ id: 'nieuws', label: 'Nieuws', count: news.length }] : []),
  ];
}
