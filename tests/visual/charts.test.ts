/**
 * The key-figure charts (src/visual/key-figure-charts.ts), the map markers
 * (src/visual/region-map.ts) and the dossier groups (src/groups/dossier.ts).
 */
import { describe, expect, test } from 'vitest';
import { figureCharts, niceMax, wrapText, type KeyFigure } from '../../src/visual/key-figure-charts.ts';
import { mapMarkers, markerPath, trancheShape, trancheStyles, type MapRegion } from '../../src/visual/region-map.ts';
import { groupByEvidence, regionsOfPractices, uniqueEvents } from '../../src/groups/dossier.ts';

const figure = (label: string, value: number, over: Partial<KeyFigure> = {}): KeyFigure => ({ label, value, year: 2018, source: 'Monitor', ...over });

describe('figureCharts', () => {
  test('none without figures', () => {
    expect(figureCharts([])).toEqual([]);
  });

  test('one chart per unit, figures in their own order, bars as fractions of a round axis', () => {
    const charts = figureCharts([
      figure('Leerlingen', 95300),
      figure('Met indicatie', 4, { valueMax: 90, unit: '%' }),
      figure('Jongeren', 105000),
      figure('Met jeugdhulp', 13000),
    ]);
    expect(charts.map((c) => [c.title, c.unit, c.axisMax])).toEqual([
      ['Aantallen in 2018', '', 120000],
      ['Percentages in 2018', '%', 100],
    ]);
    expect(charts[0]!.bars.map((b) => [b.index, b.from, Number(b.to.toFixed(3)), b.range])).toEqual([
      [0, 0, 0.794, false],
      [2, 0, 0.875, false],
      [3, 0, 0.108, false],
    ]);
    expect(charts[1]!.bars[0]).toMatchObject({ index: 1, from: 0.04, to: 0.9, range: true });
  });

  test('a figure too small to see next to the others of its unit gets a chart of its own', () => {
    const charts = figureCharts([figure('Leerlingen', 95300), figure('Aanbieders per school', 1, { valueMax: 69 }), figure('Jongeren', 105000), figure('Scholen per aanbieder', 2, { valueMax: 40 })]);
    expect(charts.map((c) => [c.title, c.bars.map((b) => b.index)])).toEqual([
      ['Aantallen in 2018', [0, 2]],
      ['Aantallen in 2018 (andere schaal)', [1, 3]],
    ]);
    expect(charts[1]!.axisMax).toBe(80);
  });

  test('figures of another year or source never share an axis; a count with nothing to compare gets no chart', () => {
    const charts = figureCharts([
      figure('Leerlingen 5-17', 95300, { year: 2018, source: 'Monitor' }),
      figure('Jongeren tot 18', 105000, { year: 2019, source: 'Herfstbericht' }),
      figure('Van hen met jeugdhulp', 13000, { year: 2019, source: 'Herfstbericht' }),
      figure('Aanbieders per school', 1, { valueMax: 69, year: 2019, source: 'Monitor' }),
      figure('Met indicatie', 4, { valueMax: 90, unit: '%', year: 2018, source: 'Monitor' }),
    ]);
    expect(charts.map((c) => [c.title, c.source, c.bars.map((b) => b.index)])).toEqual([
      ['Aantallen in 2019', 'Herfstbericht', [1, 2]],
      ['Percentages in 2018', 'Monitor', [4]],
    ]);
  });

  test('percentages always on 0..100, even when small', () => {
    const [chart] = figureCharts([figure('Thuiszitters', 0.4, { unit: '%' })]);
    expect(chart!.axisMax).toBe(100);
    expect(chart!.bars[0]!.to).toBeCloseTo(0.004);
  });

  test('other units get their own chart, named after the unit', () => {
    expect(figureCharts([figure('Scholen', 35, { unit: 'scholen' }), figure('Zorgintensieve scholen', 17, { unit: 'scholen' })])[0]!.title).toBe('In scholen in 2018');
  });

  test('zero and negative values draw no bar outside the axis', () => {
    const [chart] = figureCharts([figure('Niets', 0, { unit: '%' }), figure('Minder', -5, { unit: '%' })]);
    for (const bar of chart!.bars) {
      expect(bar.to).toBeGreaterThanOrEqual(0);
      expect(bar.to).toBeLessThanOrEqual(1);
    }
  });

  test('niceMax rounds up to a round number', () => {
    expect([niceMax(105000), niceMax(69), niceMax(100), niceMax(13), niceMax(0)]).toEqual([120000, 80, 100, 15, 1]);
  });

  test('wrapText breaks at spaces within the width', () => {
    expect(wrapText('Leerlingen van 5 tot en met 17 jaar die in Twente naar school gaan', 20)).toEqual(['Leerlingen van 5 tot', 'en met 17 jaar die', 'in Twente naar', 'school gaan']);
    expect(wrapText('kort', 20)).toEqual(['kort']);
  });
});

describe('map markers', () => {
  const regions: MapRegion[] = [
    { id: 'twente', name: 'Regio Twente', tranche: 1, joined: '2019-10-22', location: { lat: 52.27, lon: 6.79 } },
    { id: 'zeeland', name: 'Regio Zeeland', tranche: 2, joined: '2021-03-01', location: { lat: 51.5, lon: 3.61 } },
    { id: 'later', name: 'Gemeente Later', tranche: 3, joined: '2023-01-01', location: { lat: 52, lon: 5 } },
  ];
  // A stand-in projection: x grows east, y grows south.
  const project = (lat: number, lon: number): [number, number] => [(lon - 3) * 100, (54 - lat) * 100];
  const markers = mapMarkers(regions, project, 400, (id) => `/regios/${id}/`);

  test('one marker per region, in the order given, with link, name and group', () => {
    expect(markers.map((m) => [m.href, m.ariaLabel, m.shape])).toEqual([
      ['/regios/twente/', 'Regio Twente, groep 1', 'circle'],
      ['/regios/zeeland/', 'Regio Zeeland, groep 2', 'square'],
      ['/regios/later/', 'Gemeente Later, groep 3', 'diamond'],
    ]);
  });

  test('names go towards the middle: left of a marker in the east, right of it in the west', () => {
    const [twente, zeeland] = markers;
    expect(twente!.label.anchor).toBe('end');
    expect(twente!.label.x).toBeLessThan(twente!.x);
    expect(zeeland!.label.anchor).toBe('start');
    expect(zeeland!.label.x).toBeGreaterThan(zeeland!.x);
  });

  test('a legend entry per group with a distinct shape and the year it began', () => {
    expect(trancheStyles(regions)).toEqual([
      { tranche: 1, shape: 'circle', label: 'Groep 1', since: 'sinds 2019' },
      { tranche: 2, shape: 'square', label: 'Groep 2', since: 'sinds 2021' },
      { tranche: 3, shape: 'diamond', label: 'Groep 3', since: 'sinds 2023' },
    ]);
    expect(trancheShape(4)).toBe('circle');
  });

  test('marker shapes are closed paths', () => {
    for (const shape of ['circle', 'square', 'diamond'] as const) expect(markerPath(shape, 10, 10, 14)).toMatch(/^M[\d.]+,[\d.]+.*Z$/);
  });
});

describe('dossier groups', () => {
  const p = (id: string, evidence: string, region?: string) => ({ id, data: { evidence, region } });

  test('practices by step of the ladder, the best founded first, only steps that have practices', () => {
    const groups = groupByEvidence([p('a', 'praktijkervaring'), p('b', 'sterke-aanwijzingen'), p('c', 'praktijkervaring'), p('d', 'goed-onderbouwd')]);
    expect(groups.map((g) => [g.level, g.step, g.items.map((i) => i.id)])).toEqual([
      ['sterke-aanwijzingen', 5, ['b']],
      ['goed-onderbouwd', 2, ['d']],
      ['praktijkervaring', 1, ['a', 'c']],
    ]);
    expect(groups[0]!.label).toBe('Sterke aanwijzingen voor effectiviteit');
  });

  test('the regions of the practices, most practices first', () => {
    const regions = new Map([
      ['twente', { id: 'twente', data: { name: 'Regio Twente' } }],
      ['utrecht', { id: 'utrecht', data: { name: 'Gemeente Utrecht' } }],
    ]);
    const list = regionsOfPractices([p('a', 'x', 'utrecht'), p('b', 'x', 'twente'), p('c', 'x', 'twente'), p('d', 'x'), p('e', 'x', 'weg')], regions);
    expect(list.map((r) => [r.region.id, r.practices])).toEqual([
      ['twente', 2],
      ['utrecht', 1],
    ]);
  });

  test('events from several communities, once each, soonest first', () => {
    const e = (id: string, start: string) => ({ id, data: { start } });
    const list = uniqueEvents([[e('b', '2026-12-01T10:00:00+01:00'), e('a', '2026-11-30T10:00:00+01:00')], [e('b', '2026-12-01T10:00:00+01:00')]]);
    expect(list.map((x) => x.id)).toEqual(['a', 'b']);
  });
});
