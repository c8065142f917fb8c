/**
 * The groups of practices (src/groups/groups.ts): theme, advice and region are described once, and
 * every page that offers groups reads that description. A small site in memory stands in for the
 * content store.
 */
import { describe, expect, it, vi } from 'vitest';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const { GROUPS, GROUP_KINDS, groupContents, groupDef, groupParts, groupsWithPractices } = await import('../../src/groups/groups.ts');
const { paginateGroups, PRACTICES_PER_PAGE } = await import('../../src/practices/list-pages.ts');
type Site = import('../../src/lib/content.ts').Site;

const entry = (id: string, data: Record<string, unknown>) => ({ id, data }) as never;

function fakeSite(): Site {
  const themes = [entry('preventie', { title: 'Preventie', description: 'Voorkomen dat kleine problemen groot worden.' }), entry('girfec', { title: 'GIRFEC', description: 'Een Schotse aanpak.' })];
  const advice = [entry('teams', { number: 1, title: 'Het verbreden van teams', short: 'Eén team rond het kind.' })];
  const regions = [entry('twente', { name: 'Twente', developmentQuestion: 'Hoe werken we samen?' }), entry('almere', { name: 'Almere' })];
  const practices = Array.from({ length: 25 }, (_, i) => entry(`p${i}`, { title: `Praktijk ${i}` }));
  const future = entry('later', { start: '2999-01-01T10:00:00+01:00' });
  const past = entry('eerder', { start: '2000-01-01T10:00:00+01:00' });
  const community = entry('cop', { title: 'CoP' });
  const news = entry('n1', { title: 'Nieuws' });
  return {
    themes,
    advice,
    regions,
    practicesByTheme: new Map([['preventie', practices.slice(0, 14)]]),
    practicesByAdvice: new Map([['teams', practices.slice(0, 2)]]),
    // One more than a page of 24 (PRACTICES_PER_PAGE): two pages, three if the size went back to 12.
    practicesByRegion: new Map([['twente', practices]]),
    communitiesByTheme: new Map([['preventie', [community]]]),
    communitiesByAdvice: new Map([['teams', [community]]]),
    communitiesByRegion: new Map(),
    eventsByTheme: new Map([['preventie', [past, future]]]),
    eventsByCommunity: new Map([['cop', [future, past]]]),
    eventsByRegion: new Map([['twente', [past]]]),
    newsByTheme: new Map([['preventie', [news]]]),
    newsByRegion: new Map(),
  } as unknown as Site;
}

describe('groups', () => {
  const site = fakeSite();

  it('describes theme, advice and region, each with its search facet and route kind', () => {
    expect(GROUP_KINDS).toEqual(['theme', 'advice', 'region']);
    expect(GROUP_KINDS.map((k) => groupDef(k).facet)).toEqual(['thema', 'advies', 'regio']);
    for (const kind of GROUP_KINDS) expect(groupDef(kind).kind).toBe(kind);
  });

  it('names each group and its list in its own words', () => {
    const [preventie, girfec] = site.themes;
    expect(GROUPS.theme.listHeading(preventie!)).toBe('Praktijkvoorbeelden over preventie');
    expect(GROUPS.theme.listHeading(girfec!)).toBe('Praktijkvoorbeelden over GIRFEC');
    expect(GROUPS.advice.listHeading(site.advice[0]!)).toBe('Praktijkvoorbeelden bij advies 1');
    expect(GROUPS.advice.shortName(site.advice[0]!)).toBe('1. Het verbreden van teams');
    expect(GROUPS.region.listCrumb(site.regions[0]!)).toBe('Regio: Twente');
    // A name that says its kind is not prefixed again ("Regio: Regio Twente").
    for (const name of ['Regio Twente', 'Gemeente Leeuwarden']) {
      expect(GROUPS.region.listCrumb({ ...site.regions[0]!, data: { ...site.regions[0]!.data, name } } as typeof site.regions[0] & object)).toBe(name);
    }
    expect(GROUPS.advice.topic(site.advice[0]!)).toBe('bij advies 1');
  });

  it('gathers what a group has; an advice has the events of its communities, once each, soonest first', () => {
    const parts = groupParts('advice', 'teams', site);
    expect(parts.practices).toHaveLength(2);
    expect(parts.events.map((e) => e.id)).toEqual(['eerder', 'later']);
    expect(parts.news).toEqual([]);
    expect(groupParts('region', 'almere', site)).toEqual({ practices: [], communities: [], events: [], news: [] });
  });

  it('lists the parts of a group page with counts: upcoming events only, news only when there is any', () => {
    expect(groupContents('theme', 'preventie', site)).toEqual([
      { id: 'praktijkvoorbeelden', label: 'Praktijkvoorbeelden', count: 14 },
      { id: 'communities', label: 'Communities', count: 1 },
      { id: 'agenda', label: 'Agenda', count: 1 },
      { id: 'nieuws', label: 'Nieuws', count: 1 },
    ]);
    expect(groupContents('region', 'twente', site).map((c) => c.id)).toEqual(['praktijkvoorbeelden', 'communities', 'agenda']);
    expect(groupContents('region', 'twente', site).find((c) => c.id === 'agenda')?.count).toBe(0);
  });

  it('offers every kind of group to browse, regions too, leaving out groups without practices', () => {
    expect(groupsWithPractices(site, 'theme')).toEqual([{ id: 'preventie', label: 'Preventie', n: 14 }]);
    expect(groupsWithPractices(site, 'advice')).toEqual([{ id: 'teams', label: '1. Het verbreden van teams', n: 2 }]);
    expect(groupsWithPractices(site, 'region')).toEqual([{ id: 'twente', label: 'Twente', n: 25 }]);
  });

  it('paginates every group, an empty one too, so a link to its list never breaks', () => {
    const paginate = vi.fn((items: unknown[], options: { pageSize: number; params: Record<string, string>; props: unknown }) =>
      Array.from({ length: Math.max(1, Math.ceil(items.length / options.pageSize)) }, (_, i) => ({ params: { ...options.params, page: i === 0 ? undefined : String(i + 1) }, props: options.props })),
    );
    const pages = paginateGroups(paginate as never, GROUPS.region, site, 'region');
    expect(pages.map((p) => `${p.params.region}/${p.params.page ?? 1}`)).toEqual(['twente/1', 'twente/2', 'almere/1']);
    expect(paginate.mock.calls[0]?.[1]?.pageSize).toBe(PRACTICES_PER_PAGE);
  });
});
