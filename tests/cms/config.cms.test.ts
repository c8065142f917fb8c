/**
 * The CMS configuration agrees with the content model, field by field.
 *
 * Two checks that do not share code with the derivation (cms/config.ts, src/model/schema-walk.ts):
 * - a fixed table of what some key fields must look like in Decap;
 * - a walk over the model's zod schemas, written here on its own, that expects for every model
 *   field a CMS field with the same name, label, hint, a fitting widget, required-ness, enum
 *   options, relation target and limits — and no CMS field without a model field.
 * A field added to a model schema that the CMS does not see fails the walk (shown below with a
 * schema extended on the fly).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { collections, collectionNames, type CollectionName } from '../../src/model/index.ts';
import { f, fieldMeta, innerType, type FieldMeta } from '../../src/model/fields.ts';
import { EVENT_MESSAGES } from '../../src/model/collections/events.ts';
import { cmsCollections, cmsConfig, fieldsWithoutHint, folderCollections, GLOSSARY_COLLECTION, MAX_UPLOAD_BYTES, NOT_IN_CMS, toCollection, type CmsCollection, type CmsField, type CmsFileCollection } from '../../cms/config.ts';
import { glossarySchema } from '../../src/model/glossary.ts';

// ---------------------------------------------------------------------------------------------
// An independent reading of the model.

type Def = { type: string; [key: string]: unknown };
const def = (s: z.ZodType): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

function layers(s: z.ZodType): z.ZodType[] {
  const out: z.ZodType[] = [s];
  for (let inner = innerType(s); inner; inner = innerType(inner)) out.push(inner);
  return out;
}
const base = (s: z.ZodType) => layers(s).at(-1)!;
const optionalInModel = (s: z.ZodType) => layers(s).some((l) => ['optional', 'default'].includes(def(l).type));
const checkDefs = (s: z.ZodType) =>
  layers(s).flatMap((l) => [l, ...(def(l).type === 'pipe' ? [def(l).in as z.ZodType] : [])]).flatMap((l) => ((def(l).checks as { _zod: { def: Record<string, unknown> } }[]) ?? []).map((c) => c._zod.def));
const minItems = (s: z.ZodType) => checkDefs(s).find((c) => c.check === 'min_length')?.minimum as number | undefined;
const maxChars = (s: z.ZodType) => checkDefs(s).find((c) => c.check === 'max_length')?.maximum as number | undefined;
const regexOf = (s: z.ZodType) => checkDefs(s).find((c) => c.check === 'string_format' && c.format === 'regex')?.pattern as RegExp | undefined;

interface Mismatch {
  path: string;
  problem: string;
}

/** Which Decap widgets may show a model widget. */
const WIDGETS: Record<FieldMeta['widget'], string[]> = {
  string: ['string'],
  text: ['text'],
  markdown: ['markdown'],
  number: ['number'],
  boolean: ['boolean'],
  date: ['datetime'],
  datetime: ['amsterdam-datetime'],
  select: ['select'],
  relation: ['relation'],
  object: ['object', 'model-object'],
  list: ['list'],
  'typed-list': ['list'],
  image: ['image'],
};

function compareFields(path: string, shape: Record<string, z.ZodType>, cmsFields: CmsField[], out: Mismatch[], skip: string[] = []) {
  const byName = new Map(cmsFields.map((c) => [c.name, c]));
  for (const [name, schema] of Object.entries(shape)) {
    if (skip.includes(name)) continue;
    const at = `${path}.${name}`;
    const cms = byName.get(name);
    if (!cms) {
      out.push({ path: at, problem: 'staat in het model maar niet in het CMS' });
      continue;
    }
    compareField(at, schema, cms, out);
  }
  for (const c of cmsFields) {
    // A step's heading (cms/config.ts, withSteps) stores nothing and is checked on its own below.
    if (c.widget === 'step') continue;
    if (!(c.name in shape) && !skip.includes(c.name)) out.push({ path: `${path}.${c.name}`, problem: 'staat in het CMS maar niet in het model' });
  }
}

function compareField(at: string, schema: z.ZodType, cms: CmsField, out: Mismatch[]) {
  const meta = fieldMeta(schema);
  const bad = (problem: string) => out.push({ path: at, problem });
  if (!meta) return bad('het model geeft geen meta');
  if (cms.label !== meta.label) bad(`label "${cms.label}" ≠ model "${meta.label}"`);
  if ((cms.hint ?? undefined) !== meta.hint) bad(`hint "${cms.hint}" ≠ model "${meta.hint}"`);
  if (!WIDGETS[meta.widget].includes(cms.widget)) bad(`widget ${cms.widget} past niet bij model-widget ${meta.widget}`);

  const core = base(schema);
  const isArray = def(core).type === 'array';
  const optional = optionalInModel(schema);
  const min = isArray ? minItems(core) : undefined;
  // Must the editor fill it in? Not when optional, not for a list that may stay empty.
  const mustFill = !optional && !(isArray && !min);
  if (cms.required !== mustFill) bad(`required ${cms.required}, model vraagt ${mustFill}`);
  if (isArray && min && cms.min !== min) bad(`min ${String(cms.min)}, model ${min}`);
  if (isArray && !optional && !min && !(Array.isArray(cms.default) && cms.default.length === 0)) bad('een lijst die het bestand moet hebben krijgt default []');

  switch (meta.widget) {
    case 'string':
    case 'text': {
      const max = maxChars(schema);
      const source = cms.pattern?.[0];
      if (max !== undefined) {
        const re = new RegExp(source as string);
        if (!re.test('x'.repeat(max)) || re.test('x'.repeat(max + 1))) bad(`pattern laat niet precies ${max} tekens toe`);
        if (!String(cms.pattern?.[1]).includes(String(max))) bad('de melding noemt de grens niet');
      } else if (regexOf(schema) || (def(core).format && def(core).pattern)) {
        const modelRe = regexOf(schema) ?? (def(core).pattern as RegExp);
        const cmsRe = source instanceof RegExp ? source : new RegExp(String(source));
        if (cmsRe.source !== modelRe.source || cmsRe.flags !== modelRe.flags) bad(`pattern ${String(cmsRe)} ≠ model ${String(modelRe)}`);
        if (meta.allowed && !String(cms.pattern?.[1]).includes(meta.allowed)) bad('de melding gebruikt niet de woorden van het model');
      } else if (cms.pattern) bad('een pattern dat het model niet heeft');
      break;
    }
    case 'number': {
      const n = core as unknown as { minValue: number | null; maxValue: number | null; isInt: boolean };
      if (cms.value_type !== (n.isInt ? 'int' : 'float')) bad(`value_type ${String(cms.value_type)}`);
      // z.number().int() is bounded by the safe integers: that is no limit an editor needs to see.
      const limit = (v: number | null) => (v !== null && Math.abs(v) < Number.MAX_SAFE_INTEGER ? v : null);
      if ((cms.min ?? null) !== limit(n.minValue)) bad(`min ${String(cms.min)} ≠ ${n.minValue}`);
      if ((cms.max ?? null) !== limit(n.maxValue)) bad(`max ${String(cms.max)} ≠ ${n.maxValue}`);
      break;
    }
    case 'boolean': {
      const dflt = layers(schema).map(def).find((d) => d.type === 'default')?.defaultValue;
      if (cms.default !== (dflt ?? false)) bad(`default ${String(cms.default)}`);
      break;
    }
    case 'date':
      if (cms.format !== 'YYYY-MM-DD' || cms.time_format !== false || cms.date_format !== 'YYYY-MM-DD') bad('geen datum als YYYY-MM-DD');
      break;
    case 'select': {
      const options = (cms.options as { label: string; value: string }[]) ?? [];
      const expected = meta.enum!.ids.map((id) => ({ label: (meta.enum!.labels as Record<string, string>)[id], value: id }));
      if (JSON.stringify(options) !== JSON.stringify(expected)) bad('opties wijken af van de enum');
      if (Boolean(cms.multiple) !== isArray) bad(`multiple ${String(cms.multiple)}, model ${isArray ? 'lijst' : 'één waarde'}`);
      break;
    }
    case 'relation': {
      if (cms.collection !== meta.ref) bad(`verwijst naar ${String(cms.collection)}, model naar ${meta.ref}`);
      const title = collections[meta.ref!].titleField;
      if (cms.value_field !== '{{slug}}') bad('slaat niet het id op');
      if (JSON.stringify(cms.search_fields) !== JSON.stringify([title]) || JSON.stringify(cms.display_fields) !== JSON.stringify([title])) bad('zoekt of toont niet op de titel');
      if (Boolean(cms.multiple) !== isArray) bad(`multiple ${String(cms.multiple)}`);
      break;
    }
    case 'object': {
      const shape = def(core).shape as Record<string, z.ZodType>;
      compareFields(at, shape, cms.fields ?? [], out);
      const refined = layers(schema).some((l) => ((def(l).checks as { _zod: { def: { check: string } } }[]) ?? []).some((c) => c._zod.def.check === 'custom'));
      if (refined && (cms.widget !== 'model-object' || cms.model_path !== at)) bad('een regel over meerdere velden wordt niet met het model gecontroleerd');
      if (optional && cms.widget !== 'model-object') bad('een optionele groep moet leeg mogen blijven');
      break;
    }
    case 'list': {
      const element = def(core).element as z.ZodType;
      const elementCore = base(element);
      if (def(elementCore).type === 'object') {
        compareFields(`${at}[]`, def(elementCore).shape as Record<string, z.ZodType>, cms.fields ?? [], out);
        if (cms.label_singular !== fieldMeta(element)?.label) bad('label_singular ≠ label van het item');
      } else {
        if (!cms.field) return bad('een lijst van waarden zonder `field`');
        compareField(`${at}[]`, element, cms.field, out);
      }
      break;
    }
    case 'typed-list': {
      const union = base(def(core).element as z.ZodType);
      const disc = def(union).discriminator as string;
      if (cms.typeKey !== disc) bad(`typeKey ${String(cms.typeKey)} ≠ ${disc}`);
      const options = def(union).options as z.ZodType[];
      const types = cms.types ?? [];
      if (types.length !== options.length) bad(`${types.length} soorten, model ${options.length}`);
      for (const option of options) {
        const shape = def(base(option)).shape as Record<string, z.ZodType>;
        const value = (def(shape[disc]!).values as string[])[0]!;
        const type = types.find((t) => t.name === value);
        if (!type) {
          bad(`soort ${value} ontbreekt`);
          continue;
        }
        if (type.label !== (option.meta() as { label?: string } | undefined)?.label) bad(`soort ${value}: label ${type.label}`);
        compareFields(`${at}[${value}]`, shape, type.fields ?? [], out, [disc]);
      }
      break;
    }
    case 'image':
      if ((cms.media_library as { config?: { max_file_size?: number } })?.config?.max_file_size !== MAX_UPLOAD_BYTES) bad('geen grens aan de bestandsgrootte');
      break;
  }
}

function compareCollection(name: CollectionName, cms: CmsCollection | undefined): Mismatch[] {
  const out: Mismatch[] = [];
  if (!cms) return [{ path: name, problem: 'collectie ontbreekt in het CMS' }];
  const model = collections[name];
  compareFields(name, model.schema.shape as Record<string, z.ZodType>, cms.fields, out, ['body']);
  const body = cms.fields.find((c) => c.name === 'body');
  if (model.body !== Boolean(body)) out.push({ path: `${name}.body`, problem: `model body ${model.body}, CMS ${Boolean(body)}` });
  if (body && body.widget !== 'markdown') out.push({ path: `${name}.body`, problem: 'geen markdown' });
  return out;
}

// ---------------------------------------------------------------------------------------------

const config = cmsConfig({});
const cmsByName = new Map(folderCollections(config).map((c) => [c.name, c]));

function field(collection: string, ...path: string[]): CmsField {
  let list = cmsByName.get(collection as CollectionName)!.fields;
  let found: CmsField | undefined;
  for (const name of path) {
    found = list.find((c) => c.name === name);
    if (!found) throw new Error(`${collection}.${path.join('.')} ontbreekt`);
    list = found.fields ?? [];
  }
  return found!;
}

describe('CMS configuration ⇄ content model', () => {
  it('has one folder collection per model collection the CMS edits, in content/<name>', () => {
    const expected = collectionNames.filter((n) => !NOT_IN_CMS.includes(n));
    expect(folderCollections(config).map((c) => c.name)).toEqual(expected);
    expect(NOT_IN_CMS).toEqual(['pages']);
    for (const c of folderCollections(config)) {
      const model = collections[c.name];
      expect(c).toMatchObject({
        label: model.label,
        label_singular: model.labelSingular,
        folder: `content/${c.name}`,
        extension: model.extension,
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        identifier_field: model.titleField,
        summary: `{{${model.titleField}}}`,
      });
    }
  });

  it('the begrippenlijst is one file, content/begrippen.yml, whose fields agree with its model, both ways', () => {
    const glossary = config.collections.find((c) => c.name === GLOSSARY_COLLECTION) as CmsFileCollection | undefined;
    expect(glossary, 'begrippenlijst in the CMS').toBeDefined();
    expect(config.collections.filter((c) => !('folder' in c)).map((c) => c.name)).toEqual([GLOSSARY_COLLECTION]);
    expect(glossary!.files.map((f) => f.file)).toEqual(['content/begrippen.yml']);
    const out: Mismatch[] = [];
    compareFields('begrippen', glossarySchema.shape as Record<string, z.ZodType>, glossary!.files[0]!.fields, out);
    expect(out).toEqual([]);
    expect(fieldsWithoutHint().filter((f) => f.startsWith('begrippen.'))).toEqual([]);
  });

  it.each(collectionNames.filter((n) => !NOT_IN_CMS.includes(n)))('%s: every field agrees with the model, both ways', (name) => {
    expect(compareCollection(name, cmsByName.get(name))).toEqual([]);
  });

  it('fails when a model field is missing from the CMS (the walk is not trivially true)', () => {
    const practices = collections.practices;
    const extended = { ...practices, schema: practices.schema.extend({ audience: f.string({ label: 'Doelgroep', hint: 'Voor wie?' }) }) };
    // The current CMS collection against the extended model: the new field is reported.
    const missing: Mismatch[] = [];
    compareFields('practices', extended.schema.shape as Record<string, z.ZodType>, cmsByName.get('practices')!.fields, missing, ['body']);
    expect(missing).toEqual([{ path: 'practices.audience', problem: 'staat in het model maar niet in het CMS' }]);
    // A CMS field the model does not have is reported too.
    const extra: Mismatch[] = [];
    compareFields('practices', practices.schema.shape as Record<string, z.ZodType>, [...cmsByName.get('practices')!.fields, { name: 'stray', label: 'Los', widget: 'string', required: false }], extra, ['body']);
    expect(extra).toEqual([{ path: 'practices.stray', problem: 'staat in het CMS maar niet in het model' }]);
    // Derived again from the extended model, the CMS sees the field and the walk agrees.
    const derived = toCollection(extended);
    expect(derived.fields.find((c) => c.name === 'audience')).toMatchObject({ label: 'Doelgroep', widget: 'string', required: true, hint: 'Voor wie?' });
    const agree: Mismatch[] = [];
    compareFields('practices', extended.schema.shape as Record<string, z.ZodType>, derived.fields, agree, ['body']);
    expect(agree).toEqual([]);
  });

  it('reports a wrong widget, required-ness, option list or relation target', () => {
    const out: Mismatch[] = [];
    const themes = field('practices', 'themes');
    compareField('x.themes', collections.practices.schema.shape.themes, { ...themes, collection: 'regions', required: false }, out);
    compareField('x.phase', collections.practices.schema.shape.phase, { ...field('practices', 'phase'), options: [] }, out);
    compareField('x.title', collections.practices.schema.shape.title, { ...field('practices', 'title'), widget: 'text', pattern: ['^[\\s\\S]{0,999}$', 'hoogstens 999 tekens'] }, out);
    expect(out.map((m) => m.path)).toEqual(['x.themes', 'x.themes', 'x.phase', 'x.title', 'x.title', 'x.title']);
    expect(out.map((m) => m.problem)).toEqual([
      'required false, model vraagt true',
      'verwijst naar regions, model naar themes',
      'opties wijken af van de enum',
      'widget text past niet bij model-widget string',
      'pattern laat niet precies 120 tekens toe',
      'de melding noemt de grens niet',
    ]);
  });
});

describe('key fields, as a fixed table', () => {
  it.each([
    ['practices', ['title'], { widget: 'string', required: true, label: 'Titel', pattern: ['^[\\s\\S]{0,120}$', 'hoogstens 120 tekens'] }],
    ['practices', ['summary'], { widget: 'text', required: true, pattern: ['^[\\s\\S]{0,300}$', 'hoogstens 300 tekens'] }],
    ['practices', ['region'], { widget: 'relation', required: false, collection: 'regions', value_field: '{{slug}}', search_fields: ['name'], display_fields: ['name'] }],
    ['practices', ['themes'], { widget: 'relation', required: true, multiple: true, min: 1, collection: 'themes', search_fields: ['title'] }],
    ['practices', ['organisations'], { widget: 'relation', required: false, multiple: true, default: [], collection: 'organisations' }],
    ['practices', ['advice'], { widget: 'list', required: true, min: 1, label_singular: 'Advies' }],
    ['practices', ['advice', 'advice'], { widget: 'relation', required: true, collection: 'advice', display_fields: ['title'] }],
    ['practices', ['advice', 'note'], { widget: 'text', required: false }],
    ['practices', ['sectors'], { widget: 'select', multiple: true, min: 1, required: true }],
    ['practices', ['phase'], { widget: 'select', required: true }],
    ['practices', ['started'], { widget: 'number', value_type: 'int', min: 1990, max: 2100, required: false }],
    ['practices', ['results'], { widget: 'list', required: false, default: [] }],
    ['practices', ['contact', 'name'], { widget: 'string', required: true }],
    ['practices', ['contact', 'email'], { widget: 'string', required: false }],
    ['practices', ['published'], { widget: 'datetime', date_format: 'YYYY-MM-DD', time_format: false, format: 'YYYY-MM-DD', required: true }],
    ['practices', ['updated'], { widget: 'datetime', format: 'YYYY-MM-DD', required: false }],
    ['practices', ['draft'], { widget: 'boolean', default: false, required: false }],
    ['practices', ['image'], { widget: 'model-object', required: false }],
    ['practices', ['image', 'src'], { widget: 'image', required: true, choose_url: false }],
    ['practices', ['image', 'alt'], { widget: 'string', required: true }],
    ['practices', ['body'], { widget: 'markdown', required: true }],
    ['advice', ['core'], { widget: 'boolean', default: false, required: true }],
    ['advice', ['number'], { widget: 'number', value_type: 'int', min: 1, max: 7 }],
    ['advice', ['statements'], { widget: 'list', required: true, min: 3, max: 4, label_singular: 'Stelling' }],
    ['advice', ['statementsApproved'], { widget: 'boolean', default: false, required: false }],
    ['regions', ['location', 'lat'], { widget: 'number', value_type: 'float', min: 50.7, max: 53.7, required: true }],
    ['regions', ['provinces'], { widget: 'select', multiple: true, min: 1 }],
    ['regions', ['municipalities'], { widget: 'list', required: false, label_singular: 'Gemeente' }],
    ['regions', ['keyFigures', 'valueMax'], { widget: 'number', value_type: 'float', required: false }],
    ['events', ['start'], { widget: 'amsterdam-datetime', required: true }],
    ['events', ['end'], { widget: 'amsterdam-datetime', required: false }],
    ['events', ['location'], { widget: 'model-object', required: true, model_path: 'events.location', hint: EVENT_MESSAGES.place }],
    ['events', ['location', 'online'], { widget: 'boolean', default: false, required: false }],
    ['events', ['registration'], { widget: 'model-object', required: false, model_path: 'events.registration', hint: EVENT_MESSAGES.registration }],
    ['newsletters', ['intro'], { widget: 'markdown', required: true }],
    ['newsletters', ['sections'], { widget: 'list', min: 1, required: true, label_singular: 'Blok' }],
    ['newsletters', ['sections', 'items'], { widget: 'list', typeKey: 'type', min: 1, required: true }],
    ['newsletters', ['status'], { widget: 'select', options: [{ label: 'Concept', value: 'concept' }, { label: 'Op de site, nog niet verstuurd', value: 'klaar' }, { label: 'Verzonden', value: 'verzonden' }] }],
    ['events', ['start'], { widget: 'amsterdam-datetime', required: true, day_allowed: true }],
    ['practices', ['sources'], { widget: 'list', required: false, label: 'Bronnen' }],
    ['practices', ['sources', 'date'], { widget: 'string', required: false, label: 'Datum van de bron' }],
    ['organisations', ['kind'], { widget: 'select', required: true }],
  ] as const)('%s.%s', (collection, path, expected) => {
    expect(field(collection, ...path)).toMatchObject(expected);
  });

  it('lists of values use `field`, lists of groups use `fields`', () => {
    expect(field('regions', 'risks').field).toMatchObject({ widget: 'text', label: 'Risico' });
    expect(field('regions', 'municipalities').field).toMatchObject({ widget: 'string', label: 'Gemeente' });
    expect(field('regions', 'goals').fields?.map((c) => c.name)).toEqual(['text', 'measure']);
  });

  it('newsletter items are a typed list writing the model\'s `type`', () => {
    const items = field('newsletters', 'sections', 'items');
    expect(items.types?.map((t) => [t.name, t.label, t.fields?.map((c) => c.name)])).toEqual([
      ['practice', 'Praktijkvoorbeeld', ['practice']],
      ['news', 'Nieuws', ['news']],
      ['event', 'Agenda', ['event']],
      ['region', 'Inspiratieregio', ['region']],
      ['free', 'Vrij item', ['title', 'text', 'url']],
    ]);
    expect(items.types?.[0]?.fields?.[0]).toMatchObject({ widget: 'relation', collection: 'practices' });
  });

  it('URLs and e-mail addresses are checked with the model\'s own expression and words', () => {
    const website = field('organisations', 'website');
    expect(website.pattern?.[0]).toBeInstanceOf(RegExp);
    expect((website.pattern![0] as RegExp).test('HTTPS://example.org/')).toBe(true);
    expect((website.pattern![0] as RegExp).test('javascript:alert(1)')).toBe(false);
    expect(website.pattern?.[1]).toBe('gebruik een volledig webadres dat begint met https:// of http://');
    const email = field('practices', 'contact', 'email');
    expect(new RegExp(email.pattern![0]).test('naam@voorbeeld.nl')).toBe(true);
    expect(new RegExp(email.pattern![0]).test('naam@')).toBe(false);
  });

  it('uploads go to public/uploads and are linked as /uploads', () => {
    expect(config).toMatchObject({ media_folder: 'public/uploads', public_folder: '/uploads', locale: 'nl', load_config_file: false });
    expect(config.slug).toEqual({ encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' });
  });

  it('every collection with a page gets a preview path from its route', () => {
    expect(cmsByName.get('practices')!.preview_path).toBe('praktijkvoorbeelden/{{slug}}/');
    expect(cmsByName.get('events')!.preview_path).toBe('agenda/{{slug}}/');
  });
});

/**
 * Every field carries a Dutch hint (language level B1) from the model; the CMS shows it under the
 * field. There are no exceptions: a new model field without a hint fails here. Two readings: the
 * derived CMS configuration (every field, nested group and typed-list item, and the bodies), and a
 * walk over the model itself, written here on its own, that also sees the values of simple lists
 * and the collections the CMS does not edit.
 */
function modelFieldsWithoutHint(path: string, shape: Record<string, z.ZodType>, out: string[], skip: string[] = []) {
  for (const [name, schema] of Object.entries(shape)) {
    if (skip.includes(name)) continue;
    const at = `${path}.${name}`;
    const meta = fieldMeta(schema);
    if (!meta?.hint?.trim()) out.push(at);
    const core = base(schema);
    switch (meta?.widget) {
      case 'object':
        modelFieldsWithoutHint(at, def(core).shape as Record<string, z.ZodType>, out);
        break;
      case 'list': {
        const element = def(core).element as z.ZodType;
        const elementCore = base(element);
        if (def(elementCore).type === 'object') modelFieldsWithoutHint(`${at}[]`, def(elementCore).shape as Record<string, z.ZodType>, out);
        else if (!fieldMeta(element)?.hint?.trim()) out.push(`${at}[]`);
        break;
      }
      case 'typed-list': {
        const union = base(def(core).element as z.ZodType);
        const disc = def(union).discriminator as string;
        for (const option of def(union).options as z.ZodType[]) {
          const optionShape = def(base(option)).shape as Record<string, z.ZodType>;
          const value = (def(optionShape[disc]!).values as string[])[0]!;
          modelFieldsWithoutHint(`${at}[${value}]`, optionShape, out, [disc]);
        }
        break;
      }
    }
  }
  return out;
}

describe('steps', () => {
  it("a practice's worksheet is one step, headed \"Zo kun je het overnemen\", right before its fields", () => {
    const fields = cmsByName.get('practices')!.fields;
    const at = fields.findIndex((c) => c.widget === 'step');
    expect(fields[at]).toMatchObject({ name: 'step-overnemen', label: 'Zo kun je het overnemen', required: false });
    expect(fields[at]!.hint).toBeTruthy();
    expect(fields.slice(at + 1, at + 7).map((c) => c.name)).toEqual(['targetGroup', 'goal', 'workingElements', 'conditions', 'costs', 'lessons']);
    expect(fields[at]!.step_labels).toEqual(['Voor wie', 'Doel', 'Werkzame elementen', 'Wat heb je nodig', 'Kosten', 'Wat we leerden']);
    expect(fields.filter((c) => c.widget === 'step')).toHaveLength(1);
  });

  it('no other collection has a step, and a step whose fields are apart is refused', () => {
    for (const c of cmsCollections()) if (c.name !== 'practices') expect(c.fields.some((f) => f.widget === 'step'), c.name).toBe(false);
    const practices = collections.practices;
    const broken = { ...practices, steps: [{ id: 'x', label: 'X', hint: 'X', fields: ['title', 'place'] }] };
    expect(() => toCollection(broken)).toThrow(/staan niet naast elkaar/);
  });
});

describe('Dutch hints', () => {
  it('every CMS field has a hint (no exceptions)', () => {
    expect(fieldsWithoutHint(cmsCollections())).toEqual([]);
  });

  it('every model field has a hint, also in simple lists and in collections the CMS does not edit', () => {
    const missing = collectionNames.flatMap((name) => modelFieldsWithoutHint(name, collections[name].schema.shape as Record<string, z.ZodType>, []));
    expect(missing).toEqual([]);
  });

  it('a new field without a hint is reported by both readings', () => {
    const practices = collections.practices;
    const extended = {
      ...practices,
      schema: practices.schema.extend({
        audience: f.string({ label: 'Doelgroep' }),
        tags: f.list(f.string({ label: 'Label' }), { label: 'Labels', hint: 'Losse woorden.' }),
      }),
    };
    expect(fieldsWithoutHint([toCollection(extended)]).map((s) => s.replace(/ \(.*\)$/, ''))).toEqual(['practices.audience']);
    expect(modelFieldsWithoutHint('practices', extended.schema.shape as Record<string, z.ZodType>, [])).toEqual(['practices.audience', 'practices.tags[]']);
  });
});
