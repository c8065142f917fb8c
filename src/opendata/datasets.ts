/**
 * The open-data files: which collections are published, under which name, and how a dataset, its
 * JSON Schema and its CSV are made. Everything is derived from the content model (src/model/) by
 * derive.ts, so the data, its schema and the model cannot drift apart. Pure: the endpoints in
 * src/pages/data/ pass in the published entries and the site URL.
 */
import { z } from 'astro/zod';
import { collections, type CollectionName } from '../model/index.ts';
import { ID_PATTERN, type FieldMeta } from '../model/fields.ts';
import { LICENCES, SITE_NAME } from '../config/site.ts';
import { publishedSchema, publishedValue } from './derive.ts';
import { routes } from '../routes.ts';
import { reviewByOf, type ReviewDates } from '../practices/review.ts';

export type DatasetName = 'praktijkvoorbeelden' | 'regios' | 'agenda';

export interface DatasetDef {
  name: DatasetName;
  collection: Extract<CollectionName, 'practices' | 'regions' | 'events'>;
  title: string;
  description: string;
  /** Also published as CSV (one row per entry). */
  csv: boolean;
}

export const DATASETS: Record<DatasetName, DatasetDef> = {
  praktijkvoorbeelden: {
    name: 'praktijkvoorbeelden',
    collection: 'practices',
    title: `Praktijkvoorbeelden van ${SITE_NAME}`,
    description: 'Alle gepubliceerde praktijkvoorbeelden: wat ze doen, waar, voor wie, met welk advies en hoe goed onderbouwd, en wat je nodig hebt om ze over te nemen (doelgroep, doel, werkzame elementen, voorwaarden, kosten, lessen; leeg waar dat nog niet beschreven is). reviewBy is de dag waarop het voorbeeld opnieuw bekeken wordt: zoals in het bestand, anders twee jaar na updated (of na published). Verwijzingen naar regio’s, organisaties, thema’s en adviezen staan als id.',
    csv: true,
  },
  regios: {
    name: 'regios',
    collection: 'regions',
    title: `Inspiratieregio’s van ${SITE_NAME}`,
    description: 'Alle inspiratieregio’s met hun profiel: ontwikkelvraag, partners, doelen, adviezen en kerncijfers. Verwijzingen naar organisaties en adviezen staan als id.',
    csv: false,
  },
  agenda: {
    name: 'agenda',
    collection: 'events',
    title: `Agenda van ${SITE_NAME}`,
    description: 'Alle bijeenkomsten, komende en voorbije. Tijden staan met hun tijdzone (Nederlandse tijd). Verwijzingen naar communities, regio’s en thema’s staan als id.',
    csv: false,
  },
};

export const DATASET_NAMES = Object.keys(DATASETS) as DatasetName[];

export const dataPaths = {
  json: (name: DatasetName) => routes.data(name).json,
  csv: (name: DatasetName) => routes.data(name).csv,
  schema: (name: DatasetName) => routes.data(name).schema,
  page: routes.openData,
} as const;

/** Page of an entry: the collection's route from the model. */
export const entryPath = (collection: CollectionName, id: string) => routes.entry(collection, id);
/** The per-event calendar file (src/pages/ics/[id].ics.ts). */
export const icsPath = routes.ics.event;

export interface Entry {
  id: string;
  data: Record<string, unknown>;
}

/** The zod schema of one published record: id, page URL (and calendar file), then the model's fields. */
export function recordSchema(def: DatasetDef): z.ZodObject {
  const fields = (publishedSchema(collections[def.collection].schema) as z.ZodObject).shape;
  return z.strictObject({
    id: z.string().regex(ID_PATTERN).meta({ label: 'Id', hint: 'De naam van het bestand; ook het laatste deel van het webadres.' } as never),
    url: z.url().meta({ label: 'Webadres van de pagina' } as never),
    ...(def.collection === 'events' ? { ics: z.url().meta({ label: 'Agendabestand (iCalendar)' } as never) } : {}),
    ...fields,
  });
}

/** The zod schema of a whole dataset file. */
export function datasetSchema(def: DatasetDef): z.ZodObject {
  return z.strictObject({
    title: z.string().meta({ label: 'Naam van het bestand' } as never),
    description: z.string().meta({ label: 'Omschrijving' } as never),
    license: z.url().meta({ label: 'Licentie van de inhoud' } as never),
    source: z.url().meta({ label: 'Pagina op de site met dezelfde gegevens' } as never),
    schema: z.url().meta({ label: 'JSON Schema van dit bestand' } as never),
    count: z.number().int().min(0).meta({ label: 'Aantal items' } as never),
    items: z.array(recordSchema(def)).meta({ label: 'Items' } as never),
  });
}

export interface Dataset {
  title: string;
  description: string;
  license: string;
  source: string;
  schema: string;
  count: number;
  items: Record<string, unknown>[];
}

/** The published dataset, sorted by id (stable between builds), checked against its own schema. */
export function buildDataset(def: DatasetDef, entries: readonly Entry[], site: URL | string): Dataset {
  const abs = (path: string) => new URL(path, site).href;
  const model = collections[def.collection].schema;
  const items = [...entries]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map((entry) => ({
      id: entry.id,
      url: abs(entryPath(def.collection, entry.id)),
      ...(def.collection === 'events' ? { ics: abs(icsPath(entry.id)) } : {}),
      ...(publishedValue(model, entry.data, { site }) as Record<string, unknown>),
      // The date a practice is checked again, also when it follows from the default (two years after the last change).
      ...(def.collection === 'practices' ? { reviewBy: reviewByOf(entry.data as unknown as ReviewDates) } : {}),
    }));
  const dataset: Dataset = {
    title: def.title,
    description: def.description,
    license: LICENCES.content.id,
    source: abs(`${collections[def.collection].route}/`),
    schema: abs(dataPaths.schema(def.name)),
    count: items.length,
    items,
  };
  const check = datasetSchema(def).safeParse(dataset);
  if (!check.success) {
    const issue = check.error.issues[0]!;
    throw new Error(`Open data ${dataPaths.json(def.name)}: ${issue.path.join('.')}: ${issue.message} (het gepubliceerde bestand past niet bij zijn eigen schema)`);
  }
  return dataset;
}

/** Dutch description of a field for the JSON Schema, from the model's meta. */
function describe(meta: FieldMeta, site: URL | string): string | undefined {
  if (meta.widget === 'relation' && meta.ref) {
    const target = collections[meta.ref];
    const own = (Object.values(DATASETS) as DatasetDef[]).find((d) => d.collection === meta.ref);
    const page = new URL(`${target.route}/`, site).href;
    return `De id van een ${target.labelSingular.toLowerCase()}; de pagina staat op ${page}<id>/${own ? ` (en in ${new URL(dataPaths.json(own.name), site).href})` : ''}.`;
  }
  if (meta.enum) {
    const labels = meta.enum.labels as Record<string, string>;
    return `Een van: ${meta.enum.ids.map((id) => `${id} (${labels[id]})`).join(', ')}.`;
  }
  if (meta.widget === 'date') return 'Een datum: jjjj-mm-dd.';
  if (meta.widget === 'datetime' && meta.dayAllowed) return 'Een datum (jjjj-mm-dd) als de tijd nog niet bekend is, anders datum en tijd met tijdzone (RFC 3339), zoals 2026-03-10T09:30:00+01:00.';
  if (meta.widget === 'datetime') return 'Datum en tijd met tijdzone (RFC 3339), zoals 2026-03-10T09:30:00+01:00.';
  return undefined;
}

/** The JSON Schema (draft 2020-12) of a dataset file, derived from its zod schema. */
export function datasetJsonSchema(def: DatasetDef, site: URL | string): Record<string, unknown> {
  const json = z.toJSONSchema(datasetSchema(def), {
    target: 'draft-2020-12',
    // The model's meta (labels, widgets, enum definitions) is not JSON Schema: add only what is.
    metadata: z.registry(),
    override(ctx) {
      const meta = (ctx.zodSchema as unknown as z.ZodType).meta?.() as FieldMeta | undefined;
      if (!meta?.label) return;
      const schema = ctx.jsonSchema as Record<string, unknown>;
      schema.title = meta.label;
      if (meta.widget === 'date') schema.format = 'date';
      if (meta.widget === 'datetime' && meta.dayAllowed) {
        delete schema.format;
        schema.anyOf = [{ format: 'date' }, { format: 'date-time' }];
      } else if (meta.widget === 'datetime') schema.format = 'date-time';
      const description = describe(meta, site);
      if (description) schema.description = description;
    },
  }) as Record<string, unknown>;
  return {
    $schema: json.$schema,
    $id: new URL(dataPaths.schema(def.name), site).href,
    title: def.title,
    description: `${def.description} Licentie: CC BY 4.0.`,
    ...Object.fromEntries(Object.entries(json).filter(([key]) => key !== '$schema')),
  };
}

export interface FieldDoc {
  /** "contact.name"; a list of groups as "results[].value". */
  path: string;
  title: string;
  description?: string;
  required: boolean;
}

/** The fields of one record, from the dataset's JSON Schema (for the /open-data/ page). */
export function datasetFields(def: DatasetDef, site: URL | string): FieldDoc[] {
  type Json = { type?: string; title?: string; description?: string; properties?: Record<string, Json>; required?: string[]; items?: Json };
  const schema = datasetJsonSchema(def, site) as Json;
  const out: FieldDoc[] = [];
  const walk = (node: Json, prefix: string) => {
    for (const [key, child] of Object.entries(node.properties ?? {})) {
      const path = `${prefix}${key}`;
      out.push({ path, title: child.title ?? key, description: child.description, required: node.required?.includes(key) ?? false });
      if (child.type === 'object') walk(child, `${path}.`);
      if (child.type === 'array' && child.items?.type === 'object') walk(child.items, `${path}[].`);
    }
  };
  walk(schema.properties!.items!.items!, '');
  return out;
}
