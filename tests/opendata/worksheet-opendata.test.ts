/**
 * The worksheet and reviewBy in the open data (issue 16): JSON items carry them, the JSON Schema
 * describes them (and accepts the data), the CSV flattens them into named columns.
 */
import { describe, expect, test } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { DATASETS, buildDataset, datasetJsonSchema, recordSchema, type Entry } from '../../src/opendata/datasets.ts';
import { datasetCsv } from '../../src/opendata/csv.ts';

const SITE = 'https://www.example.nl';
const base = {
  title: 'Voorbeeld',
  summary: 'Kort.',
  place: 'Hengelo',
  province: 'overijssel',
  organisations: [],
  themes: ['thuiszitters'],
  advice: [{ advice: 'samen-werken' }],
  sectors: ['po'],
  ageGroups: ['4-12'],
  phase: 'pilot',
  evidence: 'praktijkervaring',
  recognisedInterventions: [],
  results: [],
  contact: { name: 'Team' },
  links: [],
  published: '2020-01-10',
  draft: false,
};
const filled: Entry = {
  id: 'met-werkblad',
  data: {
    ...base,
    targetGroup: 'Leerlingen die vaak afwezig zijn.',
    goal: 'Weer naar school.',
    workingElements: ['Eén gesprek met iedereen samen.', 'Een vaste regisseur.'],
    conditions: [{ what: 'Een procesbegeleider', explanation: 'Plant de gesprekken.' }, { what: 'Afspraken' }],
    costs: { text: 'De gemeente betaalt.', amount: 25000, per: 'jaar' },
    lessons: 'Begin klein.',
    updated: '2021-03-01',
  },
};
const empty: Entry = { id: 'zonder-werkblad', data: { ...base, reviewBy: '2020-06-30' } };

describe('worksheet in open data', () => {
  const dataset = buildDataset(DATASETS.praktijkvoorbeelden, [filled, empty], SITE);
  const [withSheet, without] = dataset.items as Record<string, any>[];

  test('JSON carries the fields, and reviewBy also when it follows from the default', () => {
    expect(withSheet).toMatchObject({
      targetGroup: 'Leerlingen die vaak afwezig zijn.',
      goal: 'Weer naar school.',
      workingElements: ['Eén gesprek met iedereen samen.', 'Een vaste regisseur.'],
      conditions: [{ what: 'Een procesbegeleider', explanation: 'Plant de gesprekken.' }, { what: 'Afspraken' }],
      costs: { text: 'De gemeente betaalt.', amount: 25000, per: 'jaar' },
      lessons: 'Begin klein.',
      reviewBy: '2023-03-01',
    });
    expect(without!.reviewBy).toBe('2020-06-30');
    expect(without).not.toHaveProperty('goal');
  });

  test('the JSON Schema describes them and accepts the data', () => {
    const schema = datasetJsonSchema(DATASETS.praktijkvoorbeelden, SITE) as any;
    const props = schema.properties.items.items.properties;
    for (const key of ['targetGroup', 'goal', 'workingElements', 'conditions', 'costs', 'lessons', 'reviewBy']) expect(props, key).toHaveProperty(key);
    expect(props.costs.properties.per.enum).toEqual(['jaar', 'kind']);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(JSON.stringify(dataset))), JSON.stringify(validate.errors)).toBe(true);
  });

  test('CSV has a named column per part', () => {
    const rows = parseCsv(datasetCsv(dataset, recordSchema(DATASETS.praktijkvoorbeelden)), { bom: true, columns: true }) as Record<string, string>[];
    const row = rows.find((r) => r.id === 'met-werkblad')!;
    expect(row).toMatchObject({
      targetGroup: 'Leerlingen die vaak afwezig zijn.',
      goal: 'Weer naar school.',
      workingElements: 'Eén gesprek met iedereen samen.; Een vaste regisseur.',
      'conditions.what': 'Een procesbegeleider; Afspraken',
      'conditions.explanation': 'Plant de gesprekken.; ',
      'costs.text': 'De gemeente betaalt.',
      'costs.amount': '25000',
      'costs.per': 'jaar',
      lessons: 'Begin klein.',
      reviewBy: '2023-03-01',
    });
    expect(rows.find((r) => r.id === 'zonder-werkblad')!.goal).toBe('');
  });
});
