import { describe, expect, it } from 'vitest';
import type { Facet } from '../../src/search/facets.ts';
import { COLLAPSE_ABOVE, SHOWN_WHEN_COLLAPSED, facetView } from '../../src/search/facet-view.ts';

const sector: Facet = {
  key: 'sector',
  legend: 'Sector',
  values: ['Kinderopvang', 'Primair onderwijs', 'Voortgezet onderwijs', 'Mbo'].map((label, i) => ({ id: `s${i}`, label })),
};
const places = (view: ReturnType<typeof facetView>) => view.options.map((o) => `${o.label}:${o.place}`);

describe('facetView', () => {
  it('without counts: every option, in its own order, no facet hidden', () => {
    const view = facetView({ facet: sector, counts: null, chosen: [], total: 0 });
    expect(view.hidden).toBe(false);
    expect(view.options.map((o) => [o.label, o.count, o.place])).toEqual(sector.values.map((v) => [v.label, null, 'shown']));
  });

  it('only options that give results, most first; a chosen option stays even at 0', () => {
    const view = facetView({ facet: sector, counts: { 'Primair onderwijs': 2, Mbo: 5, Kinderopvang: 0 }, chosen: ['s0'], total: 6 });
    expect(places(view)).toEqual(['Mbo:shown', 'Primair onderwijs:shown', 'Kinderopvang:shown', 'Voortgezet onderwijs:absent']);
    expect(view.listed).toBe(3);
  });

  it('a facet that cannot narrow is hidden: nothing gives results, or all that do give every result', () => {
    expect(facetView({ facet: sector, counts: {}, chosen: [], total: 0 }).hidden).toBe(true);
    expect(facetView({ facet: sector, counts: { Mbo: 4 }, chosen: [], total: 4 }).hidden).toBe(true);
    expect(facetView({ facet: sector, counts: { Mbo: 4, 'Primair onderwijs': 4 }, chosen: [], total: 4 }).hidden).toBe(true);
    expect(facetView({ facet: sector, counts: { Mbo: 4, 'Primair onderwijs': 1 }, chosen: [], total: 4 }).hidden).toBe(false);
    // A chosen option keeps its facet in view, so it can be switched off there.
    expect(facetView({ facet: sector, counts: { Mbo: 4 }, chosen: ['s3'], total: 4 }).hidden).toBe(false);
  });

  it('keepAll lists every value, also without results, and never hides the facet', () => {
    const view = facetView({ facet: { ...sector, key: 'advies' }, counts: { Mbo: 3 }, chosen: [], total: 3, keepAll: true });
    expect(view.hidden).toBe(false);
    expect(places(view)).toEqual(sector.values.map((v) => `${v.label}:shown`)); // advies keeps its numbered order
  });

  it('ordered facets (leeftijd, fase, advies, onderbouwing) keep their order instead of sorting by count', () => {
    const view = facetView({ facet: { ...sector, key: 'leeftijd' }, counts: { Kinderopvang: 1, Mbo: 5, 'Primair onderwijs': 2 }, chosen: [], total: 6 });
    expect(view.options.filter((o) => o.place !== 'absent').map((o) => o.label)).toEqual(['Kinderopvang', 'Primair onderwijs', 'Mbo']);
  });

  it(`a long facet shows its first ${SHOWN_WHEN_COLLAPSED} and collapses the rest, but a chosen option always shows`, () => {
    const many: Facet = { key: 'thema', legend: 'Thema', values: Array.from({ length: 12 }, (_, i) => ({ id: `t${i}`, label: `T${i}` })) };
    const counts = Object.fromEntries(many.values.map((v, i) => [v.label, 20 - i]));
    const view = facetView({ facet: many, counts, chosen: ['t11'], total: 30 });
    expect(view.collapsible).toBe(true);
    expect(view.listed).toBe(12);
    const first = many.values.slice(0, SHOWN_WHEN_COLLAPSED).map((v) => v.id);
    expect(view.options.filter((o) => o.place === 'shown').map((o) => o.id)).toEqual([...first, 't11']);
    expect(view.options.filter((o) => o.place === 'collapsed')).toHaveLength(12 - SHOWN_WHEN_COLLAPSED - 1);
    // Up to COLLAPSE_ABOVE options: no button.
    const few: Facet = { ...many, values: many.values.slice(0, COLLAPSE_ABOVE) };
    expect(facetView({ facet: few, counts, chosen: [], total: 30 }).collapsible).toBe(false);
    // A facet that keeps all its values (the seven adviezen on the practice list) shows them all.
    const kept = facetView({ facet: many, counts, chosen: [], total: 30, keepAll: true });
    expect(kept.collapsible).toBe(false);
    expect(kept.options.every((o) => o.place === 'shown')).toBe(true);
  });
});
