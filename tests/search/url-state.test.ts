import { describe, expect, it } from 'vitest';
import type { Facet } from '../../src/search/facets.ts';
import { clearFilters, hasFilters, parseSearchParams, toLabelSelection, toSearchParams, toggleFilter } from '../../src/search/url-state.ts';

const facets: Facet[] = [
  { key: 'type', legend: 'Soort', values: [{ id: 'praktijkvoorbeeld', label: 'Praktijkvoorbeeld' }, { id: 'nieuws', label: 'Nieuws' }] },
  { key: 'thema', legend: 'Thema', values: [{ id: 'schoolaanwezigheid', label: 'Schoolaanwezigheid en thuiszitters' }, { id: 'ouders', label: 'Ouderbetrokkenheid' }] },
  { key: 'sector', legend: 'Sector', values: [{ id: 'po', label: 'Primair onderwijs' }, { id: 'vo', label: 'Voortgezet onderwijs' }, { id: 'mbo', label: 'Mbo' }] },
];

describe('parseSearchParams', () => {
  it('reads the query, repeated facet keys and the sort from the URL', () => {
    const state = parseSearchParams('q=thuiszitters&thema=schoolaanwezigheid&sector=vo&sector=po&sort=nieuw', facets);
    expect(state).toEqual({ q: 'thuiszitters', filters: { thema: ['schoolaanwezigheid'], sector: ['po', 'vo'] }, sort: 'nieuw' });
  });

  it('ignores unknown keys and unknown values instead of failing', () => {
    const state = parseSearchParams('q=x&kleur=rood&sector=hbo&sector=vo&thema=&sort=oud', facets);
    expect(state).toEqual({ q: 'x', filters: { sector: ['vo'] }, sort: 'relevantie' });
  });

  it('gives the empty state for an empty URL', () => {
    expect(parseSearchParams('', facets)).toEqual({ q: '', filters: {}, sort: 'relevantie' });
  });

  it('trims the query and caps its length', () => {
    expect(parseSearchParams(`q=${'a'.repeat(500)}`, facets).q).toHaveLength(200);
    expect(parseSearchParams('q=%20ouders%20', facets).q).toBe('ouders');
  });
});

describe('toSearchParams', () => {
  it('writes ids with a repeated key, in a fixed order, so the same search always has the same URL', () => {
    const a = toSearchParams({ q: 'thuiszitters', filters: { sector: ['vo', 'po'], thema: ['schoolaanwezigheid'] }, sort: 'nieuw' });
    expect(a).toBe('q=thuiszitters&thema=schoolaanwezigheid&sector=vo&sector=po&sort=nieuw');
  });

  it('round-trips through parseSearchParams', () => {
    const state = { q: 'school arts', filters: { type: ['nieuws'], sector: ['po', 'mbo'] }, sort: 'relevantie' as const };
    expect(parseSearchParams(toSearchParams(state), facets)).toEqual(state);
  });

  it('leaves out the default sort and an empty query', () => {
    expect(toSearchParams({ q: '', filters: {}, sort: 'relevantie' })).toBe('');
  });
});

describe('filters', () => {
  it('toggles a value on and off, keeping the facet order and dropping an empty facet', () => {
    let state = parseSearchParams('', facets);
    state = toggleFilter(state, 'sector', 'mbo', true, facets);
    state = toggleFilter(state, 'sector', 'po', true, facets);
    expect(state.filters.sector).toEqual(['po', 'mbo']);
    state = toggleFilter(state, 'sector', 'po', false, facets);
    state = toggleFilter(state, 'sector', 'mbo', false, facets);
    expect(state.filters).toEqual({});
    expect(hasFilters(state)).toBe(false);
  });

  it('clears all filters but keeps the query and sort', () => {
    const state = clearFilters(parseSearchParams('q=x&sector=po&sort=nieuw', facets));
    expect(state).toEqual({ q: 'x', filters: {}, sort: 'nieuw' });
  });

  it('gives the selection as labels: OR within a facet, AND across facets (separate keys)', () => {
    const state = parseSearchParams('thema=ouders&sector=po&sector=vo', facets);
    expect(toLabelSelection(state, facets)).toEqual({
      thema: ['Ouderbetrokkenheid'],
      sector: ['Primair onderwijs', 'Voortgezet onderwijs'],
    });
  });

  it('leaves out facets without a selection, and ids it has no label for', () => {
    expect(toLabelSelection(parseSearchParams('sector=hbo', facets), facets)).toEqual({});
    expect(toLabelSelection({ q: '', sort: 'relevantie', filters: { sector: ['hbo', 'po'] } }, facets)).toEqual({ sector: ['Primair onderwijs'] });
  });
});
