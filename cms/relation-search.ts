/**
 * The pure part of the admin's relation widget (cms/widgets/FastRelation.tsx): reading the plain
 * values of an entry's front matter, and searching a collection as words. See that file for why.
 */
import { parse as parseYaml } from 'yaml';
import { readJsonScript } from '../src/lib/json-script.ts';

/** Most hits returned for a term (the control shows the field's options_length of them). */
export const MAX_HITS = 200;

export interface Hit {
  slug: string;
  path: string;
  collection?: string;
  data: Record<string, unknown>;
  i18n?: unknown;
}

export interface Indexed {
  hit: Hit;
  /** The search fields, normalised, joined by a newline. */
  text: string;
  /** The first search field (the title), normalised. */
  first: string;
}

/** Lower case, without accents (é → e), single spaces. */
export function normalise(text: unknown): string {
  return String(text ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

function fieldValue(data: Record<string, unknown>, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The entry as the control needs it: top-level plain values only (no lists, no groups, no body). */
export function slimHit(hit: Hit): Hit {
  const data: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(hit.data ?? {})) {
    if (key !== 'body' && (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')) data[key] = value;
  }
  return { slug: hit.slug, path: hit.path, collection: hit.collection, data, ...(hit.i18n ? { i18n: hit.i18n } : {}) };
}

export function indexHits(hits: Hit[], searchFields: string[]): Indexed[] {
  return hits.map((hit) => {
    const values = searchFields.map((f) => normalise(f === 'slug' ? hit.slug : fieldValue(hit.data ?? {}, f)));
    return { hit: slimHit(hit), text: values.join('\n'), first: values[0] ?? '' };
  });
}

/**
 * The hits for a term, best first (see the top of this file). Without a term: every entry, or, when
 * `chosen` (the slugs of the values already chosen) is given, the first `max` entries and after them
 * the chosen ones: all the control uses of them (its first options_length options, and the labels
 * of the chosen values), without turning 10,000 entries into options.
 */
export function search(index: Indexed[], term: string, max = MAX_HITS, chosen?: readonly string[]): Hit[] {
  const query = normalise(term);
  if (!query && !chosen) return index.map((e) => e.hit);
  if (!query) {
    const first = index.slice(0, max).map((e) => e.hit);
    const wanted = new Set(chosen);
    for (const hit of first) wanted.delete(hit.slug);
    return wanted.size ? [...first, ...index.filter((e) => wanted.has(e.hit.slug)).map((e) => e.hit)] : first;
  }
  const words = query.split(' ');
  const ranked: { rank: number; order: number; hit: Hit }[] = [];
  index.forEach((e, order) => {
    if (!words.every((w) => e.text.includes(w))) return;
    const rank = e.first.startsWith(query) ? 0 : e.text.startsWith(words[0]!) || e.text.includes(` ${words[0]}`) || e.text.includes(`\n${words[0]}`) ? 1 : 2;
    ranked.push({ rank, order, hit: e.hit });
  });
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return ranked.slice(0, max).map((r) => r.hit);
}

const PLAIN = /^[^"'[\]{}&*!|>%@`#,?-][^#]*$/;

/** One top-level value written on one line, without the YAML parser when it is plain or JSON-quoted. */
function scalar(text: string): unknown {
  if (PLAIN.test(text) && !text.includes(': ')) {
    const v = text.trim();
    if (/^-?\d+(\.\d+)?$/.test(v)) return Number(v);
    if (v === 'true' || v === 'false') return v === 'true';
    if (v === 'null' || v === '~' || v === '') return undefined;
    return v;
  }
  if (text.startsWith('"') && text.trimEnd().endsWith('"')) {
    try {
      return JSON.parse(text);
    } catch {
      /* a YAML escape JSON does not know: the YAML parser below */
    }
  }
  return NOT_PLAIN;
}
const NOT_PLAIN = Symbol('not plain');

/**
 * The top-level plain values (text, number, yes/no) of a Markdown file's YAML front matter; lists
 * and groups are left out. Only the lines of those values are parsed, not the whole front matter.
 */
export function frontMatterScalars(file: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(file);
  const out: Record<string, unknown> = {};
  if (!m) return out;
  const lines = m[1]!.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const key = /^([A-Za-z_][\w-]*):(?:[ \t]+(.*))?$/.exec(lines[i]!);
    if (!key) continue;
    let end = i + 1;
    while (end < lines.length && (lines[end] === '' || /^[ \t]/.test(lines[end]!))) end++;
    const rest = key[2]?.trim() ?? '';
    if (rest === '' || rest.startsWith('#') || rest === '[]' || rest === '{}') continue; // a list or a group (below, or empty)
    let value = end === i + 1 ? scalar(rest) : NOT_PLAIN;
    if (value === NOT_PLAIN) {
      try {
        value = (parseYaml(lines.slice(i, end).join('\n')) as Record<string, unknown> | null)?.[key[1]!];
      } catch {
        value = undefined;
      }
    }
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') out[key[1]!] = value;
    i = end - 1;
  }
  return out;
}

/** What decap-server (through cms/local-backend.ts) gives per file. */
export interface RawEntry {
  data: string;
  file: { path: string };
}

/** Where a collection's files are, to read them from the local backend. */
export interface Source {
  folder: string;
  extension: string;
}

const bySlug = (a: Hit, b: Hit) => (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);

/** The entries of a collection as hits, from the raw files of its folder, in the order of their file names. */
export function hitsFromFiles(collection: string, source: Source, files: RawEntry[]): Hit[] {
  const prefix = `${source.folder.replace(/\/+$/, '')}/`;
  const suffix = `.${source.extension}`;
  return files
    .map((f) => {
      const path = f.file.path;
      const inFolder = path.startsWith(prefix) ? path.slice(prefix.length) : path;
      const slug = inFolder.endsWith(suffix) ? inFolder.slice(0, -suffix.length) : inFolder;
      return { slug, path, collection, data: frontMatterScalars(f.data) };
    })
    .sort(bySlug);
}

/**
 * What the admin knows of the published entries when it is built: per collection, each entry's title
 * (its title field) and, where it has one, its `number`. cms/bundle.ts writes it into /admin/index.html
 * as a JSON data block (KNOWN_ENTRIES_ID) at every build, not into admin.js: admin.js is made from
 * code alone, so it stays the same (and cached, in the build and in the editor's browser) while the
 * content changes.
 */
export interface KnownEntries {
  titles: Record<string, Record<string, string>>;
  numbers: Record<string, Record<string, number>>;
}

export const KNOWN_ENTRIES_ID = 'cms-known-entries';

let knownInPage: KnownEntries | undefined;

/** The KnownEntries of the admin page (read once); none when the page has no such block. */
export function knownEntriesOfPage(): KnownEntries {
  if (knownInPage) return knownInPage;
  const value = typeof document === 'undefined' ? undefined : readJsonScript(document, KNOWN_ENTRIES_ID);
  const ok = (v: unknown): v is KnownEntries =>
    typeof v === 'object' && v !== null && typeof (v as KnownEntries).titles === 'object' && typeof (v as KnownEntries).numbers === 'object';
  knownInPage = ok(value) ? value : { titles: {}, numbers: {} };
  return knownInPage;
}

/**
 * The published entries known when the admin was built, as hits of the same shape as those read
 * from the backend (slug = file name, path in the folder, the title under the collection's title
 * field, and `number` where known), in the order of their file names.
 */
export function hitsFromKnown(collection: string, source: Source, titleField: string, known: KnownEntries): Hit[] {
  const titles = known.titles[collection] ?? {};
  const numbers = known.numbers[collection] ?? {};
  const folder = source.folder.replace(/\/+$/, '');
  return Object.entries(titles)
    .map(([slug, title]) => {
      const data: Record<string, unknown> = { [titleField]: title };
      if (typeof numbers[slug] === 'number') data.number = numbers[slug];
      return { slug, path: `${folder}/${slug}.${source.extension}`, collection, data };
    })
    .sort(bySlug);
}

