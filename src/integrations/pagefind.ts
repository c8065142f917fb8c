/**
 * Astro integration: build the Pagefind search index from the finished HTML after every
 * `astro build`, so each preview and deploy has a current index (and under `astro dev`, from the
 * pages the dev server renders: pagefind-dev.ts). Before Pagefind reads the pages, each gets its
 * hidden search terms (compound parts, other forms of glossary terms: src/search/search-terms.ts). Only the main content of pages
 * (data-pagefind-body) is indexed; the header, footer, 404 page and /admin/ are not. Beside the
 * index it writes the facet table the search pages filter and count with (src/search/facet-table.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { FACET_KEYS } from '../search/facets.ts';
import { addTermsToPages } from '../search/search-terms-files.ts';
import { decodeVocabulary, encodeVocabulary } from '../search/vocabulary.ts';
import { readGlossary } from '../model/glossary-file.ts';
import { contentRoot } from '../model/index.ts';
import { routes } from '../routes.ts';
import { devIndexHooks } from './pagefind-dev.ts';
import { encodeFacetTable, FACET_TABLE_FILE, parseFragment, SORT_DATE_META, type FacetTablePage } from '../search/facet-table.ts';

/** The facet table (see src/search/facet-table.ts), read back from the fragments Pagefind wrote. */
export async function writeFacetTable(outputPath: string): Promise<number> {
  const dir = join(outputPath, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const pages: FacetTablePage[] = new Array(names.length);
  // A few reads and inflates at a time (zlib runs them on libuv's threads), in the names' order.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const name = names[i]!;
      const text = (await gunzipAsync(await readFile(join(dir, name)))).toString('utf8');
      const fragment = parseFragment<{ filters?: Record<string, string[]>; meta?: Record<string, string> }>(text);
      pages[i] = { id: name.slice(0, -'.pf_fragment'.length), date: fragment.meta?.[SORT_DATE_META] ?? '', filters: fragment.filters ?? {} };
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
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
 * parse them. tests/search/search-index.site.test.ts checks that every page with data-pagefind-body is in.
 */
export const INDEXED_PAGES = '{*/index.html,*/*/index.html}';

/** The files INDEXED_PAGES names, relative to the site: <dir>/index.html and <dir>/<dir>/index.html. */
async function indexedFiles(site: string): Promise<string[]> {
  const files: string[] = [];
  for (const top of await readdir(site, { withFileTypes: true })) {
    if (!top.isDirectory()) continue;
    if (existsSync(join(site, top.name, 'index.html'))) files.push(join(top.name, 'index.html'));
    for (const sub of await readdir(join(site, top.name), { withFileTypes: true })) {
      if (sub.isDirectory() && existsSync(join(site, top.name, sub.name, 'index.html'))) files.push(join(top.name, sub.name, 'index.html'));
    }
  }
  return files.sort();
}

/**
 * Add the hidden search terms (compound parts, other forms of glossary terms) to every indexed page
 * of the built site, and write the site's vocabulary (src/search/search-terms.ts), on every core
 * (src/search/search-terms-files.ts; `threads` to choose). The glossary is read from the content
 * root (CONTENT_DIR).
 */
export async function addSearchTerms(site: string, root = contentRoot(), threads?: number): Promise<{ pages: number; words: number; bytes: number }> {
  const files = await indexedFiles(site);
  const { vocabulary: counts, stats } = await addTermsToPages(site, files, readGlossary(root).terms, threads);
  const vocabulary = encodeVocabulary(counts);
  const file = join(site, ...routes.searchVocabulary.split('/'));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, vocabulary);
  return { pages: stats.pages, words: decodeVocabulary(vocabulary).counts.size, bytes: Buffer.byteLength(vocabulary) };
}

const gunzipAsync = promisify(gunzip);
const execFileAsync = promisify(execFile);

/**
 * The `pagefind` command of the installed package (its npm wrapper picks the binary for this
 * platform). The package exports only its `import` entry, so look for it the way Node would: in
 * node_modules beside this file or in any folder above it.
 */
function pagefindCommand(): string {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    const bin = join(dir, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');
    if (existsSync(bin)) return bin;
    if (dirname(dir) === dir) throw new Error('Pagefind: het pakket pagefind is niet geïnstalleerd (npm ci)');
  }
}

/**
 * Index the built site in `site` (a folder) with Pagefind, then write the facet table beside it.
 * Pagefind runs as its command line, not through its Node API: the API's service mode took 36 s
 * where the command takes 27 s for the same 10,000 practice pages (bench/README.md).
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; ms: number; terms: { pages: number; words: number; bytes: number } }> {
  const started = Date.now();
  const outputPath = join(site, 'pagefind');
  if (!existsSync(site)) throw new Error(`Pagefind: de map ${site} bestaat niet`);
  const terms = await addSearchTerms(site);
  let output: string;
  try {
    // cwd is the site: Pagefind reads a pagefind.yml/.toml from its working folder, and none belongs there.
    const result = await execFileAsync(process.execPath, [pagefindCommand(), '--site', '.', '--glob', INDEXED_PAGES, '--output-path', outputPath], {
      cwd: site,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_COLOR: '1' },
    });
    output = result.stdout;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; message: string };
    const lines = (text = '') => text.split('\n').map((line) => line.trim()).filter(Boolean);
    // Pagefind repeats its error once per thread; its stdout ends with what it had done so far.
    const said = [...new Set(lines(e.stderr))];
    const context = lines(e.stdout).slice(-6);
    throw new Error(`Pagefind: de zoekindex maken is mislukt in ${site}:\n  ${[...(said.length ? said : [e.message]), ...context].join('\n  ')}`);
  }
  const pages = Number(/Indexed (\d+) pages?/.exec(output)?.[1] ?? NaN);
  if (!Number.isFinite(pages)) throw new Error(`Pagefind: onverwachte uitvoer, geen aantal pagina's gevonden:\n${output}`);
  await writeFacetTable(outputPath);
  return { pages, ms: Date.now() - started, terms };
}

/** The line the build log shows (and the benchmark reads). */
export const indexedMessage = (r: { pages: number; ms: number; terms?: { pages: number; words: number; bytes: number } }) =>
  `${r.pages} pagina's in de zoekindex (${r.ms} ms)` +
  (r.terms ? `; zoekwoorden toegevoegd aan ${r.terms.pages} pagina's, woordenlijst ${r.terms.words} woorden (${Math.round(r.terms.bytes / 1024)} kB)` : '');

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mao:pagefind',
    hooks: {
      // Under `astro dev` (npm start): the same index from the rendered pages (pagefind-dev.ts).
      ...devIndexHooks(buildSearchIndex),
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
