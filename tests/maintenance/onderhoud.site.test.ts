/**
 * /onderhoud/ on the built site (real content, SITE_NOW 2026-11-23): for the bureau, not indexed
 * (noindex, robots.txt, sitemap, search index), each row linking to the entry and its edit screen;
 * in Chromium it is in the axe sample of templates.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { assertBuilt } from '../support/build-result.ts';
import { attr, elements, parseHtml, sitePages, templateSample, text, squash } from '../support/dist.ts';
import { entryPageIds } from '../support/dist-pages.ts';

const { site } = inject('builds');
const read = (rel: string) => readFileSync(join(site.outDir, rel), 'utf8');

describe('/onderhoud/', () => {
  beforeAll(() => assertBuilt(site));

  test('is not for search engines or the site search', () => {
    const html = read('onderhoud/index.html');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    expect(html).not.toContain('data-pagefind-body');
    expect(read('robots.txt')).toContain('Disallow: /onderhoud/');
    const sitemaps = ['sitemap-index.xml', 'sitemap-0.xml'].map(read).join('');
    expect(sitemaps).not.toContain('/onderhoud/');
    expect(read('_headers')).toMatch(/\/onderhoud\/\*\n(?: {2}.*\n)*? {2}X-Robots-Tag: noindex/);
  });

  test('every row links to an existing entry and to its edit screen in the admin', () => {
    const rows = elements(parseHtml(read('onderhoud/index.html'))).filter((e) => attr(e, 'data-care-row') !== undefined);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const [collection, id] = attr(row, 'data-care-row')!.split('/');
      const hrefs = elements(row).filter((e) => e.nodeName === 'a').map((a) => attr(a, 'href')!);
      const page = hrefs[0]!;
      expect(existsSync(join(site.outDir, page, 'index.html')), `${page} is not a page`).toBe(true);
      expect(hrefs).toContain(`/admin/#/collections/${collection}/entries/${id}`);
    }
  });

  test('lists the worksheet gaps of the real content: each practice that has an empty section, naming the sections', () => {
    const root = parseHtml(read('onderhoud/index.html'));
    const section = elements(root).find((e) => e.nodeName === 'section' && attr(e, 'id') === 'werkblad')!;
    const rows = elements(section).filter((e) => attr(e, 'data-care-row') !== undefined);
    const listed = rows.map((r) => attr(r, 'data-care-row')!.replace('practices/', '')).sort();
    // Independently: a practice page with a "not described" line is exactly a listed one.
    const withEmpty = entryPageIds(site.outDir, 'praktijkvoorbeelden').filter((id) => read(`praktijkvoorbeelden/${id}/index.html`).includes('worksheet__missing'));
    expect(listed).toEqual(withEmpty.sort());
    const alles = rows.find((r) => attr(r, 'data-care-row') === 'practices/alles-in-een-school-enschede')!;
    expect(squash(text(alles))).toContain('Nog leeg: Voor wie, Doel, Wat heb je nodig, Kosten, Wat we leerden.');
  });

  test('nothing is due for review on 2026-11-23 (every practice came on the site that day)', () => {
    const root = parseHtml(read('onderhoud/index.html'));
    const section = elements(root).find((e) => e.nodeName === 'section' && attr(e, 'id') === 'opnieuw-bekijken')!;
    expect(elements(section).filter((e) => attr(e, 'data-care-row') !== undefined)).toHaveLength(0);
  });

  test('regions without a profile and communities without a facilitator or rhythm are listed', () => {
    const html = squash(text(parseHtml(read('onderhoud/index.html'))));
    expect(html).toMatch(/Inspiratieregio’s \(\d+\)/);
    const communities = elements(parseHtml(read('onderhoud/index.html'))).filter((e) => attr(e, 'data-care-row')?.startsWith('communities/'));
    for (const c of communities) {
      const id = attr(c, 'data-care-row')!.replace('communities/', '');
      const file = readFileSync(join(site.contentDir, 'communities', `${id}.md`), 'utf8');
      expect(/^facilitator:/m.test(file) && /^rhythm:/m.test(file), `${id} has both`).toBe(false);
    }
  });

  test('is in the axe sample of templates, as is the gap view', () => {
    const urls = templateSample(sitePages(site.outDir)).map((p) => p.url);
    expect(urls).toContain('/onderhoud/');
    expect(urls).toContain('/praktijkvoorbeelden/gezocht/');
  });
});
