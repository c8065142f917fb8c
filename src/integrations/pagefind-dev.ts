/**
 * Search under `npm start` (astro dev): the same index as a build makes, from the pages the dev
 * server renders. At start, and again after every change under the content folder (a save in the
 * CMS), it asks the dev server for every page the search indexes, adds the same hidden search terms
 * (src/search/search-terms.ts), indexes them with Pagefind's Node API and writes the index, the facet
 * table and the vocabulary to a temporary folder, which the dev server serves at /pagefind/ and
 * routes.searchVocabulary. Same pages, same text, same Pagefind: the same ranking and filters as the
 * built site. Until the first index is ready, a request for it waits.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { AddressInfo } from 'node:net';
// Imported here, not when needed: astro.config.mjs is loaded by a module runner that is closed by then.
import * as pagefind from 'pagefind';
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { collections, collectionNames, contentRoot } from '../model/index.ts';
import { readGlossary } from '../model/glossary.ts';
import { routes } from '../routes.ts';
import { PAGEFIND_DIR } from '../search/pagefind.ts';
import { SearchTermsBuilder } from '../search/search-terms.ts';
import { encodeVocabulary } from '../search/vocabulary.ts';
import { writeFacetTable } from './pagefind.ts';

/**
 * The pages the search indexes: every entry's page and the begrippenlijst (the pages with
 * data-pagefind-body; tests/search/dev-index.site.test.ts checks this against the built site). An
 * entry the site does not show (a draft) answers 404 and is left out.
 */
export function indexedPaths(root: string): string[] {
  const paths: string[] = [routes.glossary];
  for (const name of collectionNames) {
    const dir = join(root, name);
    if (!existsSync(dir)) continue;
    const extension = `.${collections[name].extension}`;
    for (const file of readdirSync(dir).sort()) {
      if (file.endsWith(extension) && !file.startsWith('.')) paths.push(routes.entry(name, file.slice(0, -extension.length)));
    }
  }
  return paths;
}

/** `/praktijkvoorbeelden/x/` → `praktijkvoorbeelden/x/index.html`: the file a build writes, so Pagefind gives the same URL. */
const sourcePath = (path: string) => `${path.replace(/^\//, '')}index.html`;

async function mapLimited<T, R>(items: T[], width: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) out[i] = await task(items[i]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
  return out;
}

export interface DevIndexResult {
  pages: number;
  ms: number;
  /** The folder with pagefind/ and the vocabulary. */
  dir: string;
}

/**
 * Index the site a dev server at `origin` serves: fetch, add search terms, index, write to a new
 * temporary folder. Pages are fetched a few at a time (the dev server renders one at a time anyway).
 */
export async function indexDevServer(origin: string, root: string): Promise<DevIndexResult> {
  const started = Date.now();
  const paths = indexedPaths(root);
  const pages = (
    await mapLimited(paths, 4, async (path) => {
      const response = await fetch(origin + path, { headers: { accept: 'text/html' } });
      if (response.status === 404) return undefined;
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      return { path, html: await response.text() };
    })
  ).filter((p): p is { path: string; html: string } => p !== undefined);

  const builder = new SearchTermsBuilder(readGlossary(root).terms);
  for (const page of pages) builder.learn(page.html);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind: ${errors.join('; ')}`);
  try {
    for (const page of pages) {
      const added = await index.addHTMLFile({ sourcePath: sourcePath(page.path), content: builder.apply(page.html) });
      if (added.errors.length) throw new Error(`Pagefind: ${page.path}: ${added.errors.join('; ')}`);
    }
    const dir = await mkdtemp(join(tmpdir(), 'mao-zoekindex-'));
    const written = await index.writeFiles({ outputPath: join(dir, PAGEFIND_DIR) });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await writeFacetTable(join(dir, PAGEFIND_DIR));
    const vocabulary = join(dir, routes.searchVocabulary);
    await mkdir(join(vocabulary, '..'), { recursive: true });
    await writeFile(vocabulary, encodeVocabulary(builder.vocabulary));
    return { pages: pages.length, ms: Date.now() - started, dir };
  } finally {
    await index.deleteIndex();
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The line the dev log shows (and bench/dev-search.ts reads). */
export const devIndexedMessage = (r: { pages: number; ms: number }) => `zoekindex voor npm start: ${r.pages} pagina's (${r.ms} ms)`;

/** The hooks of the dev index, part of the mao:pagefind integration. */
export function devIndexHooks(): AstroIntegration['hooks'] {
  let command: string | undefined;
  let current: string | undefined;
  let failure: string | undefined;
  const waiting: (() => void)[] = [];
  const ready = () => (current || failure ? Promise.resolve() : new Promise<void>((done) => waiting.push(done)));
  let logger: AstroIntegrationLogger | undefined;
  let origin: string | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const root = contentRoot();

  const reindex = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          const result = await indexDevServer(origin!, root);
          const old = current;
          current = result.dir;
          failure = undefined;
          if (old) await rm(old, { recursive: true, force: true });
          if (closed) await rm(result.dir, { recursive: true, force: true });
          logger?.info(devIndexedMessage(result));
        } catch (error) {
          failure = error instanceof Error ? error.message : String(error);
          logger?.error(`zoekindex voor npm start mislukt: ${failure}`);
        }
        waiting.splice(0).forEach((done) => done());
      } while (again && !closed);
    })().finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    'astro:config:setup': (options) => {
      command = options.command;
    },
    'astro:server:setup': ({ server, logger: log }) => {
      // `astro build` and `astro sync` start a dev server of their own to load the content: no index there.
      if (command !== 'dev') return;
      logger = log;
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0]!);
        if (!path.startsWith(PAGEFIND_DIR) && path !== routes.searchVocabulary) return next();
        void ready().then(async () => {
          if (!current) {
            res.statusCode = 503;
            res.setHeader('Content-Type', TYPES['.txt']!);
            res.end(`De zoekindex kon niet gemaakt worden:\n${failure ?? 'onbekende fout'}`);
            return;
          }
          const file = normalize(join(current, path));
          if (relative(current, file).split(sep)[0] === '..' || !(await stat(file).then((s) => s.isFile(), () => false))) return next();
          res.statusCode = 200;
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          createReadStream(file).pipe(res);
        });
      });
      // A save in the CMS (or an editor) changes a file under the content folder: index again, once
      // the changes have stopped for a moment and Astro has reloaded the content.
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!origin || !normalize(file).startsWith(normalize(root) + sep)) return;
        clearTimeout(timer);
        timer = setTimeout(() => void reindex(), 800);
      });
      server.httpServer?.on('close', () => {
        closed = true;
        clearTimeout(timer);
        if (current) void rm(current, { recursive: true, force: true });
        void pagefind.close();
      });
    },
    'astro:server:start': ({ address }) => {
      if (command !== 'dev') return;
      const { address: host, port } = address as AddressInfo;
      const loopback = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      origin = `http://${loopback}:${port}`;
      void reindex();
    },
  };
}
