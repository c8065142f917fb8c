/**
 * Search under `npm start` (astro dev): the same index as a build makes, from the pages the dev
 * server renders. At start it asks the dev server for every page the search indexes and writes them
 * to a folder as a build would; then the build's steps run on them: the hidden search terms and the
 * vocabulary (src/search/search-terms-live.ts, which gives what the build's pass gives), Pagefind's
 * command and the facet table (search-index.ts). The dev server serves the result at /pagefind/ and
 * routes.searchVocabulary. Same pages, same text, same terms: the same ranking and filters as the
 * built site. Until the first index is ready, a request for it waits.
 * After a change under the content folder (a save in the CMS) only the changed entry's page is
 * asked for again; its search terms are worked out again (and other pages' only when a compound of
 * theirs holds a word that came or went), and Pagefind indexes all pages again, since it cannot
 * replace one page in an index. A full index is kept in Astro's cache
 * folder with what the pages are made from (pagesState): the next start with the same code serves
 * it at once instead of asking for every page again, and then asks only for the pages of entries
 * changed meanwhile (a `git pull`), before it renders every page again in the background.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { AddressInfo } from 'node:net';
import { createHash } from 'node:crypto';
import { cpSync, createReadStream, existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { amsterdamDate, buildNow } from '../lib/dates.ts';
import { count } from '../lib/format.ts';
import { collections, collectionNames, contentRoot } from '../model/index.ts';
import { collectionEntryFiles } from '../model/load.ts';
import { readGlossary } from '../model/glossary-file.ts';
import { routes } from '../routes.ts';
import { PAGEFIND_DIR } from '../search/pagefind.ts';
import { LiveSearchTerms } from '../search/search-terms-live.ts';
import { indexedFiles, runPagefind, writeFacetTable, writeVocabulary, type FragmentFacets } from './search-index.ts';

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

/**
 * `task` for every item, `width` at a time. After a failure no item is started, and the first error
 * is thrown only once every started task has ended: none goes on writing after the caller has moved on.
 */
export async function eachLimited<T>(items: T[], width: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  let failed = false;
  const worker = async () => {
    for (let i = next++; i < items.length && !failed; i = next++) {
      try {
        await task(items[i]!);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const ended = await Promise.allSettled(Array.from({ length: width }, worker));
  const failure = ended.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
}

/**
 * What the pages of `npm start` are made from. `code`: a fingerprint of every file of src/ and
 * public/, the Astro config and the lockfile (path, size, time), the settings that change pages, the
 * project's folder and the day (the agenda's "upcoming" follows it). `content`: each file of the
 * content folder (by its path there) with its size and time. The same code at a new start means that
 * only the changed content files can have changed pages (DevIndexer.reuse).
 */
export interface PagesState {
  code: string;
  content: Record<string, string>;
}

/** Every file under `path` (or `path` itself), in a stable order, with its size and time. */
function eachStamp(path: string, add: (file: string, stamp: string) => void): void {
  if (!existsSync(path)) return;
  const stat = statSync(path);
  if (stat.isDirectory()) {
    for (const name of readdirSync(path).sort()) eachStamp(join(path, name), add);
  } else add(path, `${stat.size}:${stat.mtimeMs}`);
}

export function pagesState(root: string, projectRoot: string, env: Record<string, string | undefined> = process.env): PagesState {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([projectRoot, root, amsterdamDate(buildNow(env)), env.SITE_URL ?? '', env.SITE_NOW ?? '']));
  for (const path of [join(projectRoot, 'src'), join(projectRoot, 'public'), join(projectRoot, 'astro.config.mjs'), join(projectRoot, 'package-lock.json')]) {
    eachStamp(path, (file, stamp) => hash.update(`\0${file}\0${stamp}`));
  }
  const content: Record<string, string> = {};
  eachStamp(root, (file, stamp) => (content[relative(root, file)] = stamp));
  return { code: hash.digest('hex'), content };
}

export interface DevIndexResult {
  pages: number;
  /** Pages rendered (asked of the dev server) for this index. */
  rendered: number;
  ms: number;
  renderMs: number;
  /** Pages written again with their search terms, and the time that took. */
  termsWritten?: number;
  termsMs?: number;
  /** Pagefind's command and the facet table. */
  pagefindMs?: number;
  /** The folder with pagefind/ and the vocabulary: what is served. */
  dir: string;
  /** Taken from the last start, not made now. */
  reused?: boolean;
  /** With `reused`: the pages of the entries changed since that start, still to be asked for. */
  stale?: string[];
}

/** What the dev server serves of an index folder (see the middleware in devIndexHooks). */
const SERVED = [PAGEFIND_DIR, routes.searchVocabulary].map((path) => join(...path.split('/').filter(Boolean)));

/** What DevIndexer.save keeps beside the pages (site/), their terms (terms.json) and the index (index/). */
interface SavedIndex {
  /** PagesState.code and .content when it was made. */
  fingerprint: string;
  content: Record<string, string>;
  pages: number;
}

/**
 * The index of the site a dev server at `origin` serves, made in `work` (a folder of its own). The
 * pages it fetched stay in work/site/ with their search terms (what Pagefind reads): after a change to
 * one entry only that entry's page is asked for again (`index(paths)`), and only the pages whose
 * terms changed are written again. A page that shows a changed entry's title (a region's list, say)
 * keeps its old text until the next full index (`index()`): the entry itself is always current.
 */
export class DevIndexer {
  private readonly origin: string;
  private readonly root: string;
  private readonly work: string;
  private readonly site: string;
  /** The search terms of the pages in work/site/; undefined: every page's must be worked out again. */
  private terms: LiveSearchTerms | undefined;
  /** A hash of each page as the dev server last rendered it (for `stale`), by file. */
  private readonly rendered = new Map<string, string>();
  /** The facet table's rows of the last index, by fragment (writeFacetTable). */
  private readonly fragments: FragmentFacets = new Map();
  /** A `save` under way: work/site/ must not change until it has copied it. */
  private saving: Promise<void> | undefined;
  private count = 0;

  constructor(origin: string, root: string, work: string) {
    this.origin = origin;
    this.root = root;
    this.work = work;
    this.site = join(work, 'site');
  }

  /**
   * The page of a changed content file; null when it is no entry in a collection's folder (an editor's
   * hidden or temporary file: no page is made from it); undefined when the change may touch any page.
   */
  pathOf(file: string): string | null | undefined {
    const rel = relative(this.root, file).split(sep);
    if (rel.length !== 2) return undefined;
    const [folder, name] = rel as [string, string];
    const collection = collectionNames.find((c) => c === folder);
    if (!collection) return undefined;
    const extension = `.${collections[collection].extension}`;
    // As collectionEntryFiles reads a collection's folder: hidden files left out, only its extension.
    if (name.startsWith('.') || !name.endsWith(extension)) return null;
    return routes.entry(collection, name.slice(0, -extension.length));
  }

  private async fetchPage(path: string): Promise<string | undefined> {
    const response = await fetch(this.origin + path, { headers: { accept: 'text/html' } });
    if (response.status === 404) return undefined;
    if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
    return response.text();
  }

  private static hash = (html: string | undefined) => (html === undefined ? 'weg' : createHash('sha256').update(html).digest('hex'));

  /**
   * Of these pages, the ones the dev server now renders differently from when the index asked for
   * them (asked a moment after a change: Astro may still have been reloading the content the first time).
   */
  async stale(paths: Iterable<string>): Promise<string[]> {
    const out: string[] = [];
    for (const path of paths) {
      if (DevIndexer.hash(await this.fetchPage(path)) !== this.rendered.get(fileOf(path))) out.push(path);
    }
    return out;
  }

  /**
   * Ask for pages (all the search indexes, or these; a few at a time: the dev server renders one at a
   * time anyway), bring their search terms up to date, then let Pagefind index every page kept, into
   * a new folder.
   */
  async index(only?: Iterable<string>): Promise<DevIndexResult> {
    await this.saving;
    const started = Date.now();
    const paths = only ? [...new Set(only)] : indexedPaths(this.root);
    if (!only) {
      await rm(this.site, { recursive: true, force: true });
      this.terms = undefined;
    }
    const changed = new Map<string, string | undefined>();
    try {
      await eachLimited(paths, 4, async (path) => {
        const html = await this.fetchPage(path);
        const file = fileOf(path);
        this.rendered.set(file, DevIndexer.hash(html));
        // Written as rendered; writeTerms adds the terms. Of a full index only the names are kept.
        changed.set(file, only ? html : undefined);
        if (html === undefined) return rm(join(this.site, file), { force: true });
        await mkdir(join(this.site, file, '..'), { recursive: true });
        await writeFile(join(this.site, file), html);
      });
      const renderMs = Date.now() - started;
      const termsWritten = await this.writeTerms(only ? changed : undefined);
      const termsMs = Date.now() - started - renderMs;
      const dir = join(this.work, `index-${++this.count}`);
      await rm(dir, { recursive: true, force: true });
      const pagefind = join(dir, 'pagefind');
      const pages = await runPagefind(this.site, pagefind);
      await writeFacetTable(pagefind, this.fragments);
      await writeVocabulary(dir, this.terms!.vocabulary());
      const pagefindMs = Date.now() - started - renderMs - termsMs;
      return { pages, rendered: paths.length, ms: Date.now() - started, renderMs, termsWritten, termsMs, pagefindMs, dir };
    } catch (error) {
      this.terms = undefined; // work/site/ may be half written: work out every page's terms next time
      throw error;
    }
  }

  /**
   * Work out every page's terms now, if none are kept (after a `reuse` without them), so that the
   * first change need not: called when the dev server has nothing else to do.
   */
  async prepare(): Promise<void> {
    if (this.terms) return;
    await this.saving;
    try {
      await this.writeTerms();
    } catch {
      this.terms = undefined; // the next change does it
    }
  }

  /**
   * Bring the terms in work/site/ up to date: the changed pages (file → HTML as rendered, undefined:
   * gone) and the pages whose terms changed with them, or (no `changed`, or no terms yet) every page.
   * How many pages were written.
   */
  private async writeTerms(changed?: Map<string, string | undefined>): Promise<number> {
    let update: Iterable<[string, string | undefined]>;
    if (changed && this.terms) update = changed;
    else {
      this.terms = new LiveSearchTerms(readGlossary(this.root).terms);
      const site = this.site;
      const files = existsSync(site) ? await indexedFiles(site) : [];
      // One page at a time (a page's terms written before are not its words): only the words are kept.
      update = (function* () {
        for (const file of files) yield [file, readFileSync(join(site, file), 'utf8')] as [string, string];
      })();
    }
    const { write, removed } = this.terms.update(update);
    for (const file of removed) await rm(join(this.site, file), { force: true });
    let written = 0;
    for (const file of write) {
      const target = join(this.site, file);
      const html = await readFile(target, 'utf8');
      const withTerms = this.terms.withTerms(file, html);
      if (withTerms === html) continue; // the same terms as written before
      await writeFile(target, withTerms);
      written++;
    }
    return written;
  }

  /**
   * The index kept in `saved` by the last start, when it was made from the same code (`now.code`)
   * and every content file changed since has a page of its own: its pages (with their terms) become
   * this indexer's, its index the current one, and `stale` says which pages to ask for again.
   * Undefined otherwise (a changed begrippenlijst, say, may change any page).
   */
  async reuse(saved: string, now: PagesState): Promise<DevIndexResult | undefined> {
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
    if (about?.fingerprint !== now.code || typeof about.content !== 'object' || !about.content) return undefined;
    const stale = new Set<string>();
    for (const file of new Set([...Object.keys(about.content), ...Object.keys(now.content)])) {
      if (about.content[file] === now.content[file]) continue;
      const path = this.pathOf(join(this.root, file));
      if (path === undefined) return undefined;
      if (path) stale.add(path);
    }
    const dir = join(this.work, `index-${++this.count}`);
    try {
      await rm(this.site, { recursive: true, force: true });
      // cpSync: Node copies natively there, about 3 times as fast as the promise API's cp (which walks
      // the folders in JavaScript) for these thousands of small files; this runs while the dev server starts.
      cpSync(join(saved, 'site'), this.site, { recursive: true });
      cpSync(join(saved, 'index'), dir, { recursive: true });
    } catch {
      return undefined; // half there: render as usual
    }
    // Without them (damaged), prepare() or the first change works out every page's terms.
    this.terms = LiveSearchTerms.restore(readGlossary(this.root).terms, await readFile(join(saved, 'terms.json'), 'utf8').catch(() => ''));
    return { pages: about.pages, rendered: 0, ms: Date.now() - started, renderMs: 0, dir, reused: true, stale: [...stale].sort() };
  }

  /** Keep this full index, its pages and their terms in `saved` for the next start, swapped in whole. */
  save(saved: string, made: PagesState, result: DevIndexResult): Promise<void> {
    const terms = this.terms?.save();
    const fresh = `${saved}.new-${process.pid}`;
    this.saving = (async () => {
      try {
        if (!terms) throw new Error('no terms');
        await rm(fresh, { recursive: true, force: true });
        await cp(this.site, join(fresh, 'site'), { recursive: true });
        // Only what is served (the index and the vocabulary), not the pages Pagefind read.
        for (const served of SERVED) await cp(join(result.dir, served), join(fresh, 'index', served), { recursive: true });
        await writeFile(join(fresh, 'terms.json'), terms);
        await writeFile(join(fresh, 'saved.json'), JSON.stringify({ fingerprint: made.code, content: made.content, pages: result.pages } satisfies SavedIndex));
        await rm(saved, { recursive: true, force: true });
        await rename(fresh, saved);
      } catch {
        // The cache folder cannot be written (or nothing to keep): the next start renders every
        // page, as without a saved index.
        await rm(fresh, { recursive: true, force: true });
      } finally {
        this.saving = undefined;
      }
    })();
    return this.saving;
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

/**
 * Remove the work folders (mao-zoekindex-<pid>-<n>) of dev servers whose process is gone (killed
 * without cleaning up). A dev server that Astro restarts in the same process removes its own on close.
 */
async function removeAbandoned(): Promise<void> {
  for (const name of await readdir(tmpdir()).catch(() => [])) {
    const pid = name.startsWith(WORK_PREFIX) ? Number(name.slice(WORK_PREFIX.length).split('-')[0]) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !alive(pid)) await rm(join(tmpdir(), name), { recursive: true, force: true });
  }
}

/** Dev servers started in this process so far: Astro starts a new one after a change to its config. */
let serversStarted = 0;

/**
 * The file an index folder has for this URL path: from the first of `dirs` that has it (the current
 * index, then the one before). Undefined when none has it, or the path leads out of the folder.
 */
export async function indexFile(dirs: string[], path: string): Promise<string | undefined> {
  for (const dir of dirs) {
    const file = normalize(join(dir, path));
    if (relative(dir, file).split(sep)[0] === '..') return undefined;
    if (await stat(file).then((s) => s.isFile(), () => false)) return file;
  }
  return undefined;
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
    ? `zoekindex voor npm start: ${r.pages} pagina's van de vorige start, ` +
      (r.stale?.length ? `${count(r.stale.length, 'pagina', "pagina's")} veranderd sinds die start: die volgen` : 'er is niets veranderd') +
      ` (${r.ms} ms)`
    : `zoekindex voor npm start: ${r.pages} pagina's (${r.ms} ms; ${count(r.rendered, 'pagina', "pagina's")} opgevraagd in ${r.renderMs} ms, ` +
      `${count(r.termsWritten ?? 0, 'pagina', "pagina's")} met zoekwoorden geschreven in ${r.termsMs} ms, Pagefind ${r.pagefindMs} ms)`;

/** The hooks of the dev index, part of the mao:pagefind integration. */
export function devIndexHooks(): AstroIntegration['hooks'] {
  let command: string | undefined;
  let current: string | undefined;
  /**
   * The index before it, kept until the next. Astro reloads an open page as soon as a save changes
   * the content, seconds before the new index is made: that page loads the older index and later
   * asks for the parts it names, which have other names (content hashes) in the new one.
   */
  let previous: string | undefined;
  let failure: string | undefined;
  const waiting: (() => void)[] = [];
  const ready = () => (current || failure ? Promise.resolve() : new Promise<void>((done) => waiting.push(done)));
  let logger: AstroIntegrationLogger | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  /** After the pages changed since the last start: render every page again. */
  let refreshAll = false;
  let timer: NodeJS.Timeout | undefined;
  let closed = false;
  const root = contentRoot();
  /** Where the last full index is kept for the next start (in Astro's cache folder), and the project. */
  let saved: string | undefined;
  let projectRoot = process.cwd();

  let indexer: DevIndexer | undefined;
  // Outside the project: Vite watches the project's folders, and a thousand pages written there
  // would keep it busy. One folder per dev server; those of dev servers that are gone are removed.
  const work = join(tmpdir(), `${WORK_PREFIX}${process.pid}-${++serversStarted}`);
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
        let reused = false;
        const only = changed;
        changed = new Set();
        // Its pages were taken by the run before (the watcher's timer came after it): nothing to do.
        if (current && only?.size === 0) continue;
        try {
          const full = !(current && only);
          // Taken before the pages are asked for: a file changed meanwhile makes the saved index
          // not match at the next start.
          const state = full ? pagesState(root, projectRoot) : undefined;
          const result = (state && !current && saved ? await indexer!.reuse(saved, state) : undefined) ?? (await indexer!.index(full ? undefined : only!));
          if (state && !result.reused && saved && !closed) void indexer!.save(saved, state, result);
          reused = result.reused === true;
          if (result.stale?.length) {
            // Changed while the server was stopped: those pages first, then every page again (pages
            // that list a changed entry), which is kept for the next start.
            for (const path of result.stale) changed?.add(path);
            again = true;
            refreshAll = true;
          } else if (refreshAll && !reused) {
            refreshAll = false;
            if (!full) {
              changed = null;
              again = true;
            }
          }
          const old = previous;
          previous = current;
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
        // Served from the last start: get the search terms ready for the first save meanwhile.
        if (reused && !again && !closed) await indexer!.prepare();
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
          const file = await indexFile(previous ? [current, previous] : [current], path);
          if (!file) return next();
          res.statusCode = 200;
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('Cache-Control', 'no-store');
          // Gone since the stat (a newer index replaced this one): not found, not a crash.
          createReadStream(file)
            .on('error', () => {
              if (!res.headersSent) res.statusCode = 404;
              res.end();
            })
            .pipe(res);
        });
      });
      // A save in the CMS (or an editor) changes a file under the content folder: index again, once
      // the changes have stopped for a moment and Astro has reloaded the content.
      server.watcher.add(root);
      server.watcher.on('all', (_event, file) => {
        if (!indexer || !normalize(file).startsWith(normalize(root) + sep)) return;
        const path = indexer.pathOf(normalize(file));
        if (path === null) return; // a hidden or temporary file: no page changes
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
      indexer = new DevIndexer(`http://${loopback}:${port}`, root, work);
      void removeAbandoned().then(reindex);
    },
  };
}
