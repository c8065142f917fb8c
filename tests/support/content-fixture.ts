/**
 * A throw-away copy of the valid fixture set (tests/fixtures/valid/), to break one thing in and check.
 * Layout: <tmp>/content/<collection>/<id>.md, checked with <tmp> as the project root, so problems name
 * files as `content/practices/voorbeeldpraktijk.md`, exactly as an editor would see them.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import YAML from 'yaml';
import { onTestFinished } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem, type Problem } from '../../src/model/problems.ts';
import { VALID_FIXTURES } from './paths.ts';

export type Data = Record<string, any>;

/** Split a Markdown file into its front matter (parsed) and body. */
export function splitFrontMatter(text: string): { data: Data; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) throw new Error('geen front matter');
  return { data: (YAML.parse(match[1]!) ?? {}) as Data, body: match[2]! };
}

/**
 * Write front matter as YAML. YAML 1.1 output quotes every string that a YAML 1.1 reader (js-yaml,
 * which Astro uses) would turn into a date or a number, so a value arrives as the text we set.
 * Tests that need an unquoted value write the raw text instead (see `replaceText`).
 */
export function joinFrontMatter(data: Data, body: string): string {
  return `---\n${YAML.stringify(data, { version: '1.1', lineWidth: 0 })}---\n${body}`;
}

export class ContentFixture {
  /** The project root of this copy (problems are reported relative to it). */
  readonly root: string;
  /** The content root: root/content. */
  readonly content: string;

  /** Made inside a test, and removed when that test ends (passed or failed): a test may make several. */
  constructor(source: string = VALID_FIXTURES) {
    this.root = mkdtempSync(join(tmpdir(), 'mao-content-'));
    onTestFinished(() => this.cleanup());
    this.content = join(this.root, 'content');
    cpSync(source, this.content, { recursive: true });
  }

  path(rel: string): string {
    return join(this.content, rel);
  }

  read(rel: string): { data: Data; body: string } {
    return splitFrontMatter(readFileSync(this.path(rel), 'utf8'));
  }

  /** Change the front matter of one file (and optionally its body). */
  edit(rel: string, change: (data: Data) => void, body?: string): this {
    const file = this.read(rel);
    change(file.data);
    writeFileSync(this.path(rel), joinFrontMatter(file.data, body ?? file.body));
    return this;
  }

  /** Replace text in a file as written (for unquoted YAML values and broken syntax). */
  replaceText(rel: string, search: string | RegExp, replacement: string): this {
    const before = readFileSync(this.path(rel), 'utf8');
    const after = before.replace(search, replacement);
    if (after === before) throw new Error(`${rel}: "${String(search)}" niet gevonden`);
    writeFileSync(this.path(rel), after);
    return this;
  }

  write(rel: string, text: string): this {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), text);
    return this;
  }

  copy(fromRel: string, toRel: string): this {
    copyFileSync(this.path(fromRel), this.path(toRel));
    return this;
  }

  remove(rel: string): this {
    unlinkSync(this.path(rel));
    return this;
  }

  check(): Problem[] {
    return loadContent(this.content, this.root).problems;
  }

  lines(): string[] {
    return this.check().map(formatProblem);
  }

  cleanup(): void {
    rmSync(this.root, { recursive: true, force: true });
  }
}
