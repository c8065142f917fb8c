/**
 * Read a content root from disk and check all of it: every file against its collection's schema,
 * then the rules that span entries. Every problem is reported at once; nothing stops at the first.
 * This runs before Astro builds (see integration.ts), from `npm run check:content`, and in tests.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import { collections, collectionNames, type CollectionName } from './index.ts';
import { ID_PATTERN } from './fields.ts';
import { describeValue, problemFromIssue, type Problem } from './problems.ts';
import { checkRules } from './rules.ts';

export interface LoadedEntry {
  id: string;
  collection: CollectionName;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Parsed front matter (schema output) — only set when the schema accepted it. */
  data?: Record<string, unknown>;
  /** Raw front matter as written. */
  raw: Record<string, unknown>;
  body: string;
}

export type ContentSet = Record<CollectionName, LoadedEntry[]>;

export interface CheckResult {
  entries: ContentSet;
  problems: Problem[];
}

export function loadContent(root: string, projectRoot: string = process.cwd()): CheckResult {
  const problems: Problem[] = [];
  const entries = Object.fromEntries(collectionNames.map((c) => [c, [] as LoadedEntry[]])) as ContentSet;
  if (!existsSync(root) || !statSync(root).isDirectory()) {
    problems.push({ file: displayPath(projectRoot, root), field: '', found: 'geen map', allowed: 'een map met een submap per collectie (CONTENT_DIR)' });
    return { entries, problems };
  }

  for (const name of collectionNames) {
    const def = collections[name];
    const dir = join(root, name);
    if (!existsSync(dir)) continue;
    for (const fileName of readdirSync(dir).sort()) {
      const abs = join(dir, fileName);
      const file = displayPath(projectRoot, abs);
      if (fileName.startsWith('.') || statSync(abs).isDirectory()) continue;
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
  return { entries, problems };
}

/** A path as an editor can find it: relative to the project when inside it, else absolute. */
function displayPath(projectRoot: string, abs: string): string {
  const rel = relative(projectRoot, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

type FrontMatter = { raw: Record<string, unknown>; body: string } | { problem: Omit<Problem, 'file'> };

/**
 * Split a Markdown file into its YAML front matter and body. YAML 1.2 (the `yaml` package) keeps
 * dates and times as the text the editor wrote, so "2026-02-30" or a time without its offset is
 * reported instead of being silently turned into another moment.
 */
export function readFrontMatter(bytes: Buffer): FrontMatter {
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
  const doc = parseDocument(match[1]!, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length) {
    const error = doc.errors[0]!;
    const line = error.linePos?.[0]?.line;
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    return {
      problem: {
        field: 'front matter',
        found: `YAML die niet te lezen is${line ? ` op regel ${line + 1}` : ''} (${reason})`,
        allowed: 'geldige YAML tussen twee regels ---',
      },
    };
  }
  const raw = doc.toJS() as unknown;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { problem: { field: 'front matter', found: describeValue(raw), allowed: 'velden als "naam: waarde", één per regel' } };
  }
  return { raw: raw as Record<string, unknown>, body: text.slice(match[0].length) };
}
