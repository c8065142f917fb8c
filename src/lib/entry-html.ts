/**
 * The rendered Markdown bodies of the collections loaded from the content check
 * (src/content.config.ts), kept beside Astro's content store instead of in it.
 *
 * Why: a build hands the whole store to the pages as one JavaScript module holding it as a single
 * string literal. V8 compiles such a literal at about 8 MB/s once it holds any character beyond
 * Latin-1 (a ’ in a title is enough). At 10,000 practices the bodies and their HTML are 71 of the
 * store's 90 MB: 11 s of every cold build went to compiling that string (bench/README.md). Here
 * the HTML is kept in memory (the loader and the pages run in one process, in `astro build` and
 * in `astro dev`) and in a JSON file in Astro's cache folder, which JSON.parse reads in a fraction
 * of a second, so a later build renders only the bodies that changed.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** One body: the digest of the file it came from (front matter and body), and its sanitised HTML. */
export interface RenderedBody {
  digest: string;
  html: string;
}

type BodyStore = Map<string, RenderedBody>;

/**
 * On globalThis: the content config (loaded through Vite) writes it and the pages (bundled apart)
 * read it, in the same process.
 */
const KEY = Symbol.for('met-andere-ogen.entry-html');
const shared = globalThis as { [KEY]?: Map<string, BodyStore> };

/** Bump when the stored shape or the Markdown pipeline's output changes, so old files are ignored. */
const FILE_VERSION = 1;

/** The bodies of one collection in this process (empty until its loader has run). */
export function bodyStore(collection: string): BodyStore {
  const all = (shared[KEY] ??= new Map());
  let store = all.get(collection);
  if (!store) all.set(collection, (store = new Map()));
  return store;
}

/** The sanitised HTML of an entry's Markdown body ('' for an empty body). */
export function entryHtml(entry: { collection: string; id: string }): string {
  const body = shared[KEY]?.get(entry.collection)?.get(entry.id);
  if (!body) {
    throw new Error(`Geen HTML voor ${entry.collection}/${entry.id}: de loader van src/content.config.ts heeft dit bestand niet gelezen`);
  }
  return body.html;
}

/** Whether an entry has body text (a body of only white space renders to nothing). */
export function hasBody(entry: { collection: string; id: string }): boolean {
  return entryHtml(entry).trim() !== '';
}

/**
 * The bodies a previous build saved in `file`; an empty map when there is none, or when it is from
 * another version or cannot be read (then every body is rendered again: slower, never wrong).
 */
export function readSavedBodies(file: string): BodyStore {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return new Map();
  }
  const saved = parsed as { version?: unknown; bodies?: unknown };
  if (saved?.version !== FILE_VERSION || !saved.bodies || typeof saved.bodies !== 'object') return new Map();
  const bodies: BodyStore = new Map();
  for (const [id, value] of Object.entries(saved.bodies as Record<string, unknown>)) {
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') bodies.set(id, { digest: value[0], html: value[1] });
  }
  return bodies;
}

/** Save the bodies to `file`, through a temporary file, so a build that stops halfway leaves no half file. */
export function saveBodies(file: string, bodies: BodyStore): void {
  mkdirSync(dirname(file), { recursive: true });
  const entries: Record<string, [string, string]> = {};
  for (const [id, body] of bodies) entries[id] = [body.digest, body.html];
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify({ version: FILE_VERSION, bodies: entries }));
  renameSync(temporary, file);
}
