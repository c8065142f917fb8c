/**
 * The content folders the site project builds, generated from tests/fixtures/valid/ into tests/.tmp/:
 * - "fixture": the valid set plus a draft practice and a concept newsletter (which must appear
 *   nowhere), referred to from other entries, and hostile Markdown in contributor texts (which
 *   must reach no page), and a practice per vector of the XSS corpus (tests/support/xss-corpus.ts)
 *   with the vector in its body and its summary, all of them in the sent newsletter; with 54
 *   practices in one region, the practice lists run to more than two pages (the pagination tests);
 * - "broken": the valid set with two problems in two files (the build must stop with their lines).
 * They are written under the run's own directory (see global-setup.ts), and passed to Astro as
 * CONTENT_DIR relative to the project, so problem lines name them as an editor would see them.
 */
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { joinFrontMatter, splitFrontMatter } from './content-fixture.ts';
import { PROJECT_ROOT, VALID_FIXTURES } from './paths.ts';
import { bodyOf, practiceIdOf, summaryOf, XSS_CORPUS } from './xss-corpus.ts';

/** Strings that only the draft practice and the concept newsletter contain. */
export const DRAFT = {
  id: 'geheim-concept',
  title: 'Geheim concept Zwaluwstaart',
  summary: 'Deze samenvatting van een concept hoort nergens te staan: Kwartelkoning.',
  bodyMarker: 'Roerdomp-in-de-tekst',
};
export const CONCEPT_NEWSLETTER = { id: 'nieuwsbrief-concept', title: 'Conceptnieuwsbrief Grutto', marker: 'Grutto-intro' };
/** Every string of the draft and the concept that must not be anywhere in dist/. */
export const MUST_NOT_APPEAR = [DRAFT.id, DRAFT.title, DRAFT.summary, 'Kwartelkoning', DRAFT.bodyMarker, CONCEPT_NEWSLETTER.id, CONCEPT_NEWSLETTER.title, CONCEPT_NEWSLETTER.marker];

/** Contributor Markdown that tries everything; the pages that show it are checked in build.test.ts. */
export const HOSTILE_MARKDOWN = [
  '',
  '## Wat werkt',
  '',
  'Een gewone alinea met een [gewone link](https://www.example.org/gewoon).',
  '',
  '<script>window.__xss = "script-element"</script>',
  '',
  '<img src="/favicon.svg" alt="" onerror="window.__xss = \'onerror\'">',
  '',
  '[klik hier](javascript:window.__xss="javascript-link")',
  '',
  '<a href="javascript:window.__xss=1">HTML-link</a>',
  '',
  '<iframe src="https://evil.example/frame"></iframe>',
  '',
  '<p style="color:red;position:fixed">gestyled</p>',
  '',
  '<img src="javascript:window.__xss=2" alt="x">',
  '',
  '<form action="https://evil.example/post"><button>Stuur</button></form>',
  '',
].join('\n');

/** The sector the corpus practices have besides the example practice's own (see writeFixtureContent). */
const CORPUS_SECTOR = 'vo';

/** Where the hostile Markdown is put, and the page that must show it harmlessly. */
export const HOSTILE_PAGES = ['/praktijkvoorbeelden/voorbeeldpraktijk/', '/regios/voorbeeldregio/', '/nieuws/voorbeeldnieuws/', '/nieuwsbrieven/nieuwsbrief-1/'];

function edit(dir: string, rel: string, change: (data: Record<string, any>) => void, body?: (body: string) => string) {
  const file = join(dir, rel);
  const { data, body: old } = splitFrontMatter(readFileSync(file, 'utf8'));
  change(data);
  writeFileSync(file, joinFrontMatter(data, body ? body(old) : old));
}

function fresh(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  cpSync(VALID_FIXTURES, dir, { recursive: true });
  return dir;
}

/** Write the "fixture" content folder into runDir; returns it as CONTENT_DIR (relative to the project). */
export function writeFixtureContent(runDir: string): string {
  const dir = fresh(join(runDir, 'content-fixture'));
  const practice = splitFrontMatter(readFileSync(join(dir, 'practices/voorbeeldpraktijk.md'), 'utf8')).data;
  // A draft practice linked from every side: its region, theme, advice and organisation pages, a
  // community and a news item all refer to it, so a leak would show on many pages.
  writeFileSync(
    join(dir, `practices/${DRAFT.id}.md`),
    joinFrontMatter({ ...practice, title: DRAFT.title, summary: DRAFT.summary, draft: true }, `## Aanpak\n\n${DRAFT.bodyMarker}\n`),
  );
  edit(dir, 'communities/voorbeeld-community.md', (d) => d.practices.push(DRAFT.id));
  edit(dir, 'news/voorbeeldnieuws.md', (d) => d.practices.push(DRAFT.id), (b) => b + HOSTILE_MARKDOWN);
  edit(dir, 'practices/voorbeeldpraktijk.md', () => {}, (b) => b + HOSTILE_MARKDOWN);
  edit(dir, 'regions/voorbeeldregio.md', () => {}, (b) => b + HOSTILE_MARKDOWN);
  edit(dir, 'newsletters/nieuwsbrief-1.md', (d) => (d.intro = `${d.intro}\n${HOSTILE_MARKDOWN}`));
  // The XSS corpus: a practice per vector (body and summary), each in the sent newsletter too, so
  // the summaries reach cards, lists, feeds, open data, the search index and the e-mail edition.
  // The summary is also the worksheet's "Voor wie", so it reaches the compare table too.
  // They are also in a second sector (CORPUS_SECTOR): the practice list (54 practices, more than
  // two pages) then has a filter option that narrows it and still needs "Meer resultaten" twice.
  for (const v of XSS_CORPUS) {
    const sectors = [...practice.sectors, CORPUS_SECTOR];
    writeFileSync(join(dir, `practices/${practiceIdOf(v)}.md`), joinFrontMatter({ ...practice, title: `XSS-proef ${v.n}`, summary: summaryOf(v), targetGroup: summaryOf(v), sectors }, bodyOf(v)));
  }
  edit(dir, 'newsletters/nieuwsbrief-1.md', (d) =>
    d.sections.push({ heading: 'XSS-proeven', items: XSS_CORPUS.map((v) => ({ type: 'practice', practice: practiceIdOf(v) })) }),
  );
  // A concept newsletter is published nowhere either.
  const newsletter = splitFrontMatter(readFileSync(join(dir, 'newsletters/nieuwsbrief-1.md'), 'utf8')).data;
  writeFileSync(
    join(dir, `newsletters/${CONCEPT_NEWSLETTER.id}.md`),
    joinFrontMatter({ ...newsletter, title: CONCEPT_NEWSLETTER.title, number: 2, intro: CONCEPT_NEWSLETTER.marker, status: 'concept', sentOn: undefined }, ''),
  );
  return relative(PROJECT_ROOT, dir);
}

/** The lines the broken build must print (formatProblem's format, paths relative to the project). */
export const brokenLines = (contentDir: string) => [
  `${contentDir}/practices/voorbeeldpraktijk.md: themes[0] (Thema's): gevonden "bestaat-niet", maar er is geen thema met die naam; toegestaan: een bestaande naam uit Thema's (de map themes/).`,
  `${contentDir}/events/voorbeeldbijeenkomst.md: start (Begin): gevonden "2019-12-12T13:00:00"; toegestaan: een datum (2026-03-10) als de tijd nog niet bekend is, of een datum en tijd met tijdzone, zoals 2026-03-10T09:30:00+01:00`,
];

/** Write the "broken" content folder into runDir; returns it as CONTENT_DIR (relative to the project). */
export function writeBrokenContent(runDir: string): string {
  const dir = fresh(join(runDir, 'content-broken'));
  edit(dir, 'practices/voorbeeldpraktijk.md', (d) => (d.themes = ['bestaat-niet']));
  edit(dir, 'events/voorbeeldbijeenkomst.md', (d) => (d.start = '2019-12-12T13:00:00'));
  return relative(PROJECT_ROOT, dir);
}
