/**
 * The search index of the built site (real content): every page meant for it (data-pagefind-body)
 * is in it, even though Pagefind reads only the files INDEXED_PAGES names; and the facet table
 * beside it lists exactly the indexed pages. A practice page is indexed by what it says, not by the
 * words every practice page has (the worksheet's empty sections, headings, the ladder's steps, the
 * compare link): those would make "kosten", "contact" or "effectiviteit" find every practice.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../support/dist.ts';
import { assertBuilt } from '../support/build-result.ts';
import { FacetTable, FACET_TABLE_FILE, parseFragment } from '../../src/search/facet-table.ts';
import { evidenceLevels } from '../../src/model/enums.ts';

const { site } = inject('builds');

describe('the search index', () => {
  test('holds every page with data-pagefind-body, and the facet table lists each of them once', () => {
    assertBuilt(site);
    const meant = listFiles(site.outDir).filter((f) => f.endsWith('.html') && readFileSync(join(site.outDir, f), 'utf8').includes('data-pagefind-body'));
    expect(meant.length).toBeGreaterThan(100);
    const entry = JSON.parse(readFileSync(join(site.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
    expect(entry.languages.nl?.page_count).toBe(meant.length);
    const table = FacetTable.decode(gunzipSync(readFileSync(join(site.outDir, 'pagefind', FACET_TABLE_FILE))).toString('utf8'));
    expect(new Set(table.ids).size).toBe(meant.length);
    const fragments = listFiles(join(site.outDir, 'pagefind/fragment')).map((f) => f.replace(/\.pf_fragment$/, ''));
    expect([...table.ids].sort()).toEqual(fragments.sort());
  });
});

/** Words on every practice page that say nothing about the practice (phrases no story would use). */
const BOILERPLATE = [
  'Nog niet beschreven',
  'Zo kun je het overnemen',
  'Vergelijk met andere voorbeelden',
  'Zet dit voorbeeld in een tabel',
  'Vragen over dit voorbeeld',
  'Op deze site sinds',
  'Bijgewerkt op',
];

describe('what a practice page is indexed by', () => {
  let read: { url: string; content: string }[] | undefined;
  /** Pagefind's fragments of the built site, read once. */
  const fragments = () => {
    assertBuilt(site);
    const dir = join(site.outDir, 'pagefind/fragment');
    return (read ??= listFiles(dir).map((f) => parseFragment<{ url: string; content: string }>(gunzipSync(readFileSync(join(dir, f))).toString('utf8'))));
  };

  test('its own words, and none of the words every practice page has', () => {
    const practices = fragments().filter((f) => /^\/praktijkvoorbeelden\/[^/]+\/$/.test(f.url));
    expect(practices.length).toBeGreaterThan(10);
    const problems = practices.flatMap((f) => BOILERPLATE.filter((words) => f.content.includes(words)).map((words) => `${f.url}: "${words}"`));
    // The ladder's five steps are listed on every page; only the practice's own step is said in words.
    for (const f of practices) if (Object.values(evidenceLevels.labels).every((label) => f.content.includes(label))) problems.push(`${f.url}: the ladder's steps`);
    expect(problems).toEqual([]);
  });

  test('other entry pages are not indexed by the words every page of their kind has either', () => {
    const everyPageOfAKind = ['Terug naar al het nieuws', 'Dit profiel wordt nog geschreven', "Deze inspiratieregio's hebben praktijkvoorbeelden over dit thema", "Bekijk alle thema's", 'Doe de Spiegel op de zeven adviezen'];
    const all = fragments();
    expect(all.filter((f) => /^\/(nieuws|regios|themas|adviezen)\/[^/]+\/$/.test(f.url)).length).toBeGreaterThan(20);
    expect(all.flatMap((f) => everyPageOfAKind.filter((words) => f.content.includes(words)).map((words) => `${f.url}: "${words}"`))).toEqual([]);
  });

  test('a filled part of the worksheet is in it, with its heading', () => {
    const dokwerk = fragments().find((f) => f.url === '/praktijkvoorbeelden/dokwerk-gorinchem/')!;
    expect(dokwerk.content).toContain('Een kleine groep van hoogstens 12 leerlingen');
    expect(dokwerk.content).toContain('Kosten');
    expect(dokwerk.content).toContain('Stap 1 van 5');
  });
});
