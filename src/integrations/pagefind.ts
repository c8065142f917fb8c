/**
 * Astro integration: build the Pagefind search index from the finished HTML after every
 * `astro build`, so each preview and deploy has a current index. Only the main content of pages
 * (data-pagefind-body) is indexed; the header, footer, 404 page and /admin/ are not. Beside the
 * index it writes the facet table the search pages filter and count with (src/search/facet-table.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { FACET_KEYS } from '../search/facets.ts';
import { encodeFacetTable, FACET_TABLE_FILE, parseFragment, SORT_DATE_META, type FacetTablePage } from '../search/facet-table.ts';

/** The facet table (see src/search/facet-table.ts), read back from the fragments Pagefind wrote. */
async function writeFacetTable(outputPath: string): Promise<number> {
  const dir = join(outputPath, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment'));
  const pages: FacetTablePage[] = [];
  for (const name of names) {
    const fragment = parseFragment<{ filters?: Record<string, string[]>; meta?: Record<string, string> }>(gunzipSync(await readFile(join(dir, name))).toString('utf8'));
    pages.push({ id: name.slice(0, -'.pf_fragment'.length), date: fragment.meta?.[SORT_DATE_META] ?? '', filters: fragment.filters ?? {} });
  }
  await writeFile(join(outputPath, FACET_TABLE_FILE), gzipSync(encodeFacetTable(pages, FACET_KEYS), { level: 9 }));
  return pages.length;
}

/**
 * Set (to "1") by scripts/build.mjs for `astro build`: the build script then indexes in a process of
 * its own once Astro has exited, so Astro's memory and Pagefind's are never held at the same time
 * (at 10,000 practices that halves the build's peak memory). A bare `astro build` indexes here.
 */
export const INDEX_SEPARATELY = 'MAO_INDEX_SEPARATELY';

/**
 * The HTML files Pagefind reads. Indexed pages (data-pagefind-body) are entry pages,
 * /<collection>/<id>/ and /<page>/; the paginated lists below them (/praktijkvoorbeelden/pagina/2/,
 * …/thema/<id>/3/: a third of all HTML at 10,000 practices) are not indexed, so Pagefind need not
 * parse them. tests/site/search-index.test.ts checks that every page with data-pagefind-body is in.
 */
export const INDEXED_PAGES = '{*/index.html,*/*/index.html}';

/** Index the built site in `site` (a folder) with Pagefind, then write the facet table beside it. */
export async function buildSearchIndex(site: string): Promise<{ pages: number; ms: number }> {
  const started = Date.now();
  const fail = (what: string, errors: string[]) => {
    throw new Error(`Pagefind: ${what} mislukt:\n  ${errors.join('\n  ')}`);
  };
  const { index, errors } = await pagefind.createIndex({});
  if (errors.length || !index) fail('index maken', errors);
  const added = await index!.addDirectory({ path: site, glob: INDEXED_PAGES });
  if (added.errors.length) fail("pagina's lezen", added.errors);
  const outputPath = join(site, 'pagefind');
  const written = await index!.writeFiles({ outputPath });
  if (written.errors.length) fail('index schrijven', written.errors);
  await pagefind.close();
  await writeFacetTable(outputPath);
  return { pages: added.page_count, ms: Date.now() - started };
}

/** The line the build log shows (and the benchmark reads). */
export const indexedMessage = (r: { pages: number; ms: number }) => `${r.pages} pagina's in de zoekindex (${r.ms} ms)`;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mao:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_SEPARATELY] === '1') {
          logger.info('zoekindex: volgt na de build, in een eigen proces (scripts/build.mjs)');
          return;
        }
        logger.info(indexedMessage(await buildSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
