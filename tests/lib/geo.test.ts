/**
 * The map of the Netherlands (src/lib/geo/netherlands.ts): only the European part, small enough to
 * inline, and known places land inside the drawn shape, in the right places relative to each other.
 */
import { describe, expect, test } from 'vitest';
import { geoContains } from 'd3-geo';
import { EUROPEAN_BOX, MAP_WIDTH, insideRings, netherlandsMap, ringsToPath } from '../../src/lib/geo/netherlands.ts';

const CITIES = {
  enschede: { lat: 52.22, lon: 6.89 },
  maastricht: { lat: 50.85, lon: 5.69 },
  denHelder: { lat: 52.96, lon: 4.76 },
  middelburg: { lat: 51.5, lon: 3.61 },
  utrecht: { lat: 52.09, lon: 5.12 },
  groningen: { lat: 53.22, lon: 6.57 },
} as const;
type City = keyof typeof CITIES;

const map = netherlandsMap();
const at = (city: City) => map.project(CITIES[city].lat, CITIES[city].lon);

describe('the European Netherlands', () => {
  test('drops Bonaire, Sint Eustatius and Saba: every polygon lies in the European box', () => {
    const polygons = map.feature.geometry.coordinates;
    expect(polygons.length).toBeGreaterThan(1); // the mainland, Zeeland's islands, the Wadden
    for (const polygon of polygons) {
      for (const [lon, lat] of polygon[0]!) {
        expect(lon).toBeGreaterThanOrEqual(EUROPEAN_BOX.lon.min);
        expect(lat).toBeGreaterThanOrEqual(EUROPEAN_BOX.lat.min);
      }
    }
  });

  test('fills the map: the mainland is fitted, not a speck (width = viewBox, height in proportion)', () => {
    const xs = map.rings.flat().map(([x]) => x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeGreaterThan(MAP_WIDTH * 0.85);
    expect(map.height).toBeGreaterThan(MAP_WIDTH); // the country is taller than wide in Mercator
    expect(map.height).toBeLessThan(MAP_WIDTH * 1.4);
  });

  test('the path is simplified: small enough to inline on every page that shows it', () => {
    expect(map.d.length).toBeLessThan(15_000);
    expect(map.d).toMatch(/^M[\d.]+,[\d.]+L/);
    expect(map.d).not.toMatch(/\d\.\d{2}/); // one decimal at most
    expect(map.rings.length).toBeGreaterThanOrEqual(5); // the Wadden islands survive
  });

  test('ringsToPath writes one closed subpath per ring', () => {
    expect(ringsToPath([[[0, 0], [10, 0], [10, 10], [0, 10]]])).toBe('M0,0L10,0 10,10 0,10Z');
  });
});

describe('known places', () => {
  test.each(Object.keys(CITIES) as City[])('%s lies inside the country (the feature and the drawn shape)', (city) => {
    const { lat, lon } = CITIES[city];
    expect(geoContains(map.feature, [lon, lat])).toBe(true);
    expect(insideRings(map.rings, at(city))).toBe(true);
  });

  test('places outside the Netherlands are outside the drawn shape', () => {
    for (const [lat, lon] of [
      [51.22, 4.4], // Antwerpen
      [51.45, 7.01], // Essen
      [52.5, 3.5], // the North Sea
      [12.15, -68.27], // Bonaire: left out
    ] as const) {
      expect(insideRings(map.rings, map.project(lat, lon)), `${lat}, ${lon}`).toBe(false);
    }
  });

  test('relative places: east is right, north is up', () => {
    const [enschede, maastricht, denHelder, middelburg, groningen] = (['enschede', 'maastricht', 'denHelder', 'middelburg', 'groningen'] as const).map(at);
    const x = 0;
    const y = 1;
    expect(enschede![x]).toBeGreaterThan(denHelder![x]); // Enschede east of Den Helder
    expect(middelburg![x]).toBeLessThan(enschede![x]); // Middelburg west of Enschede
    expect(middelburg![x]).toBeLessThan(denHelder![x]); // … and of Den Helder
    expect(middelburg![y]).toBeGreaterThan(denHelder![y]); // Middelburg south of Den Helder (SVG y grows down)
    for (const other of [enschede, denHelder, middelburg, groningen]) expect(maastricht![y]).toBeGreaterThan(other![y]); // Maastricht south of all
    expect(groningen![y]).toBeLessThan(enschede![y]); // Groningen north of Enschede
  });

  test('every place of the model bounds projects inside the viewBox', () => {
    for (const [lat, lon] of [
      [50.75, 5.9],
      [53.5, 6.5],
      [51.4, 3.4],
      [52.2, 7.05],
    ] as const) {
      const [x, y] = map.project(lat, lon);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(map.width);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(map.height);
    }
  });

  test('built once per build', () => {
    expect(netherlandsMap()).toBe(map);
  });
});
