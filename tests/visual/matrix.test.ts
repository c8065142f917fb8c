/** The advice matrix data (src/visual/advice-matrix.ts): rows, columns, cells and counts. */
import { describe, expect, test } from 'vitest';
import { adviceMatrix, STATUS_SHAPES, type MatrixInput } from '../../src/visual/advice-matrix.ts';
import { adviceStatuses } from '../../src/model/enums.ts';

const input = (over: Partial<MatrixInput> = {}): MatrixInput => ({
  advice: [
    { id: 'ouders', number: 3, title: 'Ouders betrekken', core: false },
    { id: 'teams', number: 1, title: 'Teams verbreden', core: true },
    { id: 'afspraken', number: 4, title: 'Lokale afspraken', core: true },
  ],
  regions: [
    { id: 'twente', name: 'Regio Twente', advice: [{ advice: 'teams', status: 'in-uitvoering' }, { advice: 'ouders', status: 'verkennen' }] },
    { id: 'utrecht', name: 'Gemeente Utrecht', advice: [{ advice: 'teams', status: 'geborgd' }, { advice: 'teams', status: 'verkennen' }] },
    { id: 'almere', name: 'Gemeente Almere', advice: [] },
  ],
  practiceCounts: new Map([
    ['teams', 11],
    ['ouders', 6],
  ]),
  regionHref: (id) => `/regios/${id}/#adviezen`,
  ...over,
});

describe('adviceMatrix', () => {
  const matrix = adviceMatrix(input());

  test('a row per advice in number order, with number, title, core and its number of practices', () => {
    expect(matrix.rows.map((r) => [r.number, r.title, r.core, r.practices])).toEqual([
      [1, 'Teams verbreden', true, 11],
      [3, 'Ouders betrekken', false, 6],
      [4, 'Lokale afspraken', true, 0],
    ]);
  });

  test('a column per region in the order given, each linking to its advice section', () => {
    expect(matrix.columns).toEqual([
      { id: 'twente', name: 'Regio Twente', href: '/regios/twente/#adviezen', described: true },
      { id: 'utrecht', name: 'Gemeente Utrecht', href: '/regios/utrecht/#adviezen', described: true },
      { id: 'almere', name: 'Gemeente Almere', href: '/regios/almere/#adviezen', described: false },
    ]);
  });

  test('each cell: the status with its Dutch label and link, or empty with words for a screen reader', () => {
    const teams = matrix.rows[0]!.cells;
    expect(teams[0]).toEqual({ regionId: 'twente', status: 'in-uitvoering', label: 'In uitvoering', href: '/regios/twente/#adviezen' });
    expect(teams[1]).toMatchObject({ status: 'geborgd', label: 'Geborgd' }); // a second mapping of the same advice is ignored
    expect(teams[2]).toEqual({ regionId: 'almere', emptyText: 'nog niet ingevuld' }); // Almere has not described its advice
    const afspraken = matrix.rows[2]!.cells;
    expect(afspraken[0]).toEqual({ regionId: 'twente', emptyText: 'geen' }); // Twente has, and not this one
  });

  test('every cell of every row, columns aligned', () => {
    for (const row of matrix.rows) expect(row.cells.map((c) => c.regionId)).toEqual(['twente', 'utrecht', 'almere']);
  });

  test('counts per status per row', () => {
    expect(matrix.rows[0]!.counts).toEqual({ verkennen: 0, 'in-uitvoering': 1, geborgd: 1 });
    expect(matrix.rows[1]!.counts).toEqual({ verkennen: 1, 'in-uitvoering': 0, geborgd: 0 });
  });

  test('an unknown status is left empty rather than shown wrong', () => {
    const odd = adviceMatrix(input({ regions: [{ id: 'x', name: 'X', advice: [{ advice: 'teams', status: 'half-af' }] }] }));
    expect(odd.rows[0]!.cells[0]!.status).toBeUndefined();
  });

  test('no regions, no advice: an empty matrix, no error', () => {
    expect(adviceMatrix(input({ regions: [] })).rows.every((r) => r.cells.length === 0)).toBe(true);
    expect(adviceMatrix(input({ advice: [] })).rows).toEqual([]);
  });

  test('40 regions × 7 advice: every cell, in linear time (no search per cell)', () => {
    const regions = Array.from({ length: 40 }, (_, i) => ({ id: `r${i}`, name: `Regio ${i}`, advice: [{ advice: `a${i % 7}`, status: adviceStatuses.ids[i % 3]! }] }));
    const advice = Array.from({ length: 7 }, (_, i) => ({ id: `a${i}`, number: i + 1, title: `Advies ${i + 1}`, core: i === 0 || i === 3 }));
    const big = adviceMatrix({ advice, regions, practiceCounts: new Map(), regionHref: (id) => `/regios/${id}/#adviezen` });
    expect(big.columns).toHaveLength(40);
    expect(big.rows.flatMap((r) => r.cells)).toHaveLength(280);
    expect(big.rows.flatMap((r) => r.cells).filter((c) => c.status)).toHaveLength(40);
  });

  test('every status has a shape (status is never shown by colour alone)', () => {
    expect(Object.keys(STATUS_SHAPES).sort()).toEqual([...adviceStatuses.ids].sort());
    expect(new Set(Object.values(STATUS_SHAPES)).size).toBe(3);
  });
});
