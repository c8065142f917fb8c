/**
 * The search index of the built site (real content): every page meant for it (data-pagefind-body)
 * is in it, even though Pagefind reads only the files INDEXED_PAGES names; and the facet table
 * beside it lists exactly the indexed pages.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../support/dist.ts';
import { assertBuilt } from '../support/build-result.ts';
import { FacetTable, FACET_TABLE_FILE } from '../../src/search/facet-table.ts';

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
