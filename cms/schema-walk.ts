/**
 * Reading the content model's zod schemas: the few facts the CMS needs about a field (is it
 * optional, has it a default, its length and number limits, its pattern, the fields of an object,
 * the item of a list, the branches of a typed list). Pure functions over zod 4 definitions, shared
 * by the configuration derivation (config.ts), the save-time checks (validate.ts) and the tests.
 */
import type { z } from 'astro/zod';
import { fieldMeta, innerType, type FieldMeta } from '../src/model/fields.ts';

type AnyDef = { type: string; [key: string]: unknown };
type CheckDef = { check: string; [key: string]: unknown };

export const defOf = (s: z.ZodType): AnyDef => (s as unknown as { _zod: { def: AnyDef } })._zod.def;

/** The schema that does the work, under optional/default/pipe wrappers. */
export function core(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let inner = innerType(current); inner; inner = innerType(current)) current = inner;
  return current;
}

/** Every schema in the wrapper chain, outermost first (both sides of a pipe). */
export function chain(schema: z.ZodType): z.ZodType[] {
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

/** Whether a file may leave the field out: optional, or a default fills it in. */
export function isOptional(schema: z.ZodType): boolean {
  return chain(schema).some((s) => ['optional', 'default', 'prefault'].includes(defOf(s).type));
}

export function defaultValue(schema: z.ZodType): unknown {
  for (const s of chain(schema)) {
    const def = defOf(s);
    if (def.type === 'default' || def.type === 'prefault') {
      const value = def.defaultValue;
      return typeof value === 'function' ? (value as () => unknown)() : value;
    }
  }
  return undefined;
}

function checks(schema: z.ZodType): CheckDef[] {
  return chain(schema).flatMap((s) =>
    ((defOf(s).checks as { _zod: { def: CheckDef } }[] | undefined) ?? []).map((c) => c._zod.def),
  );
}

export interface Limits {
  minLength?: number;
  maxLength?: number;
  min?: number;
  max?: number;
  integer: boolean;
  /** Regular expressions the text must match (format checks such as e-mail, and regex checks). */
  patterns: RegExp[];
  /** Refinements written in the model (cross-field rules inside an object). */
  refined: boolean;
}

export function limits(schema: z.ZodType): Limits {
  const out: Limits = { integer: false, patterns: [], refined: false };
  for (const c of checks(schema)) {
    if (c.check === 'min_length') out.minLength = c.minimum as number;
    else if (c.check === 'max_length') out.maxLength = c.maximum as number;
    else if (c.check === 'greater_than') out.min = c.value as number;
    else if (c.check === 'less_than') out.max = c.value as number;
    else if (c.check === 'number_format' && /int/.test(String(c.format))) out.integer = true;
    else if (c.check === 'string_format' && c.pattern instanceof RegExp) out.patterns.push(c.pattern);
    else if (c.check === 'custom') out.refined = true;
  }
  // Formats such as z.email() carry their pattern on the schema itself, not in a check.
  for (const s of chain(schema)) {
    const def = defOf(s);
    if (def.type === 'string' && def.format && def.pattern instanceof RegExp && !out.patterns.includes(def.pattern)) {
      out.patterns.push(def.pattern);
    }
  }
  // A refinement on a date (is it a real day?) is not a cross-field rule: only objects count.
  if (defOf(core(schema)).type !== 'object') out.refined = false;
  return out;
}

/** The fields of an object schema, in the model's order. */
export function shapeOf(schema: z.ZodType): Record<string, z.ZodType> | undefined {
  const def = defOf(core(schema));
  return def.type === 'object' ? (def.shape as Record<string, z.ZodType>) : undefined;
}

/** The item schema of a list schema. */
export function elementOf(schema: z.ZodType): z.ZodType | undefined {
  const def = defOf(core(schema));
  return def.type === 'array' ? (def.element as z.ZodType) : undefined;
}

export interface Branch {
  /** The value of the discriminator (`type`) for this branch. */
  value: string;
  label: string;
  hint?: string;
  schema: z.ZodType;
}

/** The branches of a discriminated union (a typed list's item), with the discriminator key. */
export function branchesOf(schema: z.ZodType): { key: string; branches: Branch[] } | undefined {
  const def = defOf(core(schema));
  if (def.type !== 'union' || typeof def.discriminator !== 'string') return undefined;
  const key = def.discriminator;
  const branches = (def.options as z.ZodType[]).map((option) => {
    const shape = shapeOf(option) ?? {};
    const literal = defOf(shape[key]!);
    const meta = (option.meta() ?? {}) as Partial<FieldMeta>;
    return { value: String((literal.values as unknown[])[0]), label: meta.label ?? '', hint: meta.hint, schema: option };
  });
  return { key, branches };
}

export { fieldMeta };

/** The schema at a dotted model path such as "events.location" (lists are stepped through). */
export function schemaAtPath(
  collections: Record<string, { schema: z.ZodType }>,
  dotted: string,
): z.ZodType | undefined {
  const [collection, ...path] = dotted.split('.');
  let schema: z.ZodType | undefined = collection ? collections[collection]?.schema : undefined;
  for (const key of path) {
    if (!schema) return undefined;
    const element = elementOf(schema);
    if (element) schema = element;
    schema = shapeOf(schema)?.[key];
  }
  return schema;
}
