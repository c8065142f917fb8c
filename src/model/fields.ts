/**
 * Field builders for the content model. Each builder returns a zod schema that carries, through
 * zod 4's `.meta()`, everything the other consumers need: the Dutch label and hint for editors,
 * the widget the CMS should use, the collection a reference points at, the enum it draws from.
 * The Astro collections, the CMS configuration, the JSON Schema and the error messages all read
 * these same schemas, so a field is written once.
 */
import { z } from 'astro/zod';
import type { EnumDef } from './enums.ts';
import { ID_PATTERN } from './id.ts';

export { ID_PATTERN };

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
  /** For a datetime: a day alone (YYYY-MM-DD) is allowed too, when the time is not known. */
  dayAllowed?: boolean;
}

interface Describe {
  label: string;
  hint?: string;
}

export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;
/** A day alone, or a day with a time and its offset (an event whose time is not known yet). */
export const DAY_OR_DATETIME_PATTERN = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2}))?$/;
/** A date as precise as a source gives it: a year, a month or a day (2019, 2019-11, 2019-11-29). */
export const PARTIAL_DATE_PATTERN = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-\d{2})?)?$/;
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
  /**
   * A date as precise as the source gives it: "2019", "2019-11" or "2019-11-29" (YYYY, YYYY-MM or
   * YYYY-MM-DD). Sources often name only a month ("PO-Magazine, december 2018"); no day is invented.
   */
  partialDate(d: Describe) {
    const allowed = 'een jaar, een maand of een dag: 2019, 2019-11 of 2019-11-29';
    const s = z.preprocess(
      dateToText,
      z
        .string()
        .trim()
        .regex(PARTIAL_DATE_PATTERN, { abort: true })
        .refine((v) => v.length < 10 || isRealDate(v), { message: 'geen bestaande datum' }),
    );
    return withMeta(s, { ...d, widget: 'string', allowed });
  },
  /**
   * A day (2026-03-10) when the time is not known yet, or a moment with its offset
   * (2026-03-10T09:30:00+01:00). A day alone is shown as the date and exported as an all-day event.
   */
  dayOrDateTime(d: Describe) {
    const allowed = 'een datum (2026-03-10) als de tijd nog niet bekend is, of een datum en tijd met tijdzone, zoals 2026-03-10T09:30:00+01:00';
    const s = z.preprocess(
      (v) => (v instanceof Date && !Number.isNaN(v.getTime()) && v.toISOString().endsWith('T00:00:00.000Z') ? dateToText(v) : dateTimeToText(v)),
      z
        .string()
        .regex(DAY_OR_DATETIME_PATTERN, { abort: true })
        .refine(isRealDate, { message: 'geen bestaande datum' })
        .refine((v) => !Number.isNaN(Date.parse(v)), { message: 'geen bestaande tijd' }),
    );
    return withMeta(s, { ...d, widget: 'datetime', allowed, dayAllowed: true });
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
  /**
   * Where the facts of an entry come from: one or more sources, each with its real title, who
   * published it, its date (as precise as the source gives it; left out when it gives none, shown
   * as "datum onbekend") and a web address where one exists. A region or
   * organisation describing its own work is a source too: "Eigen beschrijving door …". Optional in
   * the schema; the content check (rules.ts, checkSources) requires it on every entry but a draft,
   * with a Dutch message.
   */
  sources(d: Partial<Describe> = {}) {
    const source = f.object(
      {
        title: f.string({
          label: 'Titel van de bron',
          hint: 'De echte titel van het document of bericht, bijvoorbeeld "Profiel inspiratieregio Twente" of "De Opgave". Geen bestandsnaam. Beschrijft een regio of organisatie haar eigen werk? Schrijf dan "Eigen beschrijving door" en de naam.',
        }),
        publisher: f.string({ label: 'Uitgegeven door', hint: 'Wie maakte of publiceerde de bron? Bijvoorbeeld "Regio Twente", "VO-raad" of "PO-Magazine".' }),
        date: f
          .partialDate({ label: 'Datum van de bron', hint: 'Zo precies als de bron zegt: een jaar (2019), een maand (2019-11) of een dag (2019-11-29). Noemt de bron geen datum? Laat dit dan leeg; verzin er geen.' })
          .optional(),
        url: f.url({ label: 'Webadres', hint: 'Alleen als de bron online staat: het volledige webadres, beginnend met https://.' }).optional(),
      },
      { label: 'Bron' },
    );
    return f
      .list(source, {
        label: d.label ?? 'Bronnen',
        hint: d.hint ?? 'Waar komen de feiten op deze pagina vandaan? Noem minstens één bron. Die staat op de pagina onder "Bronnen".',
      })
      .optional();
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
