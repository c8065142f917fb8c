import { describe, expect, it } from 'vitest';
import type { Facet } from '../../src/search/facets.ts';
import { chosenFilters, describeChosen, describeCount, dropSuggestion } from '../../src/search/summary.ts';

const facets: Facet[] = [
  { key: 'regio', legend: 'Inspiratieregio', values: [{ id: 'twente', label: 'Regio Twente' }] },
  { key: 'sector', legend: 'Sector', values: [{ id: 'po', label: 'Primair onderwijs' }, { id: 'vo', label: 'Voortgezet onderwijs' }] },
  { key: 'fase', legend: 'Fase', values: [{ id: 'pilot', label: 'Pilot' }] },
];

describe('chosenFilters and describeChosen', () => {
  it('lists the chosen values with their labels in the facets\' order, leaving out unknown ids', () => {
    const state = { q: '', filters: { fase: ['pilot'], sector: ['vo', 'po', 'xx'] }, sort: 'relevantie' as const };
    expect(chosenFilters(state, facets).map((c) => `${c.legend}: ${c.label}`)).toEqual(['Sector: Primair onderwijs', 'Sector: Voortgezet onderwijs', 'Fase: Pilot']);
  });

  it('names them: "of" within a facet, "en" across', () => {
    const state = (filters: Record<string, string[]>) => ({ q: '', filters, sort: 'relevantie' as const });
    expect(describeChosen(state({}), facets)).toBe('');
    expect(describeChosen(state({ regio: ['twente'] }), facets)).toBe('Inspiratieregio: Regio Twente');
    expect(describeChosen(state({ sector: ['po', 'vo'], fase: ['pilot'] }), facets)).toBe('Sector: Primair onderwijs of Voortgezet onderwijs en Fase: Pilot');
    expect(describeChosen(state({ regio: ['twente'], sector: ['po'], fase: ['pilot'] }), facets)).toBe('Inspiratieregio: Regio Twente, Sector: Primair onderwijs en Fase: Pilot');
  });
});

describe('describeCount', () => {
  it('says the count with the right Dutch noun, the query and the chosen filters by name', () => {
    expect(describeCount(23, { q: 'thuiszitters', filters: {}, sort: 'relevantie' }, facets)).toBe('23 resultaten voor "thuiszitters"');
    expect(describeCount(1, { q: '', filters: { sector: ['po', 'vo'] }, sort: 'relevantie' }, facets)).toBe('1 resultaat met Sector: Primair onderwijs of Voortgezet onderwijs');
    expect(describeCount(0, { q: 'x', filters: { fase: ['pilot'] }, sort: 'nieuw' }, facets)).toBe('0 resultaten voor "x" met Fase: Pilot');
    expect(describeCount(1, { q: '', filters: { regio: ['twente'] }, sort: 'nieuw' }, facets, ['praktijkvoorbeeld', 'praktijkvoorbeelden'])).toBe('1 praktijkvoorbeeld met Inspiratieregio: Regio Twente');
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
