/**
 * The search index step, shared by `astro build` (src/integrations/pagefind.ts, scripts/search-index.ts)
 * and `npm start` (pagefind-dev.ts): the hidden search terms and the vocabulary, Pagefind's command on
 * the finished HTML, and the facet table read back from Pagefind's fragments. Only the main content
 * of pages (data-pagefind-body) is indexed; the header, footer, 404 page and /admin/ are not.
 */
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { gunzip, gzipSync } from 'node:zlib';
import { promisify } from 'node:util';
import { FACET_KEYS } from '../search/facets.ts';
import { addTermsToPages } from '../search/search-terms-files.ts';
import { decodeVocabulary, encodeVocabulary, type WordCounts } from '../search/vocabulary.ts';
import { readGlossary } from '../model/glossary-file.ts';
import { contentRoot } from '../model/index.ts';
import { routes } from '../routes.ts';
import { encodeFacetTable, FACET_TABLE_FILE, parseFragment, SORT_DATE_META, type FacetTablePage } from '../search/facet-table.ts';

/** What the facet table holds of one fragment, by the fragment's file name. */
export type FragmentFacets = Map<string, FacetTablePage>;

/**
 * The facet table (see src/search/facet-table.ts), read back from the fragments Pagefind wrote.
 * Pagefind names a fragment by a hash of its content, so a fragment in `known` (from an earlier
 * index: the dev index keeps it) need not be read again; `known` is left holding this index's.
 */
export async function writeFacetTable(outputPath: string, known: FragmentFacets = new Map()): Promise<number> {
  const dir = join(outputPath, 'fragment');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.pf_fragment')).sort();
  const pages: FacetTablePage[] = new Array(names.length);
  // A few reads and inflates at a time (zlib runs them on libuv's threads), in the names' order.
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < names.length; i = next++) {
      const name = names[i]!;
      const kept = known.get(name);
      if (kept) {
        pages[i] = kept;
        continue;
      }
      const text = (await gunzipAsync(await readFile(join(dir, name)))).toString('utf8');
      const fragment = parseFragment<{ filters?: Record<string, string[]>; meta?: Record<string, string> }>(text);
      pages[i] = { id: name.slice(0, -'.pf_fragment'.length), date: fragment.meta?.[SORT_DATE_META] ?? '', filters: fragment.filters ?? {} };
    }
  };
  await Promise.all(Array.from({ length: 8 }, worker));
  await writeFile(join(outputPath, FACET_TABLE_FILE), gzipSync(encodeFacetTable(pages, FACET_KEYS), { level: 9 }));
  known.clear();
  names.forEach((name, i) => known.set(name, pages[i]!));
  return pages.length;
}

/**
 * The HTML files Pagefind reads. Indexed pages (data-pagefind-body) are entry pages,
 * /<collection>/<id>/ and /<page>/; the paginated lists below them (/praktijkvoorbeelden/pagina/2/,
 * …/thema/<id>/3/: a third of all HTML at 10,000 practices) are not indexed, so Pagefind need not
 * parse them. tests/search/search-index.site.test.ts checks that every page with data-pagefind-body is in.
 */
export const INDEXED_PAGES = '{*/index.html,*/*/index.html}';

/** The files INDEXED_PAGES names, relative to the site: <dir>/index.html and <dir>/<dir>/index.html. */
export async function indexedFiles(site: string): Promise<string[]> {
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
  return { pages: stats.pages, ...(await writeVocabulary(site, counts)) };
}

/** Write the vocabulary file (routes.searchVocabulary) into the site folder `site`. */
export async function writeVocabulary(site: string, counts: WordCounts): Promise<{ words: number; bytes: number }> {
  const vocabulary = encodeVocabulary(counts);
  const file = join(site, ...routes.searchVocabulary.split('/'));
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, vocabulary);
  return { words: decodeVocabulary(vocabulary).counts.size, bytes: Buffer.byteLength(vocabulary) };
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
 * Pagefind's command on the pages of `site` (INDEXED_PAGES), writing the index to `outputPath`; the
 * number of pages it indexed. Pagefind runs as its command line, not through its Node API: the API's
 * service mode took 36 s where the command takes 27 s for the same 10,000 practice pages
 * (bench/README.md).
 */
export async function runPagefind(site: string, outputPath: string): Promise<number> {
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
  return pages;
}

/**
 * Index the built site in `site` (a folder): the search terms and vocabulary, Pagefind, then the
 * facet table beside Pagefind's index.
 */
export async function buildSearchIndex(site: string): Promise<{ pages: number; ms: number; terms: { pages: number; words: number; bytes: number } }> {
  const started = Date.now();
  const outputPath = join(site, 'pagefind');
  if (!existsSync(site)) throw new Error(`Pagefind: de map ${site} bestaat niet`);
  const terms = await addSearchTerms(site);
  const pages = await runPagefind(site, outputPath);
  await writeFacetTable(outputPath);
  return { pages, ms: Date.now() - started, terms };
}

/** The line the build log shows (and the benchmark reads). */
export const indexedMessage = (r: { pages: number; ms: number; terms?: { pages: number; words: number; bytes: number } }) =>
  `${r.pages} pagina's in de zoekindex (${r.ms} ms)` +
  (r.terms ? `; zoekwoorden toegevoegd aan ${r.terms.pages} pagina's, woordenlijst ${r.terms.words} woorden (${Math.round(r.terms.bytes / 1024)} kB)` : '');

