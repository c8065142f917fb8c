/**
 * The one reading of the content model's zod schemas. `fieldNode(schema)` gives a field as a tree:
 * its label, hint and kind (the model's widget), its reference target and enum, whether a file may
 * leave it out, its default, its limits, and its children (the fields of an object, the item of a
 * list, the branches of a typed list). Wrappers (optional, default, pipe…) and refinements are
 * looked through here and nowhere else.
 *
 * Used by the content check (problems.ts, rules.ts), the open data (src/opendata/) and the CMS
 * configuration and save-time checks (cms/). Nodes are made once per schema and kept.
 */
import type { z } from 'astro/zod';
import { fieldMeta, innerType, type CollectionName, type FieldMeta, type Widget } from './fields.ts';
import type { EnumDef } from './enums.ts';

type AnyDef = { type: string; [key: string]: unknown };
type CheckDef = { check: string; [key: string]: unknown };

/** The internal definition of a zod 4 schema (its type, shape, element, wrapped schema…). */
export const defOf = (s: z.ZodType): AnyDef => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

export interface Limits {
  /** Fewest characters of a text, or items of a list. */
  minLength?: number;
  /** Most characters of a text, or items of a list. */
  maxLength?: number;
  min?: number;
  max?: number;
  integer: boolean;
  /** Regular expressions the text must match (format checks such as e-mail, and regex checks). */
  patterns: RegExp[];
  /** Refinements written in the model on an object (rules that span its fields). */
  refined: boolean;
}

export interface Branch {
  /** The value of the discriminator (`type`) for this branch. */
  value: string;
  /** Every value of the discriminator that picks this branch. */
  values: unknown[];
  label: string;
  hint?: string;
  node: FieldNode;
}

export interface FieldNode {
  /** The schema as written, wrappers included. */
  schema: z.ZodType;
  /** The schema under the wrappers that let a file leave it out (optional, default): its own type, a pipe still a pipe. */
  base: z.ZodType;
  /** The schema under every wrapper (optional, default, pipe…): the one that does the work. */
  core: z.ZodType;
  /** zod's type of the core: 'object', 'array', 'union', 'string', 'number', 'enum', … */
  type: string;
  /** The model's meta (label, hint, widget, ref, enum, allowed); undefined for a field without it. */
  meta?: FieldMeta;
  label?: string;
  hint?: string;
  /** The model's widget: what kind of field this is for editors. */
  kind?: Widget;
  /** For references: the collection the id points at. */
  ref?: CollectionName;
  /** For selects: the enum with its Dutch labels. */
  enum?: EnumDef;
  /** An optional wrapper: the field may be missing, also from the parsed data. */
  optional: boolean;
  /** A default fills the field in when the file leaves it out. */
  hasDefault: boolean;
  /** The default (a fresh copy on each read), when there is one. */
  readonly default?: unknown;
  /** A file must have the field: neither optional nor defaulted. */
  required: boolean;
  /** zod's string format of the core (e.g. 'email', 'url', 'regex'). */
  format?: string;
  limits: Limits;
  /** An object's fields, in the model's order. */
  fields?: Record<string, FieldNode>;
  /** A list's item. */
  element?: FieldNode;
  /** A discriminated union's key and branches (a typed list's item). */
  union?: { key: string; branches: Branch[] };
}

/** Every schema in the wrapper chain, outermost first (both sides of a pipe). */
function chain(schema: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [];
  let current: z.ZodType | undefined = schema;
  while (current) {
    out.push(current);
    const def = defOf(current);
    if (def.type === 'pipe') out.push(...chain(def.in as z.ZodType));
    current = innerType(current);
  }
  return out;
}

const PRESENCE_WRAPPERS = new Set(['optional', 'default', 'prefault']);

/** The schema under its optional/default wrappers. */
function baseOf(schema: z.ZodType): z.ZodType {
  let current = schema;
  while (PRESENCE_WRAPPERS.has(defOf(current).type)) current = defOf(current).innerType as z.ZodType;
  return current;
}

/** The schema that does the work, under optional/default/pipe wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let inner = innerType(current); inner; inner = innerType(current)) current = inner;
  return current;
}

function limitsOf(layers: z.ZodType[], coreType: string): Limits {
  const out: Limits = { integer: false, patterns: [], refined: false };
  const checks = layers.flatMap((s) => ((defOf(s).checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def));
  for (const c of checks) {
    if (c.check === 'min_length') out.minLength = c.minimum as number;
    else if (c.check === 'max_length') out.maxLength = c.maximum as number;
    else if (c.check === 'greater_than') out.min = c.value as number;
    else if (c.check === 'less_than') out.max = c.value as number;
    else if (c.check === 'number_format' && /int/.test(String(c.format))) out.integer = true;
    else if (c.check === 'string_format' && c.pattern instanceof RegExp) out.patterns.push(c.pattern);
    else if (c.check === 'custom') out.refined = true;
  }
  // Formats such as z.email() carry their pattern on the schema itself, not in a check.
  for (const s of layers) {
    const def = defOf(s);
    if (def.type === 'string' && def.format && def.pattern instanceof RegExp && !out.patterns.includes(def.pattern)) out.patterns.push(def.pattern);
  }
  // A refinement on a date (is it a real day?) is not a cross-field rule: only objects count.
  if (coreType !== 'object') out.refined = false;
  return out;
}

const nodes = new WeakMap<z.ZodType, FieldNode>();

/** The field tree of a schema (made once per schema, then kept). */
export function fieldNode(schema: z.ZodType): FieldNode {
  let node = nodes.get(schema);
  if (node) return node;
  const layers = chain(schema);
  const core = unwrap(schema);
  const def = defOf(core);
  const meta = fieldMeta(schema);
  const defaults = layers.map(defOf).find((d) => d.type === 'default' || d.type === 'prefault');
  const optional = layers.some((s) => defOf(s).type === 'optional');
  node = {
    schema,
    base: baseOf(schema),
    core,
    type: def.type,
    meta,
    label: meta?.label,
    hint: meta?.hint,
    kind: meta?.widget,
    ref: meta?.ref,
    enum: meta?.enum,
    optional,
    hasDefault: Boolean(defaults),
    required: !optional && !defaults,
    limits: limitsOf(layers, def.type),
  };
  // Read afresh each time (zod hands out a copy), so no one shares a default list or object.
  if (defaults) {
    Object.defineProperty(node, 'default', {
      enumerable: true,
      get: () => (typeof defaults.defaultValue === 'function' ? (defaults.defaultValue as () => unknown)() : defaults.defaultValue),
    });
  }
  if (def.type === 'string' && typeof def.format === 'string') node.format = def.format;
  nodes.set(schema, node);
  if (def.type === 'object') {
    node.fields = Object.fromEntries(Object.entries(def.shape as Record<string, z.ZodType>).map(([key, child]) => [key, fieldNode(child)]));
  } else if (def.type === 'array') {
    node.element = fieldNode(def.element as z.ZodType);
  } else if (def.type === 'union' && typeof def.discriminator === 'string') {
    const key = def.discriminator;
    const branches = (def.options as z.ZodType[]).map((option) => {
      const branch = fieldNode(option);
      const values = (defOf(branch.fields![key]!.core).values as unknown[]) ?? [];
      const own = (option.meta() ?? {}) as Partial<FieldMeta>;
      return { value: String(values[0]), values, label: own.label ?? '', hint: own.hint, node: branch };
    });
    node.union = { key, branches };
  }
  return node;
}

/** The branch of a typed list's item that `value` (an object with the discriminator) names. */
export function branchFor(node: FieldNode, value: unknown): Branch | undefined {
  if (!node.union || !value || typeof value !== 'object') return undefined;
  const wanted = (value as Record<string, unknown>)[node.union.key];
  return node.union.branches.find((b) => b.values.includes(wanted));
}

/** The field at `path` (keys and list indexes), following the data to pick the branch of a typed list. */
export function nodeAt(root: FieldNode, path: readonly PropertyKey[], data: unknown): FieldNode | undefined {
  let node: FieldNode | undefined = root;
  let value: unknown = data;
  for (const key of path) {
    if (!node) return undefined;
    node = branchFor(node, value)?.node ?? node;
    if (node.fields) node = node.fields[key as string];
    else if (node.element) node = node.element;
    else return undefined;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[key as string] : undefined;
  }
  return node;
}

/** The field at a dotted model path such as "events.location" (lists are stepped through). */
export function nodeAtModelPath(collections: Record<string, { schema: z.ZodType }>, dotted: string): FieldNode | undefined {
  const [collection, ...path] = dotted.split('.');
  const schema = collection ? collections[collection]?.schema : undefined;
  let node = schema ? fieldNode(schema) : undefined;
  for (const key of path) {
    if (!node) return undefined;
    node = (node.element ?? node).fields?.[key];
  }
  return node;
}
