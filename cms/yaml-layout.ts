/**
 * The repository's layout of a Markdown file with YAML front matter, as a Decap format
 * ("mao-frontmatter"), so a save rewrites only what the editor changed and a reviewer's diff shows
 * only that. Decap's own "frontmatter" format rewrites a hand-written file's layout on its first
 * save (quotes, order, line breaks).
 *
 * The layout (every file in content/ is written this way; tests/cms/yaml-layout.test.ts holds each
 * of them to it, byte for byte):
 * - `---`, the front matter, `---`, then the body directly;
 * - the top-level keys in the order of the model's fields, nested keys in the order they come;
 * - ids and enum values (`passend-onderwijs`, `overijssel`), dates (`2026-03-10`) and upload paths
 *   (`/uploads/foto.jpg`) plain; every other text in double quotes; a text with line breaks as a
 *   literal block (`|`); numbers and true/false plain; lists as `- ` items indented under their key;
 * - no line is folded, however long.
 * Read with the YAML 1.2 core schema, like the build (src/model/load.ts): dates stay text.
 */
import { Document, parseDocument, visit, type Scalar } from 'yaml';
import { GLOSSARY_HEADER } from '../src/model/glossary.ts';

export const FORMAT_NAME = 'mao-frontmatter';

/** Texts written without quotes: ids and enum values (starting with a letter), dates, upload paths. */
const PLAIN = /^(?:[a-z][a-z0-9]*(?:-[a-z0-9]+)*|\d{4}-\d{2}-\d{2}|\/[A-Za-z0-9._/-]+)$/;
/** ids that YAML would read as something else than text when plain. */
const NOT_TEXT_WHEN_PLAIN = /^(?:true|false|null|~|yes|no|on|off)$/i;

function styleOf(value: string): Scalar.Type {
  if (value.includes('\n')) return 'BLOCK_LITERAL';
  return PLAIN.test(value) && !NOT_TEXT_WHEN_PLAIN.test(value) ? 'PLAIN' : 'QUOTE_DOUBLE';
}

/** The front matter's YAML (ending in a line break), top-level keys in `order` first. */
export function writeFrontMatter(data: Record<string, unknown>, order: readonly string[] = []): string {
  const known = order.filter((k) => k in data);
  const sorted = Object.fromEntries([...known, ...Object.keys(data).filter((k) => !known.includes(k))].map((k) => [k, data[k]]));
  const doc = new Document(sorted, { schema: 'core' });
  visit(doc, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string') node.type = styleOf(node.value);
    },
  });
  return doc.toString({ lineWidth: 0 });
}

export function readFile(content: string): Record<string, unknown> {
  const text = content.replace(/^\uFEFF/, '');
  const match = /^---\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return text.trim() ? { body: text } : {};
  const doc = parseDocument(match[1]!, { schema: 'core' });
  if (doc.errors.length) throw new Error(`YAML in de front matter is niet te lezen: ${doc.errors[0]!.message}`);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const body = text.slice(match[0].length);
  return body.trim() ? { ...data, body } : data;
}

export function writeFile(data: Record<string, unknown>, order: readonly string[] = []): string {
  const { body, ...front } = data;
  const yaml = Object.keys(front).length ? writeFrontMatter(front, order) : '';
  return `---\n${yaml}---\n${typeof body === 'string' ? body : ''}`;
}

/**
 * The begrippenlijst (content/begrippen.yml) in the same layout, under its fixed header comment
 * (GLOSSARY_HEADER): Decap's own YAML format would drop the comment and fold long lines, so every
 * save would rewrite the whole file.
 */
export const GLOSSARY_FORMAT_NAME = 'mao-yaml';

export function readYamlFile(content: string): Record<string, unknown> {
  const doc = parseDocument(content.replace(/^\uFEFF/, ''), { schema: 'core' });
  if (doc.errors.length) throw new Error(`De YAML is niet te lezen: ${doc.errors[0]!.message}`);
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}

export function writeGlossaryFile(data: Record<string, unknown>): string {
  return `${GLOSSARY_HEADER}${writeFrontMatter(data, ['terms'])}`;
}

export const glossaryFormat = {
  fromFile: readYamlFile,
  toFile: (data: Record<string, unknown>) => writeGlossaryFile(data),
};

/** The format Decap is given (CMS.registerCustomFormat); sortedKeys is the collection's field order. */
export const layoutFormat = {
  fromFile: readFile,
  toFile: (data: Record<string, unknown>, sortedKeys?: string[]) => writeFile(data, sortedKeys ?? []),
};
