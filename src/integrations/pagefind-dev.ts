/**
 * Search under `npm start` (astro dev): the same index as a build makes, from the pages the dev
 * server renders. At start it asks the dev server for every page the search indexes and writes them
 * to a folder as a build would; then the build's own step runs on that folder (buildSearchIndex in
 * pagefind.ts: the hidden search terms, Pagefind's command, the facet table, the vocabulary). The dev server
 * serves the result at /pagefind/ and routes.searchVocabulary. Same pages, same text, same step: the
 * same ranking and filters as the built site. Until the first index is ready, a request for it waits.
 * After a change under the content folder (a save in the CMS) only the changed entry's page is
 * asked for again, and the index is made again from all pages. A full index is kept in Astro's cache
 * folder with a fingerprint of what the pages are made from (pagesFingerprint): the next start with
 * the same fingerprint serves it at once instead of asking for every page again.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { amsterdamDate, buildNow } from '../lib/dates.ts';
import { collections, collectionNames, contentRoot } from '../model/index.ts';
import { collectionEntryFiles } from '../model/load.ts';
import { routes } from '../routes.ts';
import { PAGEFIND_DIR } from '../search/pagefind.ts';

/**
 * The pages the search indexes: every entry's page and the begrippenlijst (the pages with
 * data-pagefind-body; tests/search/dev-index.site.test.ts checks this against the built site). An
 * entry the site does not show (a draft) answers 404 and is left out.
 */
export function indexedPaths(root: string): string[] {
  const paths: string[] = [routes.glossary];
  for (const name of collectionNames) {
    for (const { id } of collectionEntryFiles(root, name)) paths.push(routes.entry(name, id));
  }
  return paths;
}

/** `/praktijkvoorbeelden/x/` → `praktijkvoorbeelden/x/index.html`: the file a build writes. */
const fileOf = (path: string) => join(...path.split('/').filter(Boolean), 'index.html');

async function eachLimited<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < items.length; i = next++) await task(items[i]!);
  };
  await Promise.all(Array.from({ length: width }, worker));
}

/** The build's own index step (buildSearchIndex in pagefind.ts, which uses this module: passed in). */
export type BuildIndex = (site: string) => Promise<{ pages: number }>;

/**
 * What the pages of `npm start` are made from: every file of the content, of src/ and public/, the
 * Astro config and the lockfile (path, size, time), the settings that change pages, the project's
 * folder and the day (the agenda's "upcoming" follows it). The same fingerprint at a new start means
 * the same pages: the last index can be used at once (DevIndexer.reuse) instead of rendering every
 * page again.
 */
export function pagesFingerprint(root: string, projectRoot: string, env: Record<string, string | undefined> = process.env): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([projectRoot, root, amsterdamDate(buildNow(env)), env.SITE_URL ?? '', env.SITE_NOW ?? '']));
  const add = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (stat.isDirectory()) {
      for (const name of readdirSync(path).sort()) add(join(path, name));
    } else hash.update(`\0${path}\0${stat.size}\0${stat.mtimeMs}`);
  };
  for (const path of [root, join(projectRoot, 'src'), join(projectRoot, 'public'), join(projectRoot, 'astro.config.mjs'), join(projectRoot, 'package-lock.json')]) add(path);
  return hash.digest('hex');
}

export interface DevIndexResult {
  pages: number;
  /** Pages rendered (asked of the dev server) for this index. */
  rendered: number;
  ms: number;
  renderMs: number;
  /** The site folder with pagefind/ and the vocabulary. */
  dir: string;
  /** Taken from the last start (nothing changed since), not made now. */
  reused?: boolean;
}

/** What the dev server serves of an index folder (see the middleware in devIndexHooks). */
const SERVED = [PAGEFIND_DIR, routes.searchVocabulary].map((path) => join(...path.split('/').filter(Boolean)));

/** What DevIndexer.save keeps beside the pages and the index. */
interface SavedIndex {
  fingerprint: string;
  pages: number;
}

/**
 * The index of the site a dev server at `origin` serves, made in `work` (a folder of its own). The
 * pages it fetched stay in work/pages/: after a change to one entry only that entry's page is asked
 * for again (`index(paths)`), and the index is made again from all pages. A page that shows a changed
 * entry's title (a region's list, say) keeps its old text until the next full index (`index()`, at the
 * next start): the entry itself is always current.
 */
export class DevIndexer {
  private readonly origin: string;
  private readonly root: string;
  private readonly work: string;
  private readonly build: BuildIndex;
  private readonly pages: string;
  private count = 0;

  constructor(origin: string, root: string, work: string, build: BuildIndex) {
    this.origin = origin;
    this.root = root;
    this.work = work;
    this.build = build;
    this.pages = join(work, 'pages');
  }

  /** The page of a changed content file, or undefined when the change may touch any page. */
  pathOf(file: string): string | undefined {
    const rel = relative(this.root, file).split(sep);
    if (rel.length !== 2) return undefined;
    const [folder, name] = rel as [string, string];
    const collection = collectionNames.find((c) => c === folder);
    if (!collection) return undefined;
    const extension = `.${collections[collection].extension}`;
    return name.endsWith(extension) ? routes.entry(collection, name.slice(0, -extension.length)) : undefined;
  }

  private async fetchPage(path: string): Promise<string | undefined> {
    const response = await fetch(this.origin + path, { headers: { accept: 'text/html' } });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  }

  /**
   * Of these pages, the ones the dev server now renders differently from the copy the index has
   * (asked a moment after a change: Astro may still have been reloading the content the first time).
   */
  async stale(paths: Iterable<string>): Promise<string[]> {
    const out: string[] = [];
    for (const path of paths) {
      const html = await this.fetchPage(path);
      const kept = await readFile(join(this.pages, fileOf(path)), 'utf8').catch(() => undefined);
      if (html !== kept) out.push(path);
    }
    return out;
  }

  /**
   * Ask for pages (all the search indexes, or these; a few at a time: the dev server renders one at a
   * time anyway), then make the index from every page kept, in a new folder.
   */
  async index(only?: Iterable<string>): Promise<DevIndexResult> {
    const started = Date.now();
    const paths = only ? [...new Set(only)] : indexedPaths(this.root);
    if (!only) await rm(this.pages, { recursive: true, force: true });
    await eachLimited(paths, 4, async (path) => {
      const html = await this.fetchPage(path);
      const file = join(this.pages, fileOf(path));
      if (html === undefined) return rm(file, { force: true });
      await mkdir(join(file, '..'), { recursive: true });
      await writeFile(file, html);
    });
    const renderMs = Date.now() - started;
    const dir = join(this.work, `index-${++this.count}`);
    await rm(dir, { recursive: true, force: true });
    await cp(this.pages, dir, { recursive: true });
    const result = await this.build(dir);
    return { pages: result.pages, rendered: paths.length, ms: Date.now() - started, renderMs, dir };
  }

  /**
   * The index kept in `saved` by the last start, when it was made from the same files (`fingerprint`):
   * its pages become this indexer's pages, its index the current one. Undefined otherwise.
   */
  async reuse(saved: string, fingerprint: string): Promise<DevIndexResult | undefined> {
    const started = Date.now();
    // None yet, or cut short by a stop while it was written: render as usual.
    const about = await readFile(join(saved, 'saved.json'), 'utf8').then(
      (text) => {
        try {
          return JSON.parse(text) as SavedIndex;
        } catch {
          return undefined;
        }
      },
      () => undefined,
    );
    if (about?.fingerprint !== fingerprint) return undefined;
    const dir = join(this.work, `index-${++this.count}`);
    try {
      await rm(this.pages, { recursive: true, force: true });
      await cp(join(saved, 'pages'), this.pages, { recursive: true });
      await cp(join(saved, 'index'), dir, { recursive: true });
    } catch {
      return undefined; // half there: render as usual
    }
    return { pages: about.pages, rendered: 0, ms: Date.now() - started, renderMs: 0, dir, reused: true };
  }

  /** Keep this full index and its pages in `saved` for the next start, swapped in whole. */
  async save(saved: string, fingerprint: string, result: DevIndexResult): Promise<void> {
    const fresh = `${saved}.new-${process.pid}`;
    try {
      await rm(fresh, { recursive: true, force: true });
      await cp(this.pages, join(fresh, 'pages'), { recursive: true });
      // Only what is served (the index and the vocabulary), not the pages Pagefind read.
      for (const served of SERVED) await cp(join(result.dir, served), join(fresh, 'index', served), { recursive: true });
      await writeFile(join(fresh, 'saved.json'), JSON.stringify({ fingerprint, pages: result.pages } satisfies SavedIndex));
      await rm(saved, { recursive: true, force: true });
      await rename(fresh, saved);
    } catch {
      // A newer index replaced this one while it was copied, or the cache folder cannot be written:
      // the next start renders every page, as without a saved index.
      await rm(fresh, { recursive: true, force: true });
    }
  }
}

const WORK_PREFIX = 'mao-zoekindex-';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Remove the work folders of dev servers that were stopped without cleaning up (killed). */
async function removeAbandoned(): Promise<void> {
  for (const name of await readdir(tmpdir()).catch(() => [])) {
    const pid = name.startsWith(WORK_PREFIX) ? Number(name.slice(WORK_PREFIX.length)) : NaN;
    if (Number.isInteger(pid) && (pid === process.pid || !alive(pid))) await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** The line the dev log shows (and bench/dev-search.ts reads). */
export const devIndexedMessage = (r: DevIndexResult) =>
  r.reused
    ? `zoekindex voor npm start: ${r.pages} pagina's van de vorige start, er is niets veranderd (${r.ms} ms)`
    : `zoekindex voor npm start: ${r.pages} pagina's (${r.ms} ms; ${r.rendered} pagina's opgevraagd in ${r.renderMs} ms)`;

/** The hooks of the dev index, part of the mao:pagefind integration. */
export function devIndexHooks(build: BuildIndex): AstroIntegration['hooks'] {
  let command: string | undefined;
  let current: string | undefined;
  let failure: string | undefined;
  const waiting: (() => void)[] = [];
  const ready = () => (current || failure ? Promise.resolve() : new Promise<void>((done) => waiting.push(done)));
  let logger: AstroIntegrationLogger | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const root = contentRoot();
  /** Where the last full index is kept for the next start (in Astro's cache folder), and the project. */
  let saved: string | undefined;
  let projectRoot = process.cwd();

  let indexer: DevIndexer | undefined;
  // Outside the project: Vite watches the project's folders, and a thousand pages written there
  // would keep it busy. One folder per dev server; those of dev servers that are gone are removed.
  const work = join(tmpdir(), `${WORK_PREFIX}${process.pid}`);
  /** Pages of changed entries since the last index; null: every page (a change outside the entries). */
  let changed: Set<string> | null = null;

  const reindex = (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        const only = changed;
        changed = new Set();
        try {
          const full = !(current && only);
          // Taken before the pages are asked for: a file changed meanwhile makes the saved index
          // not match at the next start.
          const fingerprint = full ? pagesFingerprint(root, projectRoot) : '';
          const result = (full && !current && saved ? await indexer!.reuse(saved, fingerprint) : undefined) ?? (await indexer!.index(full ? undefined : only!));
          if (full && !result.reused && saved) void indexer!.save(saved, fingerprint, result);
          const old = current;
          current = result.dir;
          failure = undefined;
          if (old) await rm(old, { recursive: true, force: true });
          if (closed) await rm(result.dir, { recursive: true, force: true });
          logger?.info(devIndexedMessage(result));
          // Ask for the changed pages once more in a moment; index again if they changed since.
          if (only && only.size) {
            setTimeout(() => {
              if (closed || !indexer) return;
              void indexer.stale(only).then((paths) => {
                if (!paths.length || !changed) return;
                for (const path of paths) changed.add(path);
                void reindex();
              }, () => {});
            }, 2000).unref();
          }
        } catch (error) {
          changed = null;
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
      saved = join(fileURLToPath(options.config.cacheDir), 'dev-search-index');
      projectRoot = fileURLToPath(options.config.root);
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
        if (!indexer || !normalize(file).startsWith(normalize(root) + sep)) return;
        const path = indexer.pathOf(normalize(file));
        if (path && changed) changed.add(path);
        else changed = null;
        clearTimeout(timer);
        timer = setTimeout(() => void reindex(), 800);
      });
      server.httpServer?.on('close', () => {
        closed = true;
        clearTimeout(timer);
        void rm(work, { recursive: true, force: true });
      });
      // Ctrl-C ends the process without closing the server first.
      process.once('exit', () => rmSync(work, { recursive: true, force: true }));
    },
    'astro:server:start': ({ address }) => {
      if (command !== 'dev') return;
      const { address: host, port } = address as AddressInfo;
      const loopback = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
      indexer = new DevIndexer(`http://${loopback}:${port}`, root, work, build);
      void removeAbandoned().then(reindex);
    },
  };
}
