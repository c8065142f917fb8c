/**
 * The Decap CMS configuration, derived from the content model (src/model/) by walking its zod
 * schemas. Nothing here lists fields: labels, hints, widgets, enums, limits, patterns and relation
 * targets all come from the model, so a field added there appears in the CMS (and
 * tests/cms/config.cms.test.ts proves the two agree field by field).
 *
 * What the walk decides, per model widget:
 *   string / text   Decap string / text; a max length becomes a `pattern` ("hoogstens N tekens")
 *                   and the admin shows a live counter against it; a URL or e-mail check becomes a
 *                   pattern with the model's own regular expression and words
 *   markdown        Decap markdown (rich text and raw), headings from level 2
 *   number          Decap number, `value_type` int or float, with min / max
 *   boolean         Decap boolean, default false (a file always gets true or false)
 *   date            Decap datetime as a date only, stored as YYYY-MM-DD
 *   datetime        `amsterdam-datetime` (cms/widgets/AmsterdamDateTime.tsx): entered in Dutch time,
 *                   stored as ISO 8601 with the Amsterdam offset (2026-03-10T09:30:00+01:00)
 *   select          Decap select with the enum's Dutch labels; `multiple` for a list, with its min
 *   relation        Decap relation: searchable by the target's title, showing it, storing the id
 *   object          Decap object; `model-object` (cms/widgets/ModelObject.tsx) when the object is
 *                   optional (an empty optional group is not checked field by field) or carries a
 *                   cross-field rule in the model (checked with the model's own schema and message)
 *   list            Decap list: `fields` for a list of groups, `field` for a list of values
 *   typed-list      Decap list with `types` and `typeKey` (the model's discriminator, `type`)
 *   image           Decap image, into public/uploads/, with a size limit
 *
 * A collection's steps (the model's `steps`, e.g. a practice's "Zo kun je het overnemen") get a
 * heading before their first field: a field `step-<id>` with the widget `step`
 * (cms/widgets/Step.tsx), which shows the step's name and hint and stores nothing.
 */
import type { z } from 'astro/zod';
import { collections, collectionNames, MAX_UPLOAD_BYTES, MEDIA_FOLDER, PUBLIC_FOLDER, type CollectionDef, type CollectionName } from '../src/model/index.ts';
import type { FieldMeta } from '../src/model/fields.ts';
import { fieldNode, type FieldNode, type Limits } from '../src/model/schema-walk.ts';
import { backendFromEnv, type CmsEnv } from './backend.ts';
import { GLOSSARY_FILE, glossarySchema } from '../src/model/glossary.ts';

/**
 * Uploads go to public/uploads/ and are linked as /uploads/… (the model's image `src`), at most
 * MAX_UPLOAD_BYTES each. Defined in the model (src/model/index.ts), which the content check shares.
 */
export { MAX_UPLOAD_BYTES, MEDIA_FOLDER, PUBLIC_FOLDER };
/** Relation pickers list this many entries before the editor types; keep modest (upstream slowness). */
export const OPTIONS_LENGTH = 30;

/**
 * Collections the CMS does not edit. `pages` are MDX that may use the site's components; the
 * content model says the maintainers write them in the repository themselves.
 */
export const NOT_IN_CMS: readonly CollectionName[] = ['pages'];

export const MARKDOWN_OPTIONS = {
  modes: ['rich_text', 'raw'],
  // The page title is the h1; bodies start at h2. No code, no raw HTML blocks: bodies are untrusted.
  buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
  editor_components: ['image'],
} as const;

export type Pattern = [string | RegExp, string];

export interface CmsField {
  name: string;
  label: string;
  widget: string;
  required: boolean;
  hint?: string;
  default?: unknown;
  pattern?: Pattern;
  fields?: CmsField[];
  field?: CmsField;
  types?: CmsField[];
  [key: string]: unknown;
}

export interface CmsCollection {
  name: CollectionName;
  label: string;
  label_singular: string;
  folder: string;
  extension: string;
  format: 'frontmatter';
  create: true;
  slug: string;
  identifier_field: string;
  summary: string;
  sortable_fields: string[];
  preview_path?: string;
  fields: CmsField[];
}

/** "^[\s\S]{0,300}$": any text of at most `max` characters, line breaks included. */
export function maxLengthPattern(max: number): Pattern {
  return [`^[\\s\\S]{0,${max}}$`, `hoogstens ${max} tekens`];
}

/** The limit in a pattern made by maxLengthPattern, for the admin's character counter. */
export function maxLengthFromPattern(pattern: unknown): number | undefined {
  const source = Array.isArray(pattern) ? pattern[0] : undefined;
  const m = typeof source === 'string' ? /^\^\[\\s\\S\]\{0,(\d+)\}\$$/.exec(source) : null;
  return m ? Number(m[1]) : undefined;
}

/** One pattern per field (Decap takes one): the length limit, else the model's format check. */
function patternFor(lim: Limits, meta: FieldMeta): Pattern | undefined {
  if (lim.maxLength !== undefined) return maxLengthPattern(lim.maxLength);
  const regex = lim.patterns[0];
  if (!regex) return undefined;
  const words = meta.allowed ? `gebruik ${meta.allowed}` : 'deze invoer klopt niet';
  // Keep the model's regular expression itself; as text when it has no flags (plain, readable config).
  return [regex.flags ? regex : regex.source, words];
}

interface Ctx {
  /** For error messages only: the collection (or file) whose field this is. */
  collection: CollectionName | typeof GLOSSARY_COLLECTION;
  path: string[];
}

function titleFieldOf(name: CollectionName): string {
  return collections[name].titleField;
}

export function toField(name: string, schema: z.ZodType, ctx: Ctx): CmsField {
  return fieldFromNode(name, fieldNode(schema), ctx);
}

function fieldFromNode(name: string, node: FieldNode, ctx: Ctx): CmsField {
  const where = `${ctx.collection}.${[...ctx.path, name].join('.')}`;
  const meta = node.meta;
  if (!meta) throw new Error(`${where}: het model geeft dit veld geen label en widget (.meta)`);
  const optional = !node.required;
  const lim = node.limits;
  const isList = node.type === 'array';
  const min = isList ? lim.minLength : undefined;
  const field: CmsField = { name, label: meta.label, widget: meta.widget, required: !optional };
  if (meta.hint) field.hint = meta.hint;
  const fallback = node.default;
  if (fallback !== undefined) field.default = fallback;

  // A list the file must have but that may be empty: not required in the CMS, written as [] when left alone.
  const listDefaults = () => {
    if (isList && lim.maxLength !== undefined) field.max = lim.maxLength;
    if (min) field.min = min;
    else {
      field.required = false;
      if (!optional) field.default = [];
    }
  };

  switch (meta.widget) {
    case 'string':
    case 'text': {
      const pattern = patternFor(lim, meta);
      if (pattern) field.pattern = pattern;
      break;
    }
    case 'markdown':
      Object.assign(field, MARKDOWN_OPTIONS);
      break;
    case 'number':
      field.value_type = lim.integer ? 'int' : 'float';
      if (lim.min !== undefined) field.min = lim.min;
      if (lim.max !== undefined) field.max = lim.max;
      break;
    case 'boolean':
      field.default = fallback ?? false;
      break;
    case 'date':
      Object.assign(field, { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', picker_utc: false });
      break;
    case 'datetime':
      field.widget = 'amsterdam-datetime';
      // The model allows a day alone when the time is not known (an event's start): the widget
      // offers "Tijd nog niet bekend", which stores YYYY-MM-DD instead of inventing a time.
      if (meta.dayAllowed) field.day_allowed = true;
      break;
    case 'select': {
      const def = meta.enum;
      if (!def) throw new Error(`${where}: een keuzelijst zonder enum in het model`);
      field.options = def.ids.map((id) => ({ label: (def.labels as Record<string, string>)[id] ?? id, value: id }));
      if (isList) {
        field.multiple = true;
        listDefaults();
      }
      break;
    }
    case 'relation': {
      const target = meta.ref;
      if (!target) throw new Error(`${where}: een verwijzing zonder doelcollectie (ref) in het model`);
      if (NOT_IN_CMS.includes(target)) throw new Error(`${where}: verwijst naar ${target}, dat niet in het CMS staat`);
      const title = titleFieldOf(target);
      Object.assign(field, {
        collection: target,
        value_field: '{{slug}}',
        search_fields: [title],
        display_fields: [title],
        options_length: OPTIONS_LENGTH,
      });
      if (isList) {
        field.multiple = true;
        listDefaults();
      }
      break;
    }
    case 'object': {
      const shape = node.fields;
      if (!shape) throw new Error(`${where}: een groep velden zonder velden`);
      field.fields = Object.entries(shape).map(([key, child]) => fieldFromNode(key, child, { ...ctx, path: [...ctx.path, name] }));
      if (optional || lim.refined) field.widget = 'model-object';
      if (lim.refined) field.model_path = where;
      break;
    }
    case 'list': {
      const element = node.element;
      if (!element) throw new Error(`${where}: een lijst zonder type voor de items`);
      const itemMeta = element.meta;
      if (!itemMeta) throw new Error(`${where}: de items van deze lijst hebben geen label en widget (.meta)`);
      const itemShape = itemMeta.widget === 'object' ? element.fields : undefined;
      if (itemShape) {
        field.fields = Object.entries(itemShape).map(([key, child]) => fieldFromNode(key, child, { ...ctx, path: [...ctx.path, name] }));
        field.label_singular = itemMeta.label;
        field.summary = `{{fields.${Object.keys(itemShape)[0]}}}`;
      } else {
        field.field = fieldFromNode('item', element, { ...ctx, path: [...ctx.path, name] });
        field.label_singular = itemMeta.label;
      }
      listDefaults();
      break;
    }
    case 'typed-list': {
      const union = (node.element ?? node).union;
      if (!union) throw new Error(`${where}: een lijst met soorten items zonder discriminator in het model`);
      field.widget = 'list';
      field.typeKey = union.key;
      field.types = union.branches.map((b) => {
        const shape = b.node.fields ?? {};
        const type: CmsField = {
          name: b.value,
          label: b.label,
          widget: 'object',
          required: true,
          fields: Object.entries(shape)
            .filter(([key]) => key !== union.key)
            .map(([key, child]) => fieldFromNode(key, child, { ...ctx, path: [...ctx.path, name, b.value] })),
        };
        if (b.hint) type.hint = b.hint;
        const first = type.fields![0];
        if (first) type.summary = `{{fields.${first.name}}}`;
        return type;
      });
      listDefaults();
      break;
    }
    case 'image':
      Object.assign(field, { choose_url: false, allow_multiple: false, media_library: { config: { max_file_size: MAX_UPLOAD_BYTES } } });
      break;
    default:
      throw new Error(`${where}: onbekende widget "${String(meta.widget)}" in het model`);
  }
  return field;
}

/**
 * The label, hint and required-ness of a collection's Markdown body. The model's CollectionDef has
 * only `body: boolean` for now; these optional keys are read when the model adds them.
 */
export function bodyOf(def: CollectionDef): { label: string; hint?: string; required: boolean } {
  const extra = def as CollectionDef & { bodyLabel?: string; bodyHint?: string; bodyRequired?: boolean };
  return { label: extra.bodyLabel ?? 'Tekst', hint: extra.bodyHint, required: extra.bodyRequired ?? true };
}

/** The widget of a step's heading, and the prefix of its field name. */
export const STEP_WIDGET = 'step';
export const STEP_PREFIX = 'step-';

/** Each step's heading field, put before the step's first field. A step's fields must be adjacent in the schema. */
function withSteps(def: CollectionDef, fields: CmsField[]): CmsField[] {
  const out = [...fields];
  for (const step of def.steps ?? []) {
    const at = out.findIndex((f) => f.name === step.fields[0]);
    const names = out.slice(at, at + step.fields.length).map((f) => f.name);
    if (at < 0 || names.join() !== step.fields.join()) throw new Error(`${def.name}: de velden van stap "${step.label}" staan niet naast elkaar in het model (${step.fields.join(', ')})`);
    const labels = out.slice(at, at + step.fields.length).map((f) => f.label);
    out.splice(at, 0, { name: `${STEP_PREFIX}${step.id}`, label: step.label, widget: STEP_WIDGET, required: false, hint: step.hint, step_fields: [...step.fields], step_labels: labels });
  }
  return out;
}

export function toCollection(def: CollectionDef): CmsCollection {
  const ctx = { collection: def.name, path: [] };
  const fields = withSteps(def, Object.entries(def.schema.shape as Record<string, z.ZodType>).map(([key, schema]) => toField(key, schema, ctx)));
  if (def.body) {
    const body = bodyOf(def);
    const field: CmsField = { name: 'body', label: body.label, widget: 'markdown', required: body.required, ...MARKDOWN_OPTIONS };
    if (body.hint) field.hint = body.hint;
    fields.push(field);
  }
  const collection: CmsCollection = {
    name: def.name,
    label: def.label,
    label_singular: def.labelSingular,
    folder: `content/${def.name}`,
    extension: def.extension,
    format: 'frontmatter',
    create: true,
    // The id is the file name: a slug of the title, in lowercase ASCII with hyphens (see `slug` below).
    slug: '{{slug}}',
    identifier_field: def.titleField,
    summary: `{{${def.titleField}}}`,
    sortable_fields: [def.titleField],
    fields,
  };
  if (def.route) collection.preview_path = `${def.route.replace(/^\//, '')}/{{slug}}/`;
  return collection;
}

/** The name of the begrippenlijst's file collection in the admin (its branch is cms/begrippen/begrippen). */
export const GLOSSARY_COLLECTION = 'begrippen';

export interface CmsFileCollection {
  name: typeof GLOSSARY_COLLECTION;
  label: string;
  label_singular: string;
  description: string;
  extension: 'yml';
  format: 'yml';
  editor: { preview: false };
  files: { name: string; label: string; file: string; fields: CmsField[] }[];
}

/**
 * The begrippenlijst (content/begrippen.yml, src/model/glossary.ts) as a Decap file collection:
 * one file, its fields derived from the same schema the content check and /begrippen/ use, so an
 * editor can add a term or an abbreviation without Git. Kept apart from cmsCollections(), which
 * are the model's folder collections (one file per entry).
 */
export function glossaryCollection(): CmsFileCollection {
  const shape = glossarySchema.shape as Record<string, z.ZodType>;
  return {
    name: GLOSSARY_COLLECTION,
    label: 'Begrippenlijst',
    label_singular: 'Begrippenlijst',
    description: 'Woorden en afkortingen uit het werkveld, elk met een uitleg in gewone taal. De site toont ze op de pagina Begrippenlijst; de zoekfunctie vindt een afkorting ook via de volledige naam.',
    extension: 'yml',
    format: 'yml',
    editor: { preview: false },
    files: [
      {
        name: GLOSSARY_COLLECTION,
        label: 'Begrippenlijst',
        file: `content/${GLOSSARY_FILE}`,
        fields: Object.entries(shape).map(([key, schema]) => toField(key, schema, { collection: GLOSSARY_COLLECTION, path: [] })),
      },
    ],
  };
}

export function cmsCollections(): CmsCollection[] {
  return collectionNames.filter((name) => !NOT_IN_CMS.includes(name)).map((name) => toCollection(collections[name]));
}

/** The whole configuration for `CMS.init({ config })`. `env` picks the backend (cms/backend.ts). */
export function cmsConfig(env: CmsEnv = {}) {
  const { backend, local_backend, publish_mode } = backendFromEnv(env);
  const site = env.SITE_URL?.trim() || 'http://localhost:4321';
  return {
    load_config_file: false,
    locale: 'nl',
    backend,
    local_backend,
    ...(publish_mode ? { publish_mode } : {}),
    site_url: site,
    display_url: site,
    media_folder: MEDIA_FOLDER,
    public_folder: PUBLIC_FOLDER,
    // Ids are lowercase ASCII letters, digits and single hyphens (the model's ID_PATTERN).
    slug: { encoding: 'ascii' as const, clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: [...cmsCollections(), glossaryCollection()] as (CmsCollection | CmsFileCollection)[],
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;

/** The folder collections of a configuration (one file per entry), without the begrippenlijst. */
export function folderCollections(config: { collections: readonly (CmsCollection | CmsFileCollection)[] }): CmsCollection[] {
  return config.collections.filter((c): c is CmsCollection => 'folder' in c);
}

/** Every CMS field (dotted path) whose model field has no Dutch hint, for the report and the tests. */
export function fieldsWithoutHint(list: (CmsCollection | CmsFileCollection)[] = [...cmsCollections(), glossaryCollection()]): string[] {
  const out: string[] = [];
  const walk = (fields: CmsField[], prefix: string) => {
    for (const f of fields) {
      const path = `${prefix}.${f.name}`;
      if (!f.hint) out.push(`${path} (${f.label})`);
      if (f.fields) walk(f.fields, path);
      if (f.types) for (const t of f.types) walk(t.fields ?? [], `${path}[${t.name}]`);
    }
  };
  for (const c of list) {
    if ('fields' in c) walk(c.fields, c.name);
    else for (const file of c.files) walk(file.fields, c.name);
  }
  return out;
}
