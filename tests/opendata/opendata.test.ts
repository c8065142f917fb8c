/**
 * Open data derived from the content model, without a build: personal contact details left out,
 * every dataset valid against its own published JSON Schema (ajv, draft 2020-12), the schema exact
 * (no extra field passes), and the CSV flattened as documented.
 */
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { loadContent } from '../../src/model/load.ts';
import { PROJECT_ROOT, VALID_FIXTURES } from '../support/paths.ts';
import { DATASET_NAMES, DATASETS, buildDataset, datasetFields, datasetJsonSchema, recordSchema, type Entry } from '../../src/opendata/datasets.ts';
import { EMAIL_NOTE, PHONE_NOTE, fullDateTime, publishedValue, redactContactDetails } from '../../src/opendata/derive.ts';
import { csvColumns, datasetCsv } from '../../src/opendata/csv.ts';
import { collections } from '../../src/model/index.ts';
import { contactDetailsIn } from '../support/contact-details.ts';

const SITE = 'https://www.example.nl';

function ajv() {
  const a = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: Ajv2020) => void)(a);
  return a;
}

/** Published entries of a content root, as Astro has them (schema output, drafts left out). */
function published(root: string) {
  const { entries, problems } = loadContent(root, PROJECT_ROOT);
  expect(problems).toEqual([]);
  const of = (c: 'practices' | 'regions' | 'events'): Entry[] =>
    entries[c].filter((e) => e.data && e.data.draft !== true).map((e) => ({ id: e.id, data: e.data! }));
  return { praktijkvoorbeelden: of('practices'), regios: of('regions'), agenda: of('events') };
}

const PERSONAL = {
  practice: {
    id: 'met-contact',
    data: {
      title: 'Met contactgegevens',
      summary: 'Bel 053 - 123 45 67 of mail j.jansen@example.nl voor meer.',
      place: 'Hengelo',
      province: 'overijssel',
      image: { src: '/uploads/foto.jpg', alt: 'Een foto' },
      organisations: [],
      themes: ['thuiszitters'],
      advice: [{ advice: 'samen-werken' }],
      sectors: ['po'],
      ageGroups: ['4-12'],
      phase: 'pilot',
      evidence: 'praktijkervaring',
      recognisedInterventions: [],
      results: [],
      contact: { name: 'Jan Jansen', organisation: 'Gemeente', email: 'j.jansen@example.nl', phone: '06-12345678' },
      links: [{ label: 'Site', url: 'https://www.example.org/contact?mail=info@example.org' }],
      published: '2020-01-10',
      draft: false,
    },
  },
  region: {
    id: 'met-verbinders',
    data: {
      name: 'Regio Test',
      kind: 'regio',
      provinces: ['overijssel'],
      tranche: 1,
      joined: '2019-10-22',
      location: { lat: 52.27, lon: 6.79 },
      partners: [],
      goals: [],
      risks: [],
      advice: [],
      keyFigures: [],
      connectors: [{ name: 'Els de Vries', role: 'verbinder', email: 'els@example.nl', phone: '+31 6 1234 5678' }],
      coalitionConnector: { name: 'Piet Smit', organisation: 'VNG', email: 'piet@example.nl' },
    },
  },
  event: {
    id: 'met-aanmelding',
    data: {
      title: 'Bijeenkomst',
      summary: 'Kom ook.',
      kind: 'webinar',
      start: '2026-07-02T13:00+02:00',
      location: { online: true, toFollow: false },
      organiser: 'Programma',
      registration: { email: 'aanmelden@example.nl' },
      communities: [],
      regions: [],
      themes: [],
    },
  },
};

describe('personal contact details are left out', () => {
  test('e-mail and phone fields, wherever they are', () => {
    const p = publishedValue(collections.practices.schema, PERSONAL.practice.data, { site: SITE }) as any;
    expect(p.contact).toEqual({ name: 'Jan Jansen', organisation: 'Gemeente' });
    expect(p).not.toHaveProperty('draft');
    const r = publishedValue(collections.regions.schema, PERSONAL.region.data, { site: SITE }) as any;
    expect(r.connectors).toEqual([{ name: 'Els de Vries', role: 'verbinder' }]);
    expect(r.coalitionConnector).toEqual({ name: 'Piet Smit', organisation: 'VNG' });
    const e = publishedValue(collections.events.schema, PERSONAL.event.data, { site: SITE }) as any;
    // The registration had only an e-mail address: the whole group goes.
    expect(e).not.toHaveProperty('registration');
  });

  test('addresses and numbers in free text are replaced by a note; URLs stay whole', () => {
    const p = publishedValue(collections.practices.schema, PERSONAL.practice.data, { site: SITE }) as any;
    expect(p.summary).toBe(`Bel ${PHONE_NOTE} of mail ${EMAIL_NOTE} voor meer.`);
    expect(p.links[0].url).toBe('https://www.example.org/contact?mail=info@example.org');
    expect(redactContactDetails('Tel. 0031 20 123 4567, (053) 123 45 67 of +31 (0)6 12 34 56 78.')).toBe(`Tel. ${PHONE_NOTE}, ${PHONE_NOTE} of ${PHONE_NOTE}.`);
    expect(contactDetailsIn({ a: ['Mail x.y@example.nl'], b: 'Bel 06 1234 5678' })).toHaveLength(2);
    // Numbers that are not phone numbers stay: pupils, years, percentages.
    expect(redactContactDetails('95300 leerlingen in 2018-2019; 4 tot 90 %.')).toBe('95300 leerlingen in 2018-2019; 4 tot 90 %.');
  });

  test('no e-mail field is left in any published JSON Schema', () => {
    for (const name of DATASET_NAMES) {
      const text = JSON.stringify(datasetJsonSchema(DATASETS[name], SITE));
      expect(text, name).not.toMatch(/"(?:email|phone)"/);
      expect(text, name).not.toContain('"format":"email"');
    }
  });
});

describe('values on the way out', () => {
  test('image src absolute, date-times with seconds', () => {
    const p = publishedValue(collections.practices.schema, PERSONAL.practice.data, { site: SITE }) as any;
    expect(p.image).toEqual({ src: 'https://www.example.nl/uploads/foto.jpg', alt: 'Een foto' });
    expect(fullDateTime('2026-07-02T13:00+02:00')).toBe('2026-07-02T13:00:00+02:00');
    expect(fullDateTime('2026-07-02T13:00:00Z')).toBe('2026-07-02T13:00:00Z');
  });
});

describe.each([
  ['the valid fixture set', VALID_FIXTURES],
  ['the real content', `${PROJECT_ROOT}/content`],
])('datasets of %s', (_label, root) => {
  const sets = published(root);
  const extra = { praktijkvoorbeelden: PERSONAL.practice, regios: PERSONAL.region, agenda: PERSONAL.event };

  test.each(DATASET_NAMES)('%s validates against its published JSON Schema', (name) => {
    const entries = [...sets[name], extra[name]] as Entry[];
    const dataset = buildDataset(DATASETS[name], entries, SITE);
    const validate = ajv().compile(datasetJsonSchema(DATASETS[name], SITE));
    const valid = validate(JSON.parse(JSON.stringify(dataset)));
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    expect(dataset.count).toBe(entries.length);
    expect(dataset.items.map((i) => i.id)).toEqual(entries.map((e) => e.id).sort());
    expect(contactDetailsIn(dataset)).toEqual([]);
  });
});

describe('the JSON Schema describes the data exactly', () => {
  const dataset = buildDataset(DATASETS.praktijkvoorbeelden, [PERSONAL.practice as Entry], SITE);
  const validate = ajv().compile(datasetJsonSchema(DATASETS.praktijkvoorbeelden, SITE));
  const clone = () => JSON.parse(JSON.stringify(dataset));

  test('a personal field that slipped in is refused', () => {
    const d = clone();
    d.items[0].contact.email = 'j.jansen@example.nl';
    expect(validate(d)).toBe(false);
  });

  test('an unknown field, a wrong enum value or a date in another format is refused', () => {
    for (const change of [
      (d: any) => (d.items[0].extra = 1),
      (d: any) => (d.items[0].phase = 'klaar'),
      (d: any) => (d.items[0].published = '10-01-2020'),
      (d: any) => (d.items[0].region = 'Regio Twente'),
      (d: any) => delete d.items[0].url,
    ]) {
      const d = clone();
      change(d);
      expect(validate(d), String(change)).toBe(false);
    }
  });

  test('fields are documented in Dutch, references say where they point', () => {
    const fields = datasetFields(DATASETS.praktijkvoorbeelden, SITE);
    const region = fields.find((f) => f.path === 'region');
    expect(region).toMatchObject({ title: 'Inspiratieregio', required: false });
    expect(region?.description).toContain('https://www.example.nl/regios/<id>/');
    expect(fields.find((f) => f.path === 'advice[].advice')?.title).toBe('Advies');
    expect(fields.find((f) => f.path === 'phase')?.description).toContain('uitvoering (In uitvoering)');
    expect(fields.map((f) => f.path)).not.toContain('contact.email');
  });
});

describe('CSV', () => {
  const entries = [...published(VALID_FIXTURES).praktijkvoorbeelden, PERSONAL.practice] as Entry[];
  const record = recordSchema(DATASETS.praktijkvoorbeelden);
  const dataset = buildDataset(DATASETS.praktijkvoorbeelden, entries, SITE);
  const csv = datasetCsv(dataset, record);

  test('UTF-8 with a byte order mark, a header row and one row per practice', () => {
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(entries.length);
    expect(Object.keys(rows[0]!)).toEqual(csvColumns(record).map((c) => c.header));
  });

  test('lists joined with "; ", groups flattened into named columns, personal details left out', () => {
    const rows = parseCsv(csv, { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === 'voorbeeldpraktijk')!;
    expect(row['contact.name']).toBe('Team Voorbeeld');
    expect(row['results.indicator']).toBe('Leerlingen weer op school');
    expect(row['links.url']).toBe('https://www.example.org/praktijk');
    expect(row.updated).toBe('2020-02-01');
    const personal = rows.find((r) => r.id === 'met-contact')!;
    expect(personal['image.src']).toBe('https://www.example.nl/uploads/foto.jpg');
    expect(Object.keys(personal).filter((k) => /email|phone/.test(k))).toEqual([]);
    expect(csv).not.toContain('j.jansen@example.nl');
  });

  test('a list of groups keeps the n-th values together, empty where an item has none', () => {
    const twoAdvice = { ...PERSONAL.practice, id: 'twee-adviezen', data: { ...PERSONAL.practice.data, sectors: ['po', 'vo'], advice: [{ advice: 'a' }, { advice: 'b', note: 'Zo' }] } };
    const d = buildDataset(DATASETS.praktijkvoorbeelden, [twoAdvice as Entry], SITE);
    const [row] = parseCsv(datasetCsv(d, record), { bom: true, columns: true }) as Record<string, string>[];
    expect(row!.sectors).toBe('po; vo');
    expect(row!['advice.advice']).toBe('a; b');
    expect(row!['advice.note']).toBe('; Zo');
  });
});
