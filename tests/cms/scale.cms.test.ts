/**
 * The admin with many entries (issue 8, `node bench/cms.ts`): the relation widget's own reading and
 * search (cms/relation-search.ts, used by cms/widgets/FastRelation.tsx), the published entries the
 * admin is built with (cms/bundle.ts), and the local backend's pages (cms/local-pages.ts, used by cms/local-backend.ts).
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { contentRoot } from '../../src/model/index.ts';
import { frontMatterScalars, hitsFromFiles, hitsFromKnown, indexHits, normalise, search, slimHit, type Hit } from '../../cms/relation-search.ts';
import { knownEntries } from '../../cms/bundle.ts';
import { collections, type CollectionName } from '../../src/model/index.ts';
import { LIST_PAGE_SIZE, pageOf } from '../../cms/local-pages.ts';
import { cmsConfig, folderCollections } from '../../cms/config.ts';

const root = contentRoot();

function files(collection: string) {
  const dir = join(root, collection);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => ({ data: readFileSync(join(dir, f), 'utf8'), file: { path: `content/${collection}/${f}` } }));
}

describe('frontMatterScalars', () => {
  it('reads the same top-level plain values as a full YAML parse, for every entry of the content', () => {
    let checked = 0;
    for (const c of folderCollections(cmsConfig())) {
      for (const f of files(c.name)) {
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(f.data)![1]!;
        const full = parseYaml(front) as Record<string, unknown>;
        const plain = Object.fromEntries(Object.entries(full).filter(([, v]) => ['string', 'number', 'boolean'].includes(typeof v)));
        expect(frontMatterScalars(f.data), f.file.path).toEqual(plain);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('handles quoting, escapes, block and folded text, numbers, yes/no, lists and groups', () => {
    const text = [
      '---',
      'title: "Samen: sterk \\"in\\" Zwolle"',
      "place: 'Den ''s-Hertogenbosch'",
      'number: 7',
      'started: 2024',
      'draft: false',
      'date: 2026-03-10',
      'summary: >-',
      '  Een lange',
      '  samenvatting.',
      'note: |',
      '  regel 1',
      '  regel 2',
      'themes:',
      '  - passend-onderwijs',
      'contact:',
      '  name: Team',
      'plain: Zwolle # een opmerking',
      'empty:',
      'url: https://example.org/a?b=c',
      '---',
      'Tekst: niet: gelezen',
    ].join('\n');
    expect(frontMatterScalars(text)).toEqual({
      title: 'Samen: sterk "in" Zwolle',
      place: "Den 's-Hertogenbosch",
      number: 7,
      started: 2024,
      draft: false,
      date: '2026-03-10',
      summary: 'Een lange samenvatting.',
      note: 'regel 1\nregel 2\n',
      plain: 'Zwolle',
      url: 'https://example.org/a?b=c',
    });
    expect(frontMatterScalars('geen front matter')).toEqual({});
  });
});

describe('the relation search', () => {
  const source = { folder: 'content/themes', extension: 'md' };
  const hits = hitsFromFiles('themes', source, files('themes'));
  const index = indexHits(hits, ['title']);

  it('knows every entry by its file name and title', () => {
    expect(hits.length).toBe(readdirSync(join(root, 'themes')).filter((f) => f.endsWith('.md')).length);
    const passend = hits.find((h) => h.slug === 'passend-onderwijs');
    expect(passend).toMatchObject({ path: 'content/themes/passend-onderwijs.md', collection: 'themes', data: { title: 'Passend onderwijs' } });
  });

  it('lists everything without a term, and matches words, accents and case aside, best first', () => {
    expect(search(index, '')).toHaveLength(hits.length);
    expect(search(index, '  ').map((h) => h.slug)).toEqual(hits.map((h) => h.slug));
    expect(search(index, 'PASSEND onderwijs')[0]?.slug).toBe('passend-onderwijs');
    for (const h of search(index, 'onderwijs')) expect(normalise(h.data.title)).toContain('onderwijs');
    expect(search(index, 'xqzw')).toEqual([]);
  });

  it('ranks a title that starts with the term first, then a word that starts with it, then the rest', () => {
    const make = (slug: string, title: string): Hit => ({ slug, path: `content/x/${slug}.md`, data: { title } });
    const idx = indexHits([make('a', 'De buurtmonitor'), make('b', 'Stadsbuurten'), make('c', 'Buurtwerk Zwolle'), make('d', 'Café één')], ['title']);
    expect(search(idx, 'buurt').map((h) => h.slug)).toEqual(['c', 'a', 'b']);
    expect(search(idx, 'cafe een').map((h) => h.slug)).toEqual(['d']);
    expect(search(idx, 'b', 2)).toHaveLength(2);
  });

  it('keeps only plain top-level values of an entry (what labels, values and previews use)', () => {
    expect(slimHit({ slug: 's', path: 'p', data: { title: 'T', number: 3, draft: false, themes: ['a'], contact: { name: 'n' }, body: 'lang' } })).toEqual({
      slug: 's',
      path: 'p',
      collection: undefined,
      data: { title: 'T', number: 3, draft: false },
    });
  });
});

describe('the published entries the admin is built with (offered before the read arrives)', () => {
  const known = knownEntries(root);

  it('give every relation target the same slugs, paths and titles as reading its folder, drafts left out', () => {
    let checked = 0;
    for (const c of folderCollections(cmsConfig())) {
      const model = collections[c.name as CollectionName];
      if (!model || c.name === 'newsletters') continue;
      const source = { folder: c.folder, extension: c.extension };
      const read = hitsFromFiles(c.name, source, files(c.name)).filter((h) => h.data.draft !== true);
      const fromKnown = hitsFromKnown(c.name, source, model.titleField, known);
      expect(fromKnown.map((h) => [h.slug, h.path, h.data[model.titleField]]), c.name).toEqual(read.map((h) => [h.slug, h.path, h.data[model.titleField]]));
      checked += fromKnown.length;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("keep an advice's number, so a preview can say \"Advies N\"", () => {
    const advice = hitsFromKnown('advice', { folder: 'content/advice', extension: 'md' }, 'title', known);
    expect(advice.length).toBeGreaterThan(0);
    for (const h of advice) expect(h.data.number, h.slug).toBe(frontMatterScalars(readFileSync(join(root, 'advice', `${h.slug}.md`), 'utf8')).number);
  });

  it('find a practice by a word of its title, and give its file name as the value', () => {
    const practices = hitsFromKnown('practices', { folder: 'content/practices', extension: 'md' }, 'title', known);
    const index = indexHits(practices, ['title']);
    expect(search(index, 'dokwerk vmbo').map((h) => h.slug)).toEqual(['dokwerk-gorinchem']);
    expect(search(index, 'dokwerk')[0]?.data.title).toBe(parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(join(root, 'practices', 'dokwerk-gorinchem.md'), 'utf8'))![1]!).title);
  });

  it('leave concept newsletters and drafts out (/admin/index.html is public)', () => {
    const newsletters = hitsFromFiles('newsletters', { folder: 'content/newsletters', extension: 'md' }, files('newsletters'));
    for (const h of newsletters) expect(h.slug in (known.titles.newsletters ?? {}), h.slug).toBe(h.data.status === 'verzonden' && h.data.draft !== true);
  });
});

describe('the relation search without a term', () => {
  const make = (slug: string): Hit => ({ slug, path: `content/x/${slug}.md`, data: { title: slug.toUpperCase() } });
  const index = indexHits(['a', 'b', 'c', 'd', 'e'].map(make), ['title']);

  it('gives the first entries and then the chosen ones, so the control can name them', () => {
    expect(search(index, '', 2, []).map((h) => h.slug)).toEqual(['a', 'b']);
    expect(search(index, '', 2, ['e', 'b', 'x']).map((h) => h.slug)).toEqual(['a', 'b', 'e']);
    expect(search(index, '', 2).map((h) => h.slug)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});

describe('the local backend, page by page', () => {
  const all = Array.from({ length: 120 }, (_, i) => ({ data: `---\ntitle: ${i}\n---\n`, file: { path: `content/practices/${String(i).padStart(3, '0')}.md` } }));
  const key = { folder: 'content/practices', extension: 'md', depth: 1 };

  it('gives the first page with a cursor to the next, and the last page without one', () => {
    const first = pageOf(all, 1, key);
    expect(first.entries).toHaveLength(LIST_PAGE_SIZE);
    expect(first.entries[0]!.file.path).toBe('content/practices/000.md');
    expect(first.cursor).toEqual({ actions: ['next', 'last'], meta: { page: 1, count: 120, pageSize: LIST_PAGE_SIZE, pageCount: 3, ...key }, data: { ...key, page: 1 } });
    const last = pageOf(all, 3, key);
    expect(last.entries.map((e) => e.file.path)).toEqual(all.slice(2 * LIST_PAGE_SIZE).map((e) => e.file.path));
    expect(last.cursor.actions).toEqual(['prev', 'first']);
    expect(pageOf(all, 9, key).cursor.data.page).toBe(3);
    expect(pageOf([], 1, key)).toMatchObject({ entries: [], cursor: { actions: [] } });
  });
});
