/**
 * Read a content root from disk and check all of it: every file against its collection's schema,
 * then the rules that span entries. Every problem is reported at once; nothing stops at the first.
 * This runs before Astro builds (see integration.ts), from `npm run check:content`, and in tests.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
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
      let raw: Record<string, unknown>;
      let body: string;
      try {
        const parsed = parseFrontmatter(readFileSync(abs, 'utf8'), { frontmatter: 'remove' });
        raw = (parsed.frontmatter ?? {}) as Record<string, unknown>;
        body = parsed.content;
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
        problems.push({ file, field: 'front matter', found: `YAML die niet te lezen is (${reason})`, allowed: 'geldige YAML tussen twee regels ---' });
        continue;
      }
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
