/**
 * Field builders for the content model. Each builder returns a zod schema that carries, through
 * zod 4's `.meta()`, everything the other consumers need: the Dutch label and hint for editors,
 * the widget the CMS should use, the collection a reference points at, the enum it draws from.
 * The Astro collections, the CMS configuration, the JSON Schema and the error messages all read
 * these same schemas, so a field is written once.
 */
import { z } from 'astro/zod';
import type { EnumDef } from './enums.ts';

export type CollectionName =
  | 'advice'
  | 'themes'
  | 'organisations'
  | 'regions'
  | 'practices'
  | 'communities'
  | 'events'
  | 'news'
  | 'newsletters'
  | 'pages';

export type Widget =
  | 'string'
  | 'text'
  | 'markdown'
  | 'number'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'select'
  | 'relation'
  | 'object'
  | 'list'
  | 'typed-list'
  | 'image';

export interface FieldMeta {
  /** Dutch label shown to editors (and in error messages). */
  label: string;
  /** Dutch hint (language level B1) shown under the field in the CMS. */
  hint?: string;
  widget: Widget;
  /** For references: the collection the id points at. */
  ref?: CollectionName;
  /** For selects: the enum with its Dutch labels. */
  enum?: EnumDef;
  /** Allowed values, in words, for error messages (e.g. "een datum als 2026-03-10"). */
  allowed?: string;
}

interface Describe {
  label: string;
  hint?: string;
}

/** Ids are file names: lowercase ASCII letters, digits and single hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** Absolute http(s) URLs only: no javascript:, data: or relative links from contributors. */
export const HTTP_URL_PATTERN = /^https?:\/\/[^\s/$.?#][^\s]*$/i;

function withMeta<T extends z.ZodType>(schema: T, meta: FieldMeta): T {
  return schema.meta(meta as unknown as Record<string, unknown>) as T;
}

/** Read the model meta of a field (looking through optional/default/pipe wrappers). */
export function fieldMeta(schema: z.ZodType): FieldMeta | undefined {
  let current: z.ZodType | undefined = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const meta = current.meta() as FieldMeta | undefined;
    if (meta?.widget) return meta;
    current = innerType(current);
  }
  return undefined;
}

/** The schema inside an optional, nullable, default or pipe wrapper; undefined for a plain one. */
export function innerType(schema: z.ZodType): z.ZodType | undefined {
  const def = (schema as unknown as { _zod: { def: Record<string, unknown> } })._zod.def;
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
      return def.innerType as z.ZodType;
    case 'pipe':
      return def.out as z.ZodType;
    default:
      return undefined;
  }
}

/** YAML turns an unquoted 2026-03-10 into a Date; store dates as the text the editor wrote. */
function dateToText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  return value;
}

/** YAML turns an unquoted date-time into a Date (losing its offset); keep it as ISO text. */
function dateTimeToText(value: unknown): unknown {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().replace('.000Z', 'Z');
  return value;
}

function isRealDate(text: string): boolean {
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

export const f = {
  /** One line of text. */
  string(d: Describe & { max?: number; min?: number }) {
    let s = z.string().trim().min(d.min ?? 1);
    if (d.max) s = s.max(d.max);
    return withMeta(s, { ...d, widget: 'string' });
  },
  /** A few lines of plain text. */
  text(d: Describe & { max?: number }) {
    let s = z.string().trim().min(1);
    if (d.max) s = s.max(d.max);
    return withMeta(s, { ...d, widget: 'text' });
  },
  /** Untrusted Markdown: rendered only through the sanitising pipeline. */
  markdown(d: Describe) {
    return withMeta(z.string(), { ...d, widget: 'markdown' });
  },
  integer(d: Describe & { min?: number; max?: number }) {
    let s = z.number().int();
    if (d.min !== undefined) s = s.min(d.min);
    if (d.max !== undefined) s = s.max(d.max);
    return withMeta(s, { ...d, widget: 'number' });
  },
  number(d: Describe & { min?: number; max?: number }) {
    let s = z.number();
    if (d.min !== undefined) s = s.min(d.min);
    if (d.max !== undefined) s = s.max(d.max);
    return withMeta(s, { ...d, widget: 'number' });
  },
  boolean(d: Describe) {
    return withMeta(z.boolean(), { ...d, widget: 'boolean' });
  },
  /** A calendar date, stored as YYYY-MM-DD text. */
  date(d: Describe) {
    const allowed = 'een datum als 2026-03-10 (jaar-maand-dag)';
    const s = z.preprocess(
      dateToText,
      z
        .string()
        .regex(DATE_PATTERN, { abort: true })
        .refine(isRealDate, { message: 'geen bestaande datum' }),
    );
    return withMeta(s, { ...d, widget: 'date', allowed });
  },
  /** A moment in time with its offset, stored as ISO 8601 text (2026-03-10T09:30:00+01:00). */
  dateTime(d: Describe) {
    const allowed = 'een datum en tijd met tijdzone, zoals 2026-03-10T09:30:00+01:00';
    const s = z.preprocess(
      dateTimeToText,
      z
        .string()
        .regex(DATETIME_PATTERN, { abort: true })
        .refine(isRealDate, { message: 'geen bestaande datum' })
        .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'geen bestaande tijd' }),
    );
    return withMeta(s, { ...d, widget: 'datetime', allowed });
  },
  url(d: Describe) {
    const s = z.string().trim().regex(HTTP_URL_PATTERN).pipe(z.url({ protocol: /^https?$/ }));
    return withMeta(s, { ...d, widget: 'string', allowed: 'een volledig webadres dat begint met https:// of http://' });
  },
  email(d: Describe) {
    return withMeta(z.email(), { ...d, widget: 'string', allowed: 'een e-mailadres, zoals naam@voorbeeld.nl' });
  },
  select<Id extends string>(def: EnumDef<Id>, d: Describe) {
    const s = z.enum(def.ids as unknown as [Id, ...Id[]]);
    return withMeta(s, { ...d, widget: 'select', enum: def as EnumDef, allowed: def.ids.join(', ') });
  },
  selectMany<Id extends string>(def: EnumDef<Id>, d: Describe & { min?: number }) {
    const item = z.enum(def.ids as unknown as [Id, ...Id[]]);
    const s = z.array(item).min(d.min ?? 0);
    return withMeta(s, { ...d, widget: 'select', enum: def as EnumDef, allowed: def.ids.join(', ') });
  },
  /** The id of an entry in another collection. */
  ref(collection: CollectionName, d: Describe) {
    const s = z.string().regex(ID_PATTERN);
    return withMeta(s, { ...d, widget: 'relation', ref: collection });
  },
  refs(collection: CollectionName, d: Describe & { min?: number }) {
    const s = z.array(z.string().regex(ID_PATTERN)).min(d.min ?? 0);
    return withMeta(s, { ...d, widget: 'relation', ref: collection });
  },
  object<Shape extends z.ZodRawShape>(shape: Shape, d: Describe) {
    return withMeta(z.strictObject(shape), { ...d, widget: 'object' });
  },
  list<Item extends z.ZodType>(item: Item, d: Describe & { min?: number; max?: number }) {
    const s = z.array(item).min(d.min ?? 0);
    return withMeta(d.max === undefined ? s : s.max(d.max), { ...d, widget: 'list' });
  },
  /** An image under public/uploads/ with required alternative text. */
  image(d: Describe) {
    const s = z.strictObject({
      src: withMeta(
        z.string().regex(/^\/uploads\/[A-Za-z0-9._/-]+\.(?:jpe?g|png|webp|avif|gif|svg)$/i),
        {
          label: 'Bestand',
          hint: 'Kies een foto of tekening, of upload een nieuwe. Gebruik een jpg, png, webp, avif, gif of svg.',
          widget: 'image',
          allowed: 'een afbeelding in /uploads/ (jpg, png, webp, avif, gif of svg)',
        },
      ),
      alt: withMeta(z.string().trim(), {
        label: 'Beschrijving (alt-tekst)',
        hint: 'Beschrijf wat er op de afbeelding te zien is. Laat alleen leeg als de afbeelding puur versiering is.',
        widget: 'string',
      }),
      credit: withMeta(z.string().trim().min(1), {
        label: 'Fotograaf of bron',
        hint: 'Wie maakte de afbeelding? Bijvoorbeeld "Sanne de Vries" of "Gemeente Zwolle". Op de site staat er "Beeld:" voor.',
        widget: 'string',
      }).optional(),
    });
    return withMeta(s, { ...d, widget: 'object' });
  },
};
