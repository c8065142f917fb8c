/**
 * What happens to an entry between the editor and the file, in the browser, with the model's own
 * code: the same schema and the same rules (and so the same Dutch messages) as the build.
 *
 * - `normalise` turns what Decap's widgets leave behind into what the model expects: an optional
 *   field the editor emptied ("" or null) is left out instead of written empty; a list the file must
 *   have is written as [] instead of null; an optional group whose fields are all empty is left out.
 * - `checkEntry` runs the model's schema and its per-entry rules (an event's end after its start, a
 *   practice's update not before publication) and returns the problems, worded as in the build.
 *   References are not checked here: the relation widgets only offer entries that exist.
 */
import type { z } from 'astro/zod';
import { collections, collectionNames, type CollectionName } from '../src/model/index.ts';
import { problemFromIssue, formatPath, type Problem } from '../src/model/problems.ts';
import { checkRules, findReferences } from '../src/model/rules.ts';
import type { ContentSet } from '../src/model/content-set.ts';
import { branchFor, fieldNode, nodeAtModelPath, type FieldNode } from '../src/model/schema-walk.ts';

type Json = unknown;

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** The cleaned value, or undefined when the field should be left out of the file. */
export function normalise(value: Json, schema: z.ZodType): Json {
  return normaliseField(value, fieldNode(schema));
}

function normaliseField(value: Json, node: FieldNode): Json {
  const optional = !node.required;
  const kind = node.type;

  if (node.element) {
    if (isBlank(value)) return optional ? undefined : [];
    if (!Array.isArray(value)) return value;
    const element = node.element;
    const grouped = element.type === 'object' || element.type === 'union';
    const items = value.map((item) => (grouped ? (normaliseField(item, element) ?? {}) : item));
    // A list of plain values drops the empty rows an editor added and left blank.
    return grouped ? items : items.filter((item) => !isBlank(item));
  }

  if (kind === 'object' || kind === 'union') {
    if (isBlank(value)) return optional ? undefined : value;
    if (typeof value !== 'object' || Array.isArray(value)) return value;
    const record = value as Record<string, unknown>;
    const shape = kind === 'object' ? node.fields : branchFor(node, record)?.node.fields;
    if (!shape) return value;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(record)) {
      const child = shape[key];
      const cleaned = child ? normaliseField(v, child) : v;
      if (cleaned !== undefined) out[key] = cleaned;
    }
    // An optional group the editor left empty (blank texts, only default switches) is no group at all.
    if (optional && isEmptyValue(out)) return undefined;
    return out;
  }

  if (isBlank(value) && optional) return undefined;
  return value;
}

/** Normalise a whole entry's front matter (the body and unknown keys pass through). */
export function normaliseEntry(collection: CollectionName, data: Record<string, unknown>): Record<string, unknown> {
  const shape = collections[collection].schema.shape as Record<string, z.ZodType>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) {
    const child = shape[key];
    const cleaned = child ? normalise(value, child) : value;
    if (cleaned !== undefined) out[key] = cleaned;
  }
  // Fields the editor never touched: lists the file must have, written empty.
  for (const [key, child] of Object.entries(shape)) {
    if (!(key in out)) {
      const cleaned = normalise(undefined, child);
      if (cleaned !== undefined) out[key] = cleaned;
    }
  }
  return out;
}

/** The problems of one entry, with the model's schema and per-entry rules, worded as in the build. */
export function checkEntry(collection: CollectionName, data: Record<string, unknown>, file = `content/${collection}/…`): Problem[] {
  const schema = collections[collection].schema;
  const { body: _body, ...frontMatter } = data;
  const parsed = schema.safeParse(frontMatter);
  if (!parsed.success) return parsed.error.issues.flatMap((issue) => problemFromIssue(file, schema, frontMatter, issue));

  const id = file.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
  const set = Object.fromEntries(collectionNames.map((c) => [c, []])) as unknown as ContentSet;
  set[collection] = [{ id, collection, file, raw: frontMatter, data: parsed.data as Record<string, unknown>, body: String(_body ?? '') }];
  // Only the rules about the entry itself: references point at entries this set does not hold.
  const refPaths = new Set(findReferences(schema, parsed.data).map((r) => formatPath(r.path)));
  return checkRules(set).filter((p) => !refPaths.has(p.field) && p.field !== 'bestandsnaam');
}

/** A problem as the CMS shows it: the field's Dutch label first, then the build's words. */
export function describeProblem(p: Problem): string {
  return `${p.label ?? p.field}${p.label && p.field.includes('.') ? ` (${p.field})` : ''}: gevonden ${p.found}; toegestaan: ${p.allowed}`;
}

/** True when nothing in the value was filled in (false counts as not filled in). */
export function isEmptyValue(v: unknown): boolean {
  if (v === undefined || v === null || v === false) return true;
  if (typeof v === 'string') return v.trim() === '';
  if (Array.isArray(v)) return v.every(isEmptyValue);
  if (typeof v === 'object') return Object.values(v as Record<string, unknown>).every(isEmptyValue);
  return false;
}

/**
 * The model's own messages for a rule that spans a group's fields (an event's place, a
 * registration's address), for the group at `modelPath` ("events.location"); [] when it is fine.
 */
export function groupMessages(modelPath: string, value: unknown): string[] {
  const node = nodeAtModelPath(collections, modelPath);
  if (!node) return [];
  const result = node.schema.safeParse(normaliseField(value, node));
  if (result.success) return [];
  return [...new Set(result.error.issues.filter((i) => i.code === 'custom' && i.path.length === 0).map((i) => i.message))];
}
