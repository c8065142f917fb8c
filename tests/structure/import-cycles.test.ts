/**
 * No import cycles anywhere under src/, cms/ and scripts/, type-only imports included: a module and
 * what it imports must form a tree, so each idea has one place and can be read (and changed) from
 * the bottom up. Imports are read with TypeScript's own pre-processor (import, export … from,
 * import type, dynamic import(), require), in .ts/.tsx/.mts/.js/.mjs files and in the frontmatter
 * and <script> tags of .astro files; only relative specifiers are followed (packages cannot import
 * the project back).
 */
import { describe, expect, test } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..', '..');
const FOLDERS = ['src', 'cms', 'scripts'];
const SOURCE = new Set(['.ts', '.tsx', '.mts', '.js', '.mjs', '.astro']);
const TRY_EXTENSIONS = ['', '.ts', '.tsx', '.mts', '.js', '.mjs', '.astro', '/index.ts', '/index.js'];

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.has(extname(name)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The script text of a file: all of it, or an .astro file's frontmatter and <script> tags. */
export function scriptText(file: string, text: string): string {
  if (!file.endsWith('.astro')) return text;
  const parts: string[] = [];
  const front = /^\s*---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  if (front) parts.push(front[1]!);
  for (const m of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)) parts.push(m[1]!);
  return parts.join('\n');
}

/** The files under `root` a file imports (relative specifiers only, resolved to existing files). */
export function importsOf(file: string, text: string): string[] {
  const info = ts.preProcessFile(scriptText(file, text), true, true);
  const out = new Set<string>();
  for (const ref of info.importedFiles) {
    const spec = ref.fileName;
    if (!spec.startsWith('./') && !spec.startsWith('../')) continue;
    const base = resolve(dirname(file), spec.replace(/[?#].*$/, ''));
    const found = TRY_EXTENSIONS.map((ext) => base + ext).find((p) => existsSync(p) && statSync(p).isFile());
    if (found) out.add(found);
  }
  return [...out];
}

/** The cycles of a graph: each strongly connected part with more than one module (or a self-import), as one closed path. */
export function findCycles(graph: Map<string, string[]>): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const parts: string[][] = [];
  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const part: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        part.push(w);
      } while (w !== v);
      if (part.length > 1 || (graph.get(v) ?? []).includes(v)) parts.push(part);
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);
  // One readable closed path per part: from its first module back to it, inside the part.
  return parts.map((part) => {
    const inPart = new Set(part);
    const start = [...part].sort()[0]!;
    const previous = new Map<string, string>();
    const queue = [start];
    while (queue.length) {
      const v = queue.shift()!;
      for (const w of graph.get(v) ?? []) {
        if (!inPart.has(w)) continue;
        if (w === start) {
          const path = [start];
          for (let at = v; at !== start; at = previous.get(at)!) path.splice(1, 0, at);
          return [...path, start];
        }
        if (!previous.has(w)) {
          previous.set(w, v);
          queue.push(w);
        }
      }
    }
    return [start, start];
  });
}

function projectGraph(root: string, folders: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((f) => sourceFiles(join(root, f)))) {
    graph.set(relative(root, file), importsOf(file, readFileSync(file, 'utf8')).map((p) => relative(root, p)));
  }
  return graph;
}

describe('import cycles', () => {
  test(`none under ${FOLDERS.join('/, ')}/ (type-only imports included)`, () => {
    const graph = projectGraph(ROOT, FOLDERS);
    expect(graph.size, 'the walk finds the project files').toBeGreaterThan(50);
    expect(findCycles(graph).map((cycle) => cycle.join(' → '))).toEqual([]);
  });

  test('the check finds a cycle through a type-only import, an .astro frontmatter and a dynamic import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mao-cycles-'));
    try {
      writeFileSync(join(dir, 'a.ts'), "import type { B } from './b.ts';\nexport type A = B;\n");
      writeFileSync(join(dir, 'b.ts'), "import { c } from './c';\nexport type B = string;\nexport const b = c;\n");
      writeFileSync(join(dir, 'c.ts'), "export const c = () => import('./a.ts');\n");
      writeFileSync(join(dir, 'View.astro'), "---\nimport { d } from './d.ts';\n---\n<p>{d}</p>\n");
      writeFileSync(join(dir, 'd.ts'), "export { default as View } from './View.astro';\nexport const d = 1;\n");
      writeFileSync(join(dir, 'leaf.ts'), "import { b } from './b.ts';\nimport 'node:fs';\nexport const leaf = b;\n");
      const graph = projectGraph(dir, ['.']);
      expect(graph.get('leaf.ts')).toEqual(['b.ts']);
      expect(findCycles(graph).map((c) => c.join(' → ')).sort()).toEqual(['View.astro → d.ts → View.astro', 'a.ts → b.ts → c.ts → a.ts']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
