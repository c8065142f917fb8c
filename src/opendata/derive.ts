/**
 * The published form of an entry, derived from its schema in the content model (src/model/), so a
 * field added to the model appears in the open data, its JSON Schema and its CSV without a second
 * definition. One walk over the schema gives both the published zod schema (for the JSON Schema and
 * to check every record before it is written) and the published value of an entry.
 *
 * What changes on the way out:
 * - personal contact details are left out: every e-mail field (zod's email format) and every field
 *   named `phone`, wherever they sit (contact, connectors, coalitionConnector, registration…);
 *   e-mail addresses and phone numbers in free text are replaced by a note;
 * - `draft` is left out (only published entries are in the data);
 * - a default-valued field is always present (as Astro's data has it);
 * - an image's `src` becomes an absolute URL;
 * - a date-time is written in full (RFC 3339, with seconds and its offset).
 */
import { z } from 'astro/zod';
import { defOf, fieldNode, type FieldNode } from '../model/schema-walk.ts';

/** Fields that are never published, whatever collection they are in. */
const OMITTED_KEYS = new Set(['draft', 'phone']);

export const EMAIL_NOTE = '[e-mailadres weggelaten]';
export const PHONE_NOTE = '[telefoonnummer weggelaten]';
const EMAIL_IN_TEXT = /[A-Z0-9._%+-]+@[A-Z0-9-]+(?:\.[A-Z0-9-]+)*\.[A-Z]{2,}/gi;
/**
 * A Dutch phone number in text: 0 (or +31 / 0031, optionally with "(0)") and nine more digits, with
 * spaces, dots, dashes or brackets between: "053 - 123 45 67", "(053) 1234567", "+31 (0)6 12345678".
 */
const PHONE_IN_TEXT = /(?:(?:\+|00)31[\s.-]?(?:\(0\)[\s.-]?)?|(?<![\w+(])\(?0)(?:[\s.()-]{0,3}\d){9}(?![\s.-]?\d)/g;

/** Whether a field of an object is left out of the open data: an e-mail field, or a key never published. */
export function isUnpublished(key: string, field: FieldNode): boolean {
  return OMITTED_KEYS.has(key) || (field.type === 'string' && field.format === 'email');
}

function keepMeta<T extends z.ZodType>(copy: T, original: z.ZodType): T {
  const meta = original.meta();
  return (meta ? copy.meta(meta) : copy) as T;
}

/** The schema of the published form of a model schema (see the file comment). */
export function publishedSchema(schema: z.ZodType): z.ZodType {
  return publishedField(fieldNode(schema));
}

function publishedField(field: FieldNode): z.ZodType {
  // Astro's data always has a default-valued field (the default filled in), so only an optional
  // field stays optional in the output.
  return field.optional ? publishedBase(field).optional() : publishedBase(field);
}

function publishedBase(field: FieldNode): z.ZodType {
  const { base } = field;
  if (field.fields) {
    const shape: Record<string, z.ZodType> = {};
    for (const [key, child] of Object.entries(field.fields)) {
      if (!isUnpublished(key, child)) shape[key] = publishedField(child);
    }
    return keepMeta(base.clone({ ...defOf(base), shape } as never), base);
  }
  if (field.element) return keepMeta(base.clone({ ...defOf(base), element: publishedField(field.element) } as never), base);
  if (field.kind === 'image') return z.url({ protocol: /^https?$/ }).meta({ ...field.meta, allowed: 'een volledig webadres' });
  return base;
}

/** "2019-12-12T09:30+01:00" → "2019-12-12T09:30:00+01:00" (RFC 3339 needs the seconds). */
export function fullDateTime(value: string): string {
  return /T\d{2}:\d{2}(?=Z|[+-])/.test(value) ? value.replace(/(T\d{2}:\d{2})(?=Z|[+-])/, '$1:00') : value;
}

/** Replace e-mail addresses and phone numbers in a free text by a note. */
export function redactContactDetails(text: string): string {
  return text.replace(EMAIL_IN_TEXT, EMAIL_NOTE).replace(PHONE_IN_TEXT, PHONE_NOTE);
}

export interface PublishContext {
  /** The site's URL, to make image sources absolute. */
  site: URL | string;
}

/** The published value of `value`, read through the model `schema` (see the file comment). */
export function publishedValue(schema: z.ZodType, value: unknown, context: PublishContext): unknown {
  return publishedFieldValue(fieldNode(schema), value, context);
}

function publishedFieldValue(field: FieldNode, value: unknown, context: PublishContext): unknown {
  if (value === undefined || value === null) return undefined;
  if (field.fields) {
    const out: Record<string, unknown> = {};
    for (const [key, child] of Object.entries(field.fields)) {
      if (isUnpublished(key, child)) continue;
      const published = publishedFieldValue(child, (value as Record<string, unknown>)[key], context);
      // An optional group left empty by the omissions (registration with only an e-mail) is left out.
      const empty = typeof published === 'object' && !Array.isArray(published) && Object.keys(published as object).length === 0;
      if (published !== undefined && !(empty && child.optional)) out[key] = published;
    }
    return out;
  }
  if (field.element) return (value as unknown[]).map((item) => publishedFieldValue(field.element!, item, context));
  if (typeof value !== 'string') return value;
  const kind = field.kind;
  if (kind === 'image') return new URL(value, context.site).href;
  if (kind === 'datetime') return fullDateTime(value);
  if (kind === 'relation' || kind === 'select' || kind === 'date' || /^https?:\/\/\S+$/.test(value)) return value;
  return redactContactDetails(value);
}
