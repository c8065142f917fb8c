import { describe, expect, it } from 'vitest';
import { encodeFacetTable, FacetTable, type FacetTablePage } from '../../src/search/facet-table.ts';

const KEYS = ['type', 'sector', 'fase'];
const pages: FacetTablePage[] = [
  { id: 'nl_a1', date: '2025-01-01', filters: { type: ['Praktijkvoorbeeld'], sector: ['Primair onderwijs', 'Voortgezet onderwijs'], fase: ['Pilot'] } },
  { id: 'nl_b2', date: '2026-03-01', filters: { type: ['Praktijkvoorbeeld'], sector: ['Primair onderwijs'], fase: ['Idee'] } },
  { id: 'nl_c3', date: '2024-06-01', filters: { type: ['Nieuws'], sector: ['Mbo'], kleur: ['rood'] } },
  { id: 'nl_d4', date: '2026-03-01', filters: { type: ['Thema'] } },
];
const table = FacetTable.decode(encodeFacetTable(pages, KEYS));
const all = ['nl_a1', 'nl_b2', 'nl_c3', 'nl_d4'];

describe('the facet table', () => {
  it('lists every page newest first (same date: by id), whatever order the fragments came in', () => {
    expect(table.ids).toEqual(['nl_b2', 'nl_d4', 'nl_a1', 'nl_c3']);
    expect(FacetTable.decode(encodeFacetTable([...pages].reverse(), KEYS)).ids).toEqual(table.ids);
  });

  it('filters with OR within a facet and AND across facets, keeping the given order', () => {
    expect(table.filter(all, { sector: ['Primair onderwijs'] })).toEqual(['nl_a1', 'nl_b2']);
    expect(table.filter(all, { sector: ['Voortgezet onderwijs', 'Mbo'] })).toEqual(['nl_a1', 'nl_c3']);
    expect(table.filter(all, { sector: ['Primair onderwijs'], fase: ['Idee'] })).toEqual(['nl_b2']);
    expect(table.filter(['nl_c3', 'nl_a1'], {})).toEqual(['nl_c3', 'nl_a1']);
    expect(table.filter(all, { sector: [] })).toEqual(all);
  });

  it('matches nothing for a label it does not know, and drops ids it does not know', () => {
    expect(table.filter(all, { sector: ['Hbo'] })).toEqual([]);
    expect(table.filter(['nl_zz', 'nl_a1'], {})).toEqual(['nl_a1']);
  });

  it('keeps only the keys it was given (the index may carry others)', () => {
    expect(table.keys).toEqual(KEYS);
    expect(table.filter(all, { kleur: ['rood'] })).toEqual([]);
  });

  it('can leave one facet out of the selection', () => {
    expect(table.filter(all, { sector: ['Mbo'], fase: ['Pilot'] }, 'sector')).toEqual(['nl_a1']);
  });

  it('counts the values of a set of pages, 0 for values none of them has', () => {
    expect(table.tally(['nl_a1', 'nl_b2'])).toEqual({
      type: { Nieuws: 0, Praktijkvoorbeeld: 2, Thema: 0 },
      sector: { Mbo: 0, 'Primair onderwijs': 2, 'Voortgezet onderwijs': 1 },
      fase: { Idee: 1, Pilot: 1 },
    });
    expect(table.tally([], 'fase')).toEqual({ fase: { Idee: 0, Pilot: 0 } });
  });

  it('counts a selected facet without its own selection (OR within a facet), the others with it', () => {
    const counts = table.optionCounts(all, { type: ['Praktijkvoorbeeld'], fase: ['Idee'] });
    // fase is selected: counted over the practices, whatever their fase
    expect(counts.fase).toEqual({ Idee: 1, Pilot: 1 });
    // sector is not: counted over what the whole selection gives (nl_b2 only)
    expect(counts.sector).toEqual({ Mbo: 0, 'Primair onderwijs': 1, 'Voortgezet onderwijs': 0 });
    expect(counts.type).toEqual({ Nieuws: 0, Praktijkvoorbeeld: 1, Thema: 0 }); // over fase = Idee only
  });

  it('refuses an id that would break the encoding, and a table of another version', () => {
    expect(() => encodeFacetTable([{ id: 'nl_a;b', date: '2025-01-01', filters: {} }], KEYS)).toThrow(/nl_a;b/);
    expect(() => FacetTable.decode(JSON.stringify({ version: 2, facets: [], pages: '' }))).toThrow(/versie 2/);
  });

  it('is empty for an empty index', () => {
    const empty = FacetTable.decode(encodeFacetTable([], KEYS));
    expect(empty.ids).toEqual([]);
    expect(empty.filter([], { sector: ['Mbo'] })).toEqual([]);
  });
});
