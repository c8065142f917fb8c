/**
 * Read a content root from disk and check all of it: every file against its collection's schema,
 * then the rules that span entries, then the uploads in the project's media folder (public/uploads/:
 * size limit, and every upload content links to exists). Every problem is reported at once; nothing
 * stops at the first. This runs before Astro builds (src/integrations/content-check.ts), from
 * `npm run check:content`, and in tests.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { load as loadYamlFast } from 'js-yaml';
import { YAML_12_CORE } from './yaml-core.ts';
import { collections, collectionNames, MEDIA_FOLDER, PUBLIC_FOLDER, type CollectionName } from './index.ts';
import { ID_PATTERN } from './fields.ts';
import { describeValue, problemFromIssue, type Problem } from './problems.ts';
import { checkRules, checkUploads, type MediaFile } from './rules.ts';
import type { ContentSet, LoadedEntry } from './content-set.ts';
import { yamlReason } from './dutch.ts';
import { GLOSSARY_FILE } from './glossary.ts';
import { readGlossary } from './glossary-file.ts';

export type { ContentSet, LoadedEntry } from './content-set.ts';

export interface CheckResult {
  entries: ContentSet;
  problems: Problem[];
}

/**
 * The last check in this process, reused while no file it read has changed (see loadContent). Kept
 * on globalThis: Astro loads this module twice in one build (the integrations natively, the
 * content config through Vite), and both must see the same check.
 */
const LAST_CHECK = Symbol.for('met-andere-ogen.last-content-check');
const shared = globalThis as { [LAST_CHECK]?: { key: string; result: CheckResult } };

/**
 * What a check depends on: every file of the collections, the begrippenlijst and the media folder,
 * with size and time.
 * Stat-ing 10,000 files takes tens of milliseconds; reading and parsing them takes seconds.
 */
function fingerprint(root: string, projectRoot: string): string {
  const parts = [root, projectRoot];
  for (const name of collectionNames) {
    const dir = join(root, name);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      const stat = statSync(join(dir, fileName));
      parts.push(`${name}/${fileName}:${stat.size}:${stat.mtimeMs}`);
    }
  }
  const glossary = join(root, GLOSSARY_FILE);
  if (existsSync(glossary)) {
    const stat = statSync(glossary);
    parts.push(`${GLOSSARY_FILE}:${stat.size}:${stat.mtimeMs}`);
  }
  for (const media of readMediaFolder(projectRoot)) parts.push(`${media.file}:${media.bytes}`);
  return parts.join('\n');
}

/**
 * Check the content root `root`. `projectRoot` is where paths in messages start and where the media
 * folder (MEDIA_FOLDER, public/uploads/) is read. With `reuse` (the build's two calls: the check
 * before Astro loads the content, and the content config that loads what it found), a call gets the previous result when no
 * file has changed size or time since (at 10,000 practices that saves reading and parsing them all
 * again). The result is then shared: do not change it. Without `reuse` every call reads afresh.
 */
export function loadContent(root: string, projectRoot: string = process.cwd(), options: { reuse?: boolean } = {}): CheckResult {
  if (!options.reuse || !existsSync(root) || !statSync(root).isDirectory()) return checkContent(root, projectRoot);
  const key = fingerprint(root, projectRoot);
  if (shared[LAST_CHECK]?.key !== key) shared[LAST_CHECK] = { key, result: checkContent(root, projectRoot) };
  return shared[LAST_CHECK].result;
}

/**
 * The files in one collection's folder, sorted by name: hidden files and folders left out. Which of
 * them are entries (the collection's extension, a valid id) the caller decides: the check reports
 * the others, the admin and the dev search index pass over them (collectionEntryFiles).
 */
export function* collectionFiles(root: string, name: CollectionName): Generator<{ fileName: string; abs: string }> {
  const dir = join(root, name);
  if (!existsSync(dir)) return;
  for (const fileName of readdirSync(dir).sort()) {
    if (fileName.startsWith('.')) continue;
    const abs = join(dir, fileName);
    if (!statSync(abs).isDirectory()) yield { fileName, abs };
  }
}

/** The files with the collection's extension, with the id their name gives (not checked). */
export function* collectionEntryFiles(root: string, name: CollectionName): Generator<{ id: string; abs: string }> {
  const extension = `.${collections[name].extension}`;
  for (const { fileName, abs } of collectionFiles(root, name)) {
    if (fileName.endsWith(extension)) yield { id: fileName.slice(0, -extension.length), abs };
  }
}

function checkContent(root: string, projectRoot: string): CheckResult {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(collectionNames.map((c) => [c, [] as LoadedEntry[]])) as ContentSet;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    problems.push({ file: displayPath(projectRoot, root), field: '', found: 'geen map', allowed: 'een map met een submap per collectie (CONTENT_DIR)' });
    return { entries, problems };
  }

  for (const name of collectionNames) {
    const def = collections[name];
    for (const { fileName, abs } of collectionFiles(root, name)) {
      const file = displayPath(projectRoot, abs);
      const ext = fileName.slice(fileName.lastIndexOf('.') + 1);
      if (ext !== def.extension) {
        problems.push({ file, field: '', found: `een .${ext}-bestand`, allowed: `alleen .${def.extension}-bestanden in ${name}/` });
        continue;
      }
      const id = fileName.slice(0, -(ext.length + 1));
      if (!ID_PATTERN.test(id)) {
        problems.push({ file, field: 'bestandsnaam', found: describeValue(id), allowed: 'kleine letters (a-z), cijfers en losse streepjes, zoals dokwerk-gorinchem' });
        continue;
      }
      const parsed = readFrontMatter(readFileSync(abs));
      if ('problem' in parsed) {
        problems.push({ file, ...parsed.problem });
        continue;
      }
      const { raw, body } = parsed;
      const entry: LoadedEntry = { id, collection: name, file, raw, body };
      const result = def.schema.safeParse(raw);
      if (result.success) entry.data = result.data as Record<string, unknown>;
      else for (const issue of result.error.issues) problems.push(...problemFromIssue(file, def.schema, raw, issue));
      entries[name].push(entry);
    }
  }
  problems.push(...checkRules(entries));
  problems.push(...checkUploads(entries, readMediaFolder(projectRoot)));
  problems.push(...readGlossary(root, displayPath(projectRoot, join(root, GLOSSARY_FILE))).problems);
  return { entries, problems };
}

/** Every file in the project's media folder (hidden files aside), with its size. */
export function readMediaFolder(projectRoot: string): MediaFile[] {
  const dir = join(projectRoot, MEDIA_FOLDER);
  const files: MediaFile[] = [];
  const walk = (abs: string, rel: string) => {
    for (const name of readdirSync(abs).sort()) {
      if (name.startsWith('.')) continue;
      const path = join(abs, name);
      const stat = statSync(path);
      const relPath = rel ? `${rel}/${name}` : name;
      if (stat.isDirectory()) walk(path, relPath);
      else if (stat.isFile()) files.push({ file: `${MEDIA_FOLDER}/${relPath}`, url: `${PUBLIC_FOLDER}/${relPath}`, bytes: stat.size });
    }
  };
  if (existsSync(dir) && statSync(dir).isDirectory()) walk(dir, '');
  return files;
}

/** A path as an editor can find it: relative to the project when inside it, else absolute. */
export function displayPath(projectRoot: string, abs: string): string {
  const rel = relative(projectRoot, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

type FrontMatter = { raw: Record<string, unknown>; body: string } | { problem: Omit<Problem, 'file'> };

/**
 * Split a Markdown file into its YAML front matter and body. YAML 1.2 core schema: dates and times
 * stay the text the editor wrote, so "2026-02-30" or a time without its offset is reported instead
 * of being silently turned into another moment.
 *
 * Two parsers, one meaning. js-yaml with an exact YAML 1.2 core schema (./yaml-core.ts) reads the
 * front matter first: at 10,000 practices it takes under a second where the `yaml` package takes
 * four. Only when js-yaml refuses a document does the `yaml` package read it again, to name the line
 * and the reason (js-yaml's messages are terser), or to accept what js-yaml alone refuses.
 * tests/model/yaml-core.test.ts holds both to the same result on every kind of scalar.
 */
export function readFrontMatter(bytes: Buffer, options: { parser?: 'fast' | 'yaml' } = {}): FrontMatter {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: { field: 'bestand', found: 'tekst die geen UTF-8 is', allowed: 'een tekstbestand in UTF-8 (sla het op als UTF-8)' } };
  }
  text = text.replace(/^\uFEFF/, '');
  if (!text.trim()) return { problem: { field: 'bestand', found: 'een leeg bestand', allowed: 'front matter tussen twee regels --- en daaronder de tekst' } };
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return { problem: { field: 'front matter', found: 'geen front matter', allowed: 'velden tussen twee regels --- bovenaan het bestand' } };
  const yaml = match[1]!;
  let raw: unknown;
  let parsed = false;
  if (options.parser !== 'yaml') {
    try {
      raw = loadYamlFast(yaml, { schema: YAML_12_CORE, json: false });
      parsed = true;
    } catch {
      // Read again below, for the message.
    }
  }
  if (!parsed) {
    const doc = parseDocument(yaml, { prettyErrors: false, uniqueKeys: true });
    if (doc.errors.length) {
      const error = doc.errors[0]!;
      // The line in the file: the front matter starts on line 2, under the first ---.
      const offset = Math.min(error.pos[0], yaml.length);
      const line = yaml.slice(0, offset).split('\n').length + 1;
      const reason = yamlReason(error.code);
      return {
        problem: {
          field: 'front matter',
          found: `YAML die niet te lezen is (regel ${line}: ${reason})`,
          allowed: 'geldige YAML tussen twee regels ---',
        },
      };
    }
    raw = doc.toJS() as unknown;
  }
  // js-yaml gives undefined for empty front matter, the yaml package null.
  if (raw === undefined) raw = null;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problem: { field: 'front matter', found: describeValue(raw), allowed: 'velden als "naam: waarde", één per regel' } };
  }
  return { raw: raw as Record<string, unknown>, body: text.slice(match[0].length) };
}
