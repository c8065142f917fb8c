/**
 * Astro collections, one per collection of the content model (src/model/), read from the content
 * root (CONTENT_DIR, default content/). The schemas are the model's own: nothing is redefined here.
 *
 * The Markdown collections are loaded from the content check (src/model/load.ts), not read a second
 * time: the check has already read every file, parsed its front matter and validated it against the
 * same schema before Astro started (src/integrations/content-check.ts), so the loader renders the
 * bodies and stores what the check found. At 10,000 practices that saves reading, parsing and
 * validating them all again. The bodies' HTML is kept beside Astro's store, not in it
 * (src/lib/entry-html.ts says why); pages show it with entryHtml(). The MDX pages (a handful,
 * compiled as modules) keep Astro's glob loader.
 */
import { defineCollection } from 'astro:content';
import { glob, type Loader, type LoaderContext } from 'astro/loaders';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { collections as model, contentRoot, type CollectionDef } from './model/index.ts';
import { displayPath, loadContent, type CheckResult } from './model/load.ts';
import { formatProblem } from './model/problems.ts';
import { bodyStore, readSavedBodies, saveBodies } from './lib/entry-html.ts';

const root = contentRoot();

/**
 * The check of the whole content root. One check serves every collection while Astro loads them;
 * in `astro dev` a changed file starts a new one (loadContent re-reads only when a file changed).
 */
let loading: CheckResult | undefined;
const checked = (fresh = false): CheckResult => {
  if (fresh || !loading) loading = loadContent(root, process.cwd(), { reuse: true });
  return loading;
};

/** How long the content folder must be quiet after a change before `astro dev` checks it again. */
const SAVE_SETTLE_MS = 150;

/** Drafts never enter the store, so no page can show them. */
const isDraft = (data: Record<string, unknown> | undefined) => data?.draft === true;

/** Markdown entries as the content check read them, with their bodies rendered by the site's Markdown processor. */
function checkedEntries(def: CollectionDef): Loader {
  const dir = join(root, def.name);
  return {
    name: 'mao:checked-entries',
    load: async (context: LoaderContext) => {
      const { store, config, renderMarkdown, generateDigest, logger, watcher } = context;
      const projectRoot = fileURLToPath(config.root);
      const bodiesFile = fileURLToPath(new URL(`mao-entry-html/${def.name}.json`, config.cacheDir));
      const bodies = bodyStore(def.name);
      if (bodies.size === 0) for (const [id, body] of readSavedBodies(bodiesFile)) bodies.set(id, body);

      const sync = async (result: CheckResult, fromWatcher: boolean) => {
        // The check names files as displayPath does (relative to the project when inside it).
        const folder = displayPath(process.cwd(), dir) + sep;
        const mine = result.problems.filter((p) => p.file.startsWith(folder));
        if (mine.length && !watcher) {
          // The content check stops a build before this; a loader that found problems must not store half of them.
          throw new Error(`De content heeft problemen:\n  ${mine.map(formatProblem).join('\n  ')}`);
        }
        if (fromWatcher) for (const problem of mine) logger.error(formatProblem(problem));
        // A file with a problem (unreadable YAML, a field the schema refused, a broken rule; only
        // possible in `astro dev`) keeps its last good version on the site.
        const refused = new Set(mine.map((p) => basename(p.file).replace(/\.[^.]+$/, '')));
        const kept = new Set([...refused].filter((id) => store.has(id)));
        let bodiesChanged = false;
        for (const entry of result.entries[def.name]) {
          if (refused.has(entry.id) || !entry.data || isDraft(entry.data)) continue;
          kept.add(entry.id);
          const digest = generateDigest(`${JSON.stringify(entry.raw)}\n${entry.body}`);
          // Rendered before, by this build or the one that left the store and the saved bodies.
          if (store.get(entry.id)?.digest === digest && bodies.get(entry.id)?.digest === digest) continue;
          const filePath = join(dir, `${entry.id}.${def.extension}`);
          // renderMarkdown reads front matter off what it is given: an empty one first, so a body
          // that itself starts with a --- line (a horizontal rule) is never taken for front matter.
          const rendered = await renderMarkdown(`---\n---\n${entry.body}`, { fileURL: pathToFileURL(filePath) });
          bodies.set(entry.id, { digest, html: rendered.html });
          bodiesChanged = true;
          // The body and its HTML stay out of Astro's store (see src/lib/entry-html.ts): pages
          // show them with entryHtml(), not with astro:content's render().
          store.set({ id: entry.id, data: entry.data, filePath: relative(projectRoot, filePath).split(sep).join('/'), digest });
        }
        for (const id of store.keys()) if (!kept.has(id)) store.delete(id);
        for (const id of bodies.keys()) {
          if (kept.has(id)) continue;
          bodies.delete(id);
          bodiesChanged = true;
        }
        if (bodiesChanged) saveBodies(bodiesFile, bodies);
      };

      await sync(checked(), false);
      if (!watcher) return;
      watcher.add(dir);
      // An editor's save (the CMS's local server, most editors) empties the file and then writes
      // it: two events, and the file watcher may report only the first. Waiting until the folder
      // has been quiet for a moment means the check reads the file as saved, never half-written.
      const changed = new Set<string>();
      let timer: ReturnType<typeof setTimeout> | undefined;
      let running: Promise<void> = Promise.resolve();
      const recheck = async () => {
        const paths = [...changed].map((path) => relative(projectRoot, path));
        changed.clear();
        try {
          await sync(checked(true), true);
          logger.info(`${paths.join(', ')} opnieuw gelezen`);
        } catch (error) {
          logger.error(`${paths.join(', ')} opnieuw lezen mislukt: ${error instanceof Error ? error.message : String(error)}`);
        }
      };
      const onChange = (path: string) => {
        if (!path.startsWith(dir + sep) || !path.endsWith(`.${def.extension}`)) return;
        changed.add(path);
        clearTimeout(timer);
        // One re-check at a time: a later save waits for the one before it.
        timer = setTimeout(() => (running = running.then(recheck)), SAVE_SETTLE_MS);
      };
      watcher.on('change', onChange);
      watcher.on('add', onChange);
      watcher.on('unlink', onChange);
    },
  };
}

/** The glob loader (for the MDX pages), without drafts. */
function globEntries(def: CollectionDef): Loader {
  const inner = glob({ base: pathToFileURL(`${root}/${def.name}/`), pattern: `*.${def.extension}` });
  return {
    name: 'mao:published-entries',
    load: (context) => {
      const store = context.store;
      const published = new Proxy(store, {
        get(target, prop, receiver) {
          if (prop === 'set') {
            return (entry: { id: string; data: Record<string, unknown> }) => {
              if (isDraft(entry.data)) {
                target.delete(entry.id);
                return false;
              }
              return target.set(entry as Parameters<typeof target.set>[0]);
            };
          }
          const value = Reflect.get(target, prop, receiver);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
      return inner.load({ ...context, store: published });
    },
  };
}

/** Generic over the model entry, so each collection keeps its own schema type (and pages their typed data). */
function collection<Def extends CollectionDef>(def: Def) {
  return defineCollection({ loader: def.extension === 'mdx' ? globEntries(def) : checkedEntries(def), schema: def.schema as Def['schema'] });
}

export const collections = {
  advice: collection(model.advice),
  themes: collection(model.themes),
  organisations: collection(model.organisations),
  regions: collection(model.regions),
  practices: collection(model.practices),
  communities: collection(model.communities),
  events: collection(model.events),
  news: collection(model.news),
  newsletters: collection(model.newsletters),
  pages: collection(model.pages),
};
