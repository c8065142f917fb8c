import { describe, expect, test } from 'vitest';
import { gapHref, gapTables } from '../../src/practices/gaps.ts';

const advice = [
  { id: 'twee', data: { number: 2, title: 'Tweede advies' } },
  { id: 'een', data: { number: 1, title: 'Eerste advies' } },
];
const practice = (adv: string[], ages: string[], sectors: string[]) => ({ data: { advice: adv.map((a) => ({ advice: a })), ageGroups: ages, sectors } });

describe('the gap tables', () => {
  const { byAge, bySector } = gapTables({
    advice,
    practices: [practice(['een'], ['4-12', '12-18'], ['po']), practice(['een', 'twee'], ['4-12'], ['po', 'vo']), practice(['een', 'een'], ['4-12'], ['po'])],
  });

  test('a row per advice in number order, a column per age group or sector', () => {
    expect(byAge.rows.map((r) => r.advice.label)).toEqual(['1. Eerste advies', '2. Tweede advies']);
    expect(byAge.columns.map((c) => c.id)).toEqual(['0-4', '4-12', '12-18', '18-27']);
    expect(bySector.columns.map((c) => c.label)).toContain('Speciaal onderwijs (so/vso)');
  });

  test('each cell counts published practices once, also when an advice is named twice', () => {
    expect(byAge.rows[0]!.cells.map((c) => c.count)).toEqual([0, 3, 1, 0]);
    expect(byAge.rows[1]!.cells.map((c) => c.count)).toEqual([0, 1, 0, 0]);
    expect(bySector.rows[0]!.cells.find((c) => c.column === 'po')!.count).toBe(3);
    expect(bySector.rows[1]!.cells.find((c) => c.column === 'vo')!.count).toBe(1);
  });

  test('empty cells are counted', () => {
    expect(byAge.empty).toBe(2 + 3);
    expect(bySector.empty).toBe(10 * 2 - 4);
  });

  test('a cell links to the practice list filtered on its advice and column', () => {
    expect(byAge.rows[0]!.cells[1]!.href).toBe('/praktijkvoorbeelden/?advies=een&leeftijd=4-12');
    expect(gapHref('twee', 'sector', 'so-vso')).toBe('/praktijkvoorbeelden/?advies=twee&sector=so-vso');
    expect(byAge.rows[0]!.advice.href).toBe('/adviezen/een/');
  });
});
