/**
 * The schema walker (src/model/schema-walk.ts): one field tree for every kind of field the model's
 * builders make, wrappers and refinements looked through. The schemas here are built with the
 * model's own builders (src/model/fields.ts), so a builder that changes how it wraps a field shows up.
 */
import { describe, expect, test } from 'vitest';
import { z } from 'astro/zod';
import { f, ID_PATTERN, HTTP_URL_PATTERN } from '../../src/model/fields.ts';
import type { EnumDef } from '../../src/model/enums.ts';
import { collections } from '../../src/model/index.ts';
import { EVENT_MESSAGES } from '../../src/model/collections/events.ts';
import { branchFor, fieldNode, nodeAt, nodeAtModelPath, unwrap } from '../../src/model/schema-walk.ts';

const colours: EnumDef<'rood' | 'groen'> = { label: 'Kleur', ids: ['rood', 'groen'], labels: { rood: 'Rood', groen: 'Groen' } };

const item = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('practice'), practice: f.ref('practices', { label: 'Praktijkvoorbeeld' }) }).meta({ label: 'Praktijk', hint: 'Kies er een.' }),
  z.strictObject({ type: z.literal('free'), title: f.string({ label: 'Titel' }) }).meta({ label: 'Vrij item' }),
]);

const schema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'Kort.', max: 80 }),
  summary: f.text({ label: 'Samenvatting', max: 300 }).optional(),
  body: f.markdown({ label: 'Tekst' }),
  count: f.integer({ label: 'Aantal', min: 1, max: 9 }),
  share: f.number({ label: 'Aandeel', min: 0, max: 1 }),
  done: f.boolean({ label: 'Klaar' }).default(false),
  day: f.date({ label: 'Dag' }),
  moment: f.dateTime({ label: 'Moment' }).optional(),
  site: f.url({ label: 'Website' }).optional(),
  mail: f.email({ label: 'E-mail' }).optional(),
  colour: f.select(colours, { label: 'Kleur' }),
  colours: f.selectMany(colours, { label: 'Kleuren', min: 1 }),
  region: f.ref('regions', { label: 'Regio' }),
  themes: f.refs('themes', { label: "Thema's" }),
  place: f
    .object({ online: f.boolean({ label: 'Online' }).default(false), city: f.string({ label: 'Plaats' }).optional() }, { label: 'Plaats' })
    .refine((p) => p.online || Boolean(p.city), { message: 'Vul een plaats in.' })
    .optional(),
  contact: f.object({ name: f.string({ label: 'Naam' }) }, { label: 'Contact' }),
  results: f.list(f.object({ value: f.string({ label: 'Waarde' }), note: f.text({ label: 'Toelichting' }).optional() }, { label: 'Resultaat' }), { label: 'Resultaten', min: 2 }),
  tags: f.list(f.string({ label: 'Trefwoord', max: 20 }), { label: 'Trefwoorden' }).default([]),
  items: z.array(item).min(1).meta({ label: 'Items', widget: 'typed-list' }),
  image: f.image({ label: 'Afbeelding' }).optional(),
});

const root = fieldNode(schema);
const field = (key: string) => {
  const node = root.fields![key];
  if (!node) throw new Error(`no field ${key}`);
  return node;
};

describe('a field node', () => {
  test('the root object lists its fields in the model order', () => {
    expect(root.type).toBe('object');
    expect(Object.keys(root.fields!)).toEqual(Object.keys(schema.shape));
    expect(root.required).toBe(true);
  });

  test('string: label, hint, kind, required, length limit', () => {
    const n = field('title');
    expect([n.label, n.hint, n.kind, n.type, n.required, n.optional, n.hasDefault]).toEqual(['Titel', 'Kort.', 'string', 'string', true, false, false]);
    expect(n.limits).toMatchObject({ minLength: 1, maxLength: 80, integer: false, refined: false });
  });

  test('text, optional: not required, limit still found under the wrapper', () => {
    const n = field('summary');
    expect([n.kind, n.required, n.optional, n.limits.maxLength]).toEqual(['text', false, true, 300]);
    expect(n.core).not.toBe(n.schema);
    expect(n.base).toBe(schema.shape.summary.unwrap());
  });

  test('markdown: no limits', () => {
    expect(field('body')).toMatchObject({ kind: 'markdown', type: 'string', required: true, limits: { patterns: [], integer: false } });
    expect(field('body').limits.maxLength).toBeUndefined();
  });

  test('integer and number: bounds and whether whole numbers only', () => {
    expect(field('count')).toMatchObject({ kind: 'number', type: 'number', limits: { min: 1, max: 9, integer: true } });
    expect(field('share')).toMatchObject({ kind: 'number', limits: { min: 0, max: 1, integer: false } });
  });

  test('boolean with a default: not required, default read through the wrapper', () => {
    const n = field('done');
    expect([n.kind, n.required, n.optional, n.hasDefault, n.default]).toEqual(['boolean', false, false, true, false]);
  });

  test('date and date-time: the pipe is looked through, the pattern and the allowed words found', () => {
    const day = field('day');
    expect([day.kind, day.type, day.required]).toEqual(['date', 'string', true]);
    expect(day.meta?.allowed).toMatch(/2026-03-10/);
    expect(day.limits.patterns.map(String)).toContain(String(/^\d{4}-\d{2}-\d{2}$/));
    // A date's refinement (is it a real day?) is no rule over several fields.
    expect(day.limits.refined).toBe(false);
    const moment = field('moment');
    expect([moment.kind, moment.type, moment.required]).toEqual(['datetime', 'string', false]);
  });

  test('url and e-mail: their patterns and formats', () => {
    const site = field('site');
    expect(site.kind).toBe('string');
    expect(site.limits.patterns[0]).toBe(HTTP_URL_PATTERN);
    expect(site.base).not.toBe(site.core); // the url check is a pipe: base keeps it, core is under it
    const mail = field('mail');
    expect([mail.format, mail.required]).toEqual(['email', false]);
    expect(mail.limits.patterns).toHaveLength(1);
    expect(mail.limits.patterns[0]!.test('naam@voorbeeld.nl')).toBe(true);
  });

  test('select and select-many: the enum, and a list with its minimum', () => {
    expect(field('colour')).toMatchObject({ kind: 'select', type: 'enum', enum: colours });
    const many = field('colours');
    expect([many.kind, many.type, many.limits.minLength, many.enum]).toEqual(['select', 'array', 1, colours]);
    expect(many.element?.type).toBe('enum');
  });

  test('reference and references: the target collection', () => {
    expect(field('region')).toMatchObject({ kind: 'relation', ref: 'regions', type: 'string' });
    expect(field('region').limits.patterns).toContain(ID_PATTERN);
    const refs = field('themes');
    expect([refs.kind, refs.ref, refs.type, refs.limits.minLength]).toEqual(['relation', 'themes', 'array', 0]);
  });

  test('a refined, optional object: refined, not required, its fields with their own presence', () => {
    const n = field('place');
    expect([n.kind, n.type, n.required, n.optional, n.limits.refined]).toEqual(['object', 'object', false, true, true]);
    expect(Object.keys(n.fields!)).toEqual(['online', 'city']);
    expect(n.fields!.online).toMatchObject({ hasDefault: true, default: false, required: false });
    expect(n.fields!.city).toMatchObject({ optional: true, required: false, label: 'Plaats' });
    // The node's schema still runs the refinement.
    expect(n.schema.safeParse({ online: false }).success).toBe(false);
  });

  test('a plain object: required, not refined', () => {
    expect(field('contact')).toMatchObject({ kind: 'object', required: true, limits: { refined: false } });
    expect(field('contact').fields!.name!.label).toBe('Naam');
  });

  test('a list of objects: the item is a node with its label and fields', () => {
    const n = field('results');
    expect([n.kind, n.type, n.limits.minLength, n.required]).toEqual(['list', 'array', 2, true]);
    expect(n.element).toMatchObject({ kind: 'object', label: 'Resultaat', type: 'object' });
    expect(Object.keys(n.element!.fields!)).toEqual(['value', 'note']);
    expect(n.element!.fields!.note!.required).toBe(false);
  });

  test('a list of values with a default: a fresh default on every read', () => {
    const n = field('tags');
    expect([n.kind, n.required, n.hasDefault]).toEqual(['list', false, true]);
    expect(n.element).toMatchObject({ kind: 'string', limits: { maxLength: 20 } });
    const first = n.default as unknown[];
    expect(first).toEqual([]);
    first.push('x');
    expect(n.default).toEqual([]);
  });

  test('a typed list: the union with its key and branches, each with its label, hint and fields', () => {
    const n = field('items');
    expect([n.kind, n.type, n.limits.minLength]).toEqual(['typed-list', 'array', 1]);
    const union = n.element!.union!;
    expect(union.key).toBe('type');
    expect(union.branches.map((b) => [b.value, b.label, b.hint])).toEqual([
      ['practice', 'Praktijk', 'Kies er een.'],
      ['free', 'Vrij item', undefined],
    ]);
    expect(union.branches[0]!.node.fields!.practice).toMatchObject({ kind: 'relation', ref: 'practices' });
    expect(branchFor(n.element!, { type: 'free' })?.value).toBe('free');
    expect(branchFor(n.element!, { type: 'onbekend' })).toBeUndefined();
    expect(branchFor(n.element!, 'practice')).toBeUndefined();
  });

  test('image: an object with its file, alt text and optional credit', () => {
    const n = field('image');
    expect([n.kind, n.type, n.required]).toEqual(['object', 'object', false]);
    expect(n.fields!.src).toMatchObject({ kind: 'image', label: 'Bestand', required: true });
    expect(n.fields!.credit).toMatchObject({ required: false, kind: 'string' });
  });

  test('a schema without model meta still gets a node, without label or kind', () => {
    const n = fieldNode(z.string().optional());
    expect([n.label, n.kind, n.type, n.required]).toEqual([undefined, undefined, 'string', false]);
  });

  test('nodes are made once per schema', () => {
    expect(fieldNode(schema)).toBe(root);
    expect(fieldNode(schema.shape.results)).toBe(field('results'));
  });

  test('unwrap finds the schema under optional, default and pipe', () => {
    expect(unwrap(schema.shape.site)).toBe(field('site').core);
    expect(field('site').core).not.toBe(field('site').base);
    expect(unwrap(schema.shape.title)).toBe(schema.shape.title);
  });
});

describe('finding a field', () => {
  test('by path through objects and lists', () => {
    expect(nodeAt(root, ['results', 0, 'note'], {})?.label).toBe('Toelichting');
    expect(nodeAt(root, ['place', 'city'], {})?.label).toBe('Plaats');
    expect(nodeAt(root, [], {})).toBe(root);
  });

  test('through a typed list, following the data to its branch', () => {
    const data = { items: [{ type: 'practice', practice: 'x' }, { type: 'free', title: 'y' }] };
    expect(nodeAt(root, ['items', 0, 'practice'], data)?.ref).toBe('practices');
    expect(nodeAt(root, ['items', 1, 'title'], data)?.label).toBe('Titel');
    // An unknown type has no branch: the field cannot be named.
    expect(nodeAt(root, ['items', 0, 'title'], { items: [{ type: 'x' }] })).toBeUndefined();
  });

  test('a path that leaves the model gives nothing', () => {
    expect(nodeAt(root, ['title', 'x'], {})).toBeUndefined();
    expect(nodeAt(root, ['bestaat-niet', 'x'], {})).toBeUndefined();
  });

  test('by a dotted model path, as the CMS names a group (lists stepped through)', () => {
    const location = nodeAtModelPath(collections, 'events.location');
    expect(location).toMatchObject({ kind: 'object', label: 'Locatie', limits: { refined: true } });
    const parsed = location!.schema.safeParse({ online: false });
    expect(parsed.success ? [] : parsed.error.issues.map((i) => i.message)).toEqual([EVENT_MESSAGES.place]);
    expect(nodeAtModelPath(collections, 'newsletters.sections.heading')?.label).toBe('Kop');
    expect(nodeAtModelPath(collections, 'bestaat-niet.x')).toBeUndefined();
  });
});

describe('the content model', () => {
  // Every field the model defines has a label and a kind: the CMS, the messages and the open data need both.
  test('every field of every collection has a label and a kind', () => {
    const missing: string[] = [];
    const visit = (node: ReturnType<typeof fieldNode>, path: string) => {
      for (const [key, child] of Object.entries(node.fields ?? {})) {
        const at = `${path}.${key}`;
        if (key !== 'type' && (!child.label || !child.kind)) missing.push(at);
        visit(child, at);
        if (child.element) visit(child.element, `${at}[]`);
        for (const b of (child.element ?? child).union?.branches ?? []) visit(b.node, `${at}[${b.value}]`);
      }
    };
    for (const [name, def] of Object.entries(collections)) visit(fieldNode(def.schema), name);
    expect(missing).toEqual([]);
  });
});
