/**
 * The site's paths, written once. Every page link, canonical URL, feed, sitemap filter, open-data
 * URL, search record and newsletter link asks this module; no other file under src/ or cms/ writes
 * a site path (tests/structure/site-paths.test.ts fails on a new literal). The page files under
 * src/pages/ must still sit where Astro wants them: tests/structure/routes.test.ts builds every route
 * with sample ids and checks that a page file answers it.
 *
 * Paths are root-relative and end in "/" (the site uses trailingSlash: 'always'), except files
 * (feeds, calendars, data sets), which end in their extension.
 *
 * Pure TypeScript without imports, so the content model, the CMS and the tests can use it too.
 */

/** The first path segment of each collection's pages: `/<segment>/<id>/`. `pages` live at the top. */
export const SECTION_SEGMENTS = {
  practices: 'praktijkvoorbeelden',
  regions: 'regios',
  advice: 'adviezen',
  themes: 'themas',
  organisations: 'organisaties',
  communities: 'communities',
  events: 'agenda',
  news: 'nieuws',
  newsletters: 'nieuwsbrieven',
} as const;

export type Section = keyof typeof SECTION_SEGMENTS;

/** The groups of practices, each with a paginated list under /praktijkvoorbeelden/<segment>/<id>/. */
export const GROUP_SEGMENTS = { theme: 'thema', advice: 'advies', region: 'regio' } as const;
export type GroupKind = keyof typeof GROUP_SEGMENTS;

/**
 * What a visitor can follow (issue 17): each group and each community has an RSS feed and a calendar,
 * /rss/<segment>/<id>.xml and /ics/<segment>/<id>.ics. Per group, never per practice.
 */
export const FOLLOW_SEGMENTS = { ...GROUP_SEGMENTS, community: 'community' } as const;
export type FollowKind = keyof typeof FOLLOW_SEGMENTS;
/** The content page (content/pages/volgen.mdx) that explains following and feeds. */
const FOLLOW_HELP_PAGE = 'volgen';

/** The second page of the whole practice list is /praktijkvoorbeelden/pagina/2/. */
const PAGE_SEGMENT = 'pagina';
/** The bureau's view of what is new since the last newsletter, beside the newsletters' own pages. */
const CURATION_SEGMENT = 'nieuw-sinds-vorige';
/** Where examples are missing (issue 16): advice × age group and advice × sector, beside the practice list. */
const GAPS_SEGMENT = 'gezocht';
/** Compare two to four practices side by side (issue 16), beside the practice list; the choice is in the query string. */
const COMPARE_SEGMENT = 'vergelijk';

/** Top-level segments that are not a section and not a content page. */
const TOP_LEVEL = {
  rss: 'rss',
  data: 'data',
  ics: 'ics',
  openData: 'open-data',
  search: 'zoeken',
  spiegel: 'spiegel',
  glossary: 'begrippen',
  /** The bureau's maintenance view (issue 16): what needs care. Not indexed. */
  maintenance: 'onderhoud',
} as const;
/** Astro writes the not-found page to /404.html. */
const NOT_FOUND_SEGMENT = '404';

/**
 * Segments that tools own: the admin, uploads, Pagefind's index and Astro's bundles. They are not
 * pages of the site, so links to them may stay where their tool wants them, but no entry may take
 * their name.
 */
export const TOOL_SEGMENTS = ['admin', 'uploads', 'pagefind'] as const;
/** Astro's bundles and assets: never an id (ids have no underscore), never a page. */
export const ASSET_SEGMENT = '_astro';

const slash = (...segments: (string | number)[]) => `/${segments.map(String).join('/')}/`;
const paged = (base: string, page: number) => (page <= 1 ? base : `${base}${page}/`);

/** The public data sets: /data/<name>.json, .csv and .schema.json. */
export type DatasetPaths = { json: string; csv: string; schema: string };

export const routes = {
  home: '/',
  search: slash(TOP_LEVEL.search),
  /** The search page with a query string, e.g. from `toSearchParams`. */
  searchWith: (query: string | URLSearchParams) => {
    const q = String(query).replace(/^\?/, '');
    return q ? `${slash(TOP_LEVEL.search)}?${q}` : slash(TOP_LEVEL.search);
  },
  /**
   * The site's words and their frequencies, written by the search index step beside the search page,
   * for "Bedoel je …?" (src/search/vocabulary.ts).
   */
  searchVocabulary: `${slash(TOP_LEVEL.search)}woorden.txt`,
  openData: slash(TOP_LEVEL.openData),
  /** The self-assessment "Spiegel op de zeven adviezen". */
  spiegel: slash(TOP_LEVEL.spiegel),
  /** The glossary (begrippenlijst, content/begrippen.yml). */
  glossary: slash(TOP_LEVEL.glossary),
  sitemapIndex: '/sitemap-index.xml',
  /** The print rule that needs SITE_URL (src/pages/afdruk.css.ts). */
  printStylesheet: '/afdruk.css',
  robots: '/robots.txt',

  /** The list page of a section, e.g. /praktijkvoorbeelden/. */
  list: (section: Section) => slash(SECTION_SEGMENTS[section]),
  /** An entry's page, e.g. /praktijkvoorbeelden/dokwerk-gorinchem/. */
  entry: (section: Section | 'pages', id: string) => (section === 'pages' ? slash(id) : slash(SECTION_SEGMENTS[section], id)),

  practice: (id: string) => slash(SECTION_SEGMENTS.practices, id),
  region: (id: string) => slash(SECTION_SEGMENTS.regions, id),
  advice: (id: string) => slash(SECTION_SEGMENTS.advice, id),
  theme: (id: string) => slash(SECTION_SEGMENTS.themes, id),
  organisation: (id: string) => slash(SECTION_SEGMENTS.organisations, id),
  community: (id: string) => slash(SECTION_SEGMENTS.communities, id),
  event: (id: string) => slash(SECTION_SEGMENTS.events, id),
  news: (id: string) => slash(SECTION_SEGMENTS.news, id),
  newsletter: (id: string) => slash(SECTION_SEGMENTS.newsletters, id),
  /** A maintainers' MDX page (content/pages/<id>.mdx), e.g. /over/. */
  page: (id: string) => slash(id),

  /** /praktijkvoorbeelden/, /praktijkvoorbeelden/pagina/2/, … */
  practiceList: (page = 1) => (page <= 1 ? slash(SECTION_SEGMENTS.practices) : slash(SECTION_SEGMENTS.practices, PAGE_SEGMENT, page)),
  /** The practice list with its filters in the query string (the list filters in the browser), e.g. from `toSearchParams`. */
  practiceListWith: (query: string | URLSearchParams) => {
    const q = String(query).replace(/^\?/, '');
    return q ? `${slash(SECTION_SEGMENTS.practices)}?${q}` : slash(SECTION_SEGMENTS.practices);
  },
  /** /praktijkvoorbeelden/thema/<id>/, /praktijkvoorbeelden/thema/<id>/2/, … (also advies, regio) */
  groupPractices: (kind: GroupKind, id: string, page = 1) => paged(slash(SECTION_SEGMENTS.practices, GROUP_SEGMENTS[kind], id), page),

  newsletterEmail: (id: string) => `${slash(SECTION_SEGMENTS.newsletters, id)}email.html`,
  newsletterText: (id: string) => `${slash(SECTION_SEGMENTS.newsletters, id)}email.txt`,
  newsletterCuration: slash(SECTION_SEGMENTS.newsletters, CURATION_SEGMENT),

  /** For the programme bureau: what needs care (review dates, empty worksheets, regions, communities). Not indexed. */
  maintenance: slash(TOP_LEVEL.maintenance),
  /** "Hier zoeken we nog voorbeelden": where practices are missing, per advice and age group or sector. */
  practiceGaps: slash(SECTION_SEGMENTS.practices, GAPS_SEGMENT),
  /** The compare page, e.g. /praktijkvoorbeelden/vergelijk/. Build a choice with compareUrl() (src/practices/compare.ts). */
  practiceCompare: slash(SECTION_SEGMENTS.practices, COMPARE_SEGMENT),
  /** The compare page with its choice in the query string ("p=a&p=b"). */
  practiceCompareWith: (query: string | URLSearchParams) => {
    const q = String(query).replace(/^\?/, '');
    return q ? `${slash(SECTION_SEGMENTS.practices, COMPARE_SEGMENT)}?${q}` : slash(SECTION_SEGMENTS.practices, COMPARE_SEGMENT);
  },
  /** The admin (Decap CMS), and an entry's edit screen in it. */
  admin: `/${TOOL_SEGMENTS[0]}/`,
  adminEntry: (collection: string, id: string) => `/${TOOL_SEGMENTS[0]}/#/collections/${collection}/entries/${id}`,

  /** The feeds of one group or community, and the page that explains them. */
  follow: {
    rss: (kind: FollowKind, id: string) => `/${TOP_LEVEL.rss}/${FOLLOW_SEGMENTS[kind]}/${id}.xml`,
    ics: (kind: FollowKind, id: string) => `/${TOP_LEVEL.ics}/${FOLLOW_SEGMENTS[kind]}/${id}.ics`,
    help: slash(FOLLOW_HELP_PAGE),
  },

  rss: {
    news: `/${TOP_LEVEL.rss}/nieuws.xml`,
    practices: `/${TOP_LEVEL.rss}/praktijkvoorbeelden.xml`,
    newsletters: `/${TOP_LEVEL.rss}/nieuwsbrieven.xml`,
  },
  ics: {
    /** Every event in one calendar. */
    all: `/${SECTION_SEGMENTS.events}.ics`,
    event: (id: string) => `/${TOP_LEVEL.ics}/${id}.ics`,
  },
  data: (name: string): DatasetPaths => ({
    json: `/${TOP_LEVEL.data}/${name}.json`,
    csv: `/${TOP_LEVEL.data}/${name}.csv`,
    schema: `/${TOP_LEVEL.data}/${name}.schema.json`,
  }),
} as const;

/** `/adviezen` for a section, `''` for the top-level pages: the base of `${base}/${id}/`. */
export function sectionBase(section: Section | 'pages'): string {
  return section === 'pages' ? '' : `/${SECTION_SEGMENTS[section]}`;
}

/**
 * Ids no entry may take, because a route uses the same segment: the fixed segments inside a section
 * (/praktijkvoorbeelden/thema/, /nieuwsbrieven/nieuw-sinds-vorige/) and every top-level segment
 * (a content page lives at /<id>/, beside the sections, the feeds and the tools).
 */
export const RESERVED_SEGMENTS: readonly string[] = [
  ...new Set<string>([
    ...Object.values(GROUP_SEGMENTS),
    PAGE_SEGMENT,
    CURATION_SEGMENT,
    GAPS_SEGMENT,
    COMPARE_SEGMENT,
    ...Object.values(TOP_LEVEL),
    ...TOOL_SEGMENTS,
    NOT_FOUND_SEGMENT,
  ]),
];

/** The sections' own segments: a content page may not take one (it would shadow the section). */
export const SECTION_NAMES: readonly string[] = Object.values(SECTION_SEGMENTS);
