/**
 * A result's line, formatted in the browser from the index's parts (src/search/result-meta.ts), and
 * the labels a search record's value ids get in the index (indexFilters in src/search/records.ts).
 */
import { describe, expect, test } from 'vitest';
import { practiceCardLine, resultLine, resultWhere } from '../../src/search/result-meta.ts';
import { indexFilters, type SearchRecord } from '../../src/search/records.ts';
import { FACET_KEYS, type FacetKey } from '../../src/search/facets.ts';
import type { FacetLabels } from '../../src/search/facet-data.ts';

const practice = {
  meta: { title: 'Alles in een school', place: 'Enschede', sortdate: '2019-12-12' },
  filters: { type: ['Praktijkvoorbeeld'], regio: ['Regio Twente'], fase: ['In uitvoering'] },
};

describe('the line under a result', () => {
  test('a practice: type, region and place, date', () => {
    expect(resultLine(practice)).toBe('Praktijkvoorbeeld · Regio Twente · Enschede · 12 december 2019');
  });

  test('a place that its region already names is said once ("Regio Twente", not "Regio Twente · Twente")', () => {
    expect(resultWhere({ meta: { place: 'Twente' }, filters: { type: ['Praktijkvoorbeeld'], regio: ['Regio Twente'] } })).toBe('Regio Twente');
    expect(resultWhere({ meta: { place: 'Almere' }, filters: { type: ['Praktijkvoorbeeld'], regio: ['Gemeente Almere'] } })).toBe('Gemeente Almere');
    expect(resultWhere({ meta: { place: 'Hengelo' }, filters: { type: ['Praktijkvoorbeeld'], regio: ['Regio Twente'] } })).toBe('Regio Twente · Hengelo');
  });

  test('a practice outside a region: only its place', () => {
    expect(resultWhere({ meta: { place: 'Lochem' }, filters: { type: ['Praktijkvoorbeeld'] } })).toBe('Lochem');
  });

  test('a community or news item: its regions, without a place', () => {
    expect(resultWhere({ meta: {}, filters: { type: ['Community'], regio: ['Regio Twente', 'Gemeente Almere'] } })).toBe('Regio Twente, Gemeente Almere');
  });

  test('an event: where it is, not the regions it is for', () => {
    expect(resultWhere({ meta: { place: 'Online' }, filters: { type: ['Agenda'], regio: ['Regio Twente'] } })).toBe('Online');
    expect(resultWhere({ meta: {}, filters: { type: ['Agenda'], regio: ['Regio Twente'] } })).toBe('');
  });

  test('a page without regions or place: type and date only', () => {
    expect(resultLine({ meta: { sortdate: '2019-10-22' }, filters: { type: ['Thema'] } })).toBe('Thema · 22 oktober 2019');
  });

  test("a practice's card in the list: place, region, phase, each once", () => {
    expect(practiceCardLine(practice)).toBe('Enschede · Regio Twente · In uitvoering');
    expect(practiceCardLine({ meta: { place: 'Twente' }, filters: { regio: ['Twente'], fase: ['Pilot'] } })).toBe('Twente · Pilot');
    // As the static card says it: a place its region names is said once, not "Twente · Regio Twente".
    expect(practiceCardLine({ meta: { place: 'Twente' }, filters: { regio: ['Regio Twente'], fase: ['Idee'] } })).toBe('Regio Twente · Idee');
    expect(practiceCardLine({ meta: { place: 'Zuid-Kennemerland' }, filters: { regio: ['Regio Zuid-Kennemerland'] } })).toBe('Regio Zuid-Kennemerland');
    expect(practiceCardLine({ meta: {}, filters: {} })).toBe('');
  });
});

describe('the filters of a search record in the index', () => {
  const labels = Object.fromEntries(FACET_KEYS.map((key) => [key, new Map<string, string>()])) as Record<FacetKey, Map<string, string>>;
  labels.type.set('praktijkvoorbeeld', 'Praktijkvoorbeeld');
  labels.sector.set('po', 'Primair onderwijs').set('vo', 'Voortgezet onderwijs');
  labels.regio.set('twente', 'Regio Twente');
  const record: SearchRecord = { type: 'praktijkvoorbeeld', date: '2019-12-12', filters: { type: ['praktijkvoorbeeld'], regio: ['twente'], sector: ['vo', 'po'] } };

  test('each value id becomes its label, in the order of the record', () => {
    expect(indexFilters(record, labels as FacetLabels)).toEqual([
      { key: 'type', value: 'Praktijkvoorbeeld' },
      { key: 'regio', value: 'Regio Twente' },
      { key: 'sector', value: 'Voortgezet onderwijs' },
      { key: 'sector', value: 'Primair onderwijs' },
    ]);
  });

  test('an id without a label is an error that names the facet and the id', () => {
    expect(() => indexFilters({ ...record, filters: { sector: ['hbo'] } }, labels as FacetLabels)).toThrow('Zoekindex (praktijkvoorbeeld): facet "sector" kent de waarde "hbo" niet.');
  });
});
