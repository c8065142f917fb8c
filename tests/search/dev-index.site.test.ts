/**
 * The pages the index under `npm start` asks the dev server for (indexedPaths in
 * src/integrations/pagefind-dev.ts) are exactly the pages of the built site that the search indexes
 * (data-pagefind-body), so both indexes hold the same pages.
 */
import { describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../support/dist.ts';
import { assertBuilt } from '../support/build-result.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { indexedPaths } from '../../src/integrations/pagefind-dev.ts';

const { site } = inject('builds');

describe('the index under npm start', () => {
  test('asks for every page the built site indexes', () => {
    assertBuilt(site);
    const built = listFiles(site.outDir)
      .filter((f) => f.endsWith('index.html') && readFileSync(join(site.outDir, f), 'utf8').includes('data-pagefind-body'))
      .map((f) => `/${f.slice(0, -'index.html'.length)}`);
    // Entries the build does not show (drafts) are asked for too; the dev server answers 404.
    const asked = indexedPaths(join(PROJECT_ROOT, site.contentDir));
    expect(asked.filter((p) => built.includes(p)).sort()).toEqual([...built].sort());
    expect(built.length).toBeGreaterThan(100);
  });
});
