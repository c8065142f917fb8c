import { describe, expect, it } from 'vitest';
import type { Facet } from '../../src/search/facets.ts';
import { describeCount, dropSuggestion } from '../../src/search/summary.ts';

const facets: Facet[] = [
  { key: 'sector', legend: 'Sector', values: [{ id: 'po', label: 'Primair onderwijs' }, { id: 'vo', label: 'Voortgezet onderwijs' }] },
  { key: 'fase', legend: 'Fase', values: [{ id: 'pilot', label: 'Pilot' }] },
];

describe('describeCount', () => {
  it('says the count with the right Dutch noun, the query and the number of filters', () => {
    expect(describeCount(23, { q: 'thuiszitters', filters: {}, sort: 'relevantie' })).toBe('23 resultaten voor "thuiszitters"');
    expect(describeCount(1, { q: '', filters: { sector: ['po', 'vo'] }, sort: 'relevantie' })).toBe('1 resultaat met 2 filters');
    expect(describeCount(0, { q: 'x', filters: { fase: ['pilot'] }, sort: 'nieuw' })).toBe('0 resultaten voor "x" met 1 filter');
  });
});

describe('dropSuggestion', () => {
  const state = { q: 'ouders', filters: { sector: ['po', 'vo'], fase: ['pilot'] }, sort: 'relevantie' as const };

  it('names the filter whose removal brings back the most results', () => {
    const text = dropSuggestion([{ key: 'sector', count: 2 }, { key: 'fase', count: 5 }], state, facets);
    expect(text).toBe('Zonder het filter Fase: Pilot zijn er 5 resultaten.');
  });

  it('joins several values of one facet with "of"', () => {
    const text = dropSuggestion([{ key: 'sector', count: 1 }, { key: 'fase', count: 0 }], state, facets);
    expect(text).toBe('Zonder het filter Sector: Primair onderwijs of Voortgezet onderwijs is er 1 resultaat.');
  });

  it('suggests another word when no single filter helps', () => {
    expect(dropSuggestion([{ key: 'sector', count: 0 }], state, facets)).toMatch(/ander of korter zoekwoord/);
  });
});
