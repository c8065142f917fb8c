/**
 * The routes module (src/routes.ts) is the only place that knows a path of the site. Here every
 * route is built with sample ids and must be answered by a page file under src/pages/ (where Astro
 * wants them), no two routes may give the same path, and the reserved ids follow from the routes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../support/dist.ts';
import { describe, expect, it } from 'vitest';
import { FOLLOW_SEGMENTS, GROUP_SEGMENTS, RESERVED_SEGMENTS, SECTION_NAMES, SECTION_SEGMENTS, TOOL_SEGMENTS, routes, sectionBase, type FollowKind, type GroupKind, type Section } from '../../src/routes.ts';
import { collections, collectionNames, RESERVED_IDS } from '../../src/model/index.ts';
import { DATASET_NAMES } from '../../src/opendata/datasets.ts';

const PAGES_DIR = join(import.meta.dirname, '../../src/pages');

/** Every page file as the pattern of paths it answers: `[id]` is one segment, `[...page]` any rest. */
function pagePatterns(): { file: string; pattern: RegExp }[] {
  return listFiles(PAGES_DIR).map((file) => {
    const isEndpoint = /\.(ts|js)$/.test(file);
    let route = file.replace(/\.(astro|mdx?|ts|js)$/, '');
    // index.astro answers its folder; an endpoint's name is its file name (agenda.ics.ts → /agenda.ics).
    route = route.replace(/(^|\/)index$/, '');
    const body = route
      .split('/')
      .map((segment) => segment.replace(/\[\.\.\.[^\]]+\]/g, '\u0001').replace(/\[[^\]]+\]/g, '\u0002'))
      .map((segment) => segment.replace(/[.*+?^${}()|\\]/g, '\\$&').replace('\u0001', '.*').replace('\u0002', '[^/]+'))
      .join('/');
    const pattern = isEndpoint ? new RegExp(`^/${body}$`) : new RegExp(`^/${body}${body ? '/' : ''}$`.replace('/.*/$', '(/.*)?/$'));
    return { file, pattern };
  });
}

const SAMPLE = 'voorbeeld-id';
const sections = Object.keys(SECTION_SEGMENTS) as Section[];
const groups = Object.keys(GROUP_SEGMENTS) as GroupKind[];

/** Every route of the site, built with sample ids; each with a name for the test's messages. */
function everyRoute(): [string, string][] {
  return [
    ['home', routes.home],
    ['search', routes.search],
    ['open data', routes.openData],
    ['robots', routes.robots],
    ['print style sheet', routes.printStylesheet],
    ...sections.map((s): [string, string] => [`list ${s}`, routes.list(s)]),
    ...sections.map((s): [string, string] => [`entry ${s}`, routes.entry(s, SAMPLE)]),
    ['page', routes.page('over')],
    ['practice list page 2', routes.practiceList(2)],
    ...groups.flatMap((g): [string, string][] => [
      [`practices of ${g}`, routes.groupPractices(g, SAMPLE)],
      [`practices of ${g}, page 3`, routes.groupPractices(g, SAMPLE, 3)],
    ]),
    ['newsletter e-mail', routes.newsletterEmail(SAMPLE)],
    ['newsletter text', routes.newsletterText(SAMPLE)],
    ['newsletter curation', routes.newsletterCuration],
    ['maintenance', routes.maintenance],
    ['practice gaps', routes.practiceGaps],
    ['practice compare', routes.practiceCompare],
    ...Object.entries(routes.rss).map(([name, path]): [string, string] => [`rss ${name}`, path]),
    ['calendar', routes.ics.all],
    ...(Object.keys(FOLLOW_SEGMENTS) as FollowKind[]).flatMap((k): [string, string][] => [
      [`feed to follow ${k}`, routes.follow.rss(k, SAMPLE)],
      [`calendar to follow ${k}`, routes.follow.ics(k, SAMPLE)],
    ]),
    ['how to follow', routes.follow.help],
    ['event calendar', routes.ics.event(SAMPLE)],
    ...DATASET_NAMES.flatMap((name): [string, string][] => {
      const paths = routes.data(name);
      return [[`data ${name} json`, paths.json], [`data ${name} schema`, paths.schema], ...(name === 'praktijkvoorbeelden' ? [[`data ${name} csv`, paths.csv] as [string, string]] : [])];
    }),
  ];
}

describe('routes', () => {
  const patterns = pagePatterns();

  it.each(everyRoute())('a page file answers the route "%s" (%s)', (_name, path) => {
    expect(path.startsWith('/'), path).toBe(true);
    const pathname = path.split('?')[0] ?? path;
    const matching = patterns.filter((p) => p.pattern.test(pathname)).map((p) => p.file);
    expect(matching, `no file under src/pages/ answers ${pathname}`).not.toHaveLength(0);
  });

  it('gives every route its own path', () => {
    const paths = everyRoute().map(([, path]) => path);
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('ends page paths in a slash and file paths in their extension', () => {
    for (const [name, path] of everyRoute()) {
      if (/\.(xml|ics|json|csv|html|txt|css)$/.test(path)) continue;
      expect(path.endsWith('/'), `${name}: ${path}`).toBe(true);
    }
  });

  it('starts the paginated practice list at the list page itself', () => {
    expect(routes.practiceList()).toBe(routes.list('practices'));
    expect(routes.groupPractices('region', 'twente', 1)).toBe(routes.groupPractices('region', 'twente'));
  });

  it('explains following on a content page that exists', () => {
    const id = routes.follow.help.replace(/^\/|\/$/g, '');
    expect(existsSync(join(PAGES_DIR, '../../content/pages', `${id}.mdx`)), `content/pages/${id}.mdx`).toBe(true);
  });

  it('leaves the sitemap to @astrojs/sitemap, which writes it at the path the routes give', () => {
    expect(routes.sitemapIndex).toBe('/sitemap-index.xml');
  });

  it('builds the search page with a query, and without one', () => {
    expect(routes.searchWith('q=zorg&thema=a')).toBe('/zoeken/?q=zorg&thema=a');
    expect(routes.searchWith(new URLSearchParams({ q: 'zorg' }))).toBe('/zoeken/?q=zorg');
    expect(routes.searchWith('')).toBe('/zoeken/');
  });

  it('builds the compare page with a choice, and without one', () => {
    expect(routes.practiceCompareWith('p=a&p=b')).toBe(`${routes.practiceCompare}?p=a&p=b`);
    expect(routes.practiceCompareWith(new URLSearchParams([['p', 'a']]))).toBe(`${routes.practiceCompare}?p=a`);
    expect(routes.practiceCompareWith('')).toBe(routes.practiceCompare);
  });

  it('gives the content model its sections from the routes', () => {
    for (const name of collectionNames) {
      const base = sectionBase(name === 'pages' ? 'pages' : (name as Section));
      expect(collections[name].route).toBe(base);
    }
  });

  it('reserves every fixed segment of a route as an id', () => {
    expect(RESERVED_IDS).toBe(RESERVED_SEGMENTS);
    for (const segment of [...Object.values(GROUP_SEGMENTS), 'pagina', 'nieuw-sinds-vorige', 'gezocht', 'vergelijk', 'zoeken', 'open-data', 'rss', 'data', 'ics', '404', ...TOOL_SEGMENTS]) {
      expect(RESERVED_SEGMENTS, segment).toContain(segment);
    }
    // A fixed segment inside a section: an entry with that id would shadow the route.
    expect(routes.practice('thema')).toBe(routes.groupPractices('theme', '').replace(/\/\/$/, '/'));
  });

  it('keeps the sections apart from the reserved ids (pages check them separately)', () => {
    for (const name of SECTION_NAMES) expect(RESERVED_SEGMENTS).not.toContain(name);
  });
});
