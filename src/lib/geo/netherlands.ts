/**
 * The Netherlands as an SVG path, made at build time for the map of the inspiratieregio's.
 *
 * Data: Natural Earth's 1:10m "Admin 0 – Countries" (public domain), as TopoJSON in the npm package
 * world-atlas (countries-10m.json). Its Netherlands feature includes Bonaire, Sint Eustatius and
 * Saba; fitting a projection to that would shrink the mainland to a speck, so only the polygons
 * inside a box around the European part are kept. They are projected with d3-geo's Mercator,
 * fitted to that part, and simplified: coordinates rounded to one decimal in a 400-unit-wide
 * viewBox, points closer than SIMPLIFY_TOLERANCE to the previous one dropped, and islands that
 * become smaller than a triangle left out. The path is a few kilobytes.
 *
 * Computed once per build (module-level cache, like getSite()); nothing is fetched at view time.
 * The 3.7 MB topology is read from the package when the map is made, not imported: an import
 * made Vite bundle it into the build's chunks and Node parse it as JavaScript on every build.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';
import { geoMercator, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** Width of the map's viewBox; the height follows from the shape. */
export const MAP_WIDTH = 400;
/** Room around the country for markers and their labels, in viewBox units. */
export const MAP_PADDING = 18;
/** Points closer than this (viewBox units) to the previous kept point are dropped. */
export const SIMPLIFY_TOLERANCE = 1;

/**
 * The European Netherlands lies well inside this box; the Caribbean islands (longitude about −63 to
 * −68) lie far outside it. A polygon is kept when its outer ring lies wholly inside.
 */
export const EUROPEAN_BOX = { lat: { min: 50.5, max: 54 }, lon: { min: 3, max: 7.6 } } as const;

/** Natural Earth's numeric id of the Netherlands (ISO 3166-1 numeric 528). */
const NETHERLANDS_ID = '528';

export interface NetherlandsMap {
  width: number;
  height: number;
  /** SVG path data of the European part, simplified. Draw it with fill-rule="evenodd". */
  d: string;
  /** The rings as drawn (viewBox units), for point-in-polygon checks. */
  rings: [number, number][][];
  /** The European part as GeoJSON, unsimplified (for d3-geo's geoContains). */
  feature: Feature<MultiPolygon>;
  /** A place on the map: [x, y] in viewBox units, rounded to one decimal. */
  project(lat: number, lon: number): [number, number];
}

const round1 = (n: number) => Math.round(n * 10) / 10;

function insideBox(ring: Position[]): boolean {
  return ring.every(([lon, lat]) => lon! >= EUROPEAN_BOX.lon.min && lon! <= EUROPEAN_BOX.lon.max && lat! >= EUROPEAN_BOX.lat.min && lat! <= EUROPEAN_BOX.lat.max);
}

/** world-atlas's countries-10m topology, read from the installed package. */
export function worldCountries(): Topology {
  const file = createRequire(import.meta.url).resolve('world-atlas/countries-10m.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Topology;
}

/** The Netherlands' feature from a world-atlas topology, European polygons only. */
export function europeanNetherlands(topology: Topology = worldCountries()): Feature<MultiPolygon> {
  const collection = topology.objects.countries as GeometryCollection<{ name: string }>;
  const geometry = collection.geometries.find((g) => String(g.id) === NETHERLANDS_ID || (g.properties as { name?: string } | undefined)?.name === 'Netherlands');
  if (!geometry) throw new Error('world-atlas: no Netherlands (id 528) in countries-10m.json');
  const nl = feature(topology, geometry) as Feature<MultiPolygon | { type: 'Polygon'; coordinates: Position[][] }>;
  const polygons = nl.geometry.type === 'Polygon' ? [nl.geometry.coordinates] : (nl.geometry.coordinates as Position[][][]);
  const european = polygons.filter((polygon) => polygon[0] && insideBox(polygon[0]));
  if (european.length === 0) throw new Error('world-atlas: the Netherlands has no polygon in Europe');
  return { type: 'Feature', properties: { name: 'Nederland' }, geometry: { type: 'MultiPolygon', coordinates: european } };
}

/** Project a ring, round it, and drop points that add nothing visible. Fewer than 4 points: gone. */
function simplifyRing(ring: Position[], projection: GeoProjection): [number, number][] | undefined {
  const out: [number, number][] = [];
  for (const position of ring) {
    const p = projection(position as [number, number]);
    if (!p) continue;
    const point: [number, number] = [round1(p[0]), round1(p[1])];
    const last = out[out.length - 1];
    if (last && Math.hypot(point[0] - last[0], point[1] - last[1]) < SIMPLIFY_TOLERANCE) continue;
    out.push(point);
  }
  // The ring closes itself (Z); a last point on top of the first is not needed.
  const first = out[0];
  const last = out[out.length - 1];
  if (first && last && out.length > 1 && Math.hypot(first[0] - last[0], first[1] - last[1]) < SIMPLIFY_TOLERANCE) out.pop();
  return out.length >= 4 ? out : undefined;
}

const fmt = (n: number) => String(n);

/** Path data for rings: "M x,y L x,y x,y … Z" per ring. */
export function ringsToPath(rings: [number, number][][]): string {
  return rings.map((ring) => `M${ring.map(([x, y]) => `${fmt(x)},${fmt(y)}`).join(' ').replace(' ', 'L')}Z`).join('');
}

/** Build the map from a topology (the default is world-atlas's countries-10m). */
export function buildNetherlandsMap(topology?: Topology): NetherlandsMap {
  const nl = europeanNetherlands(topology);
  const projection = geoMercator().fitWidth(MAP_WIDTH - 2 * MAP_PADDING, nl);
  const [tx, ty] = projection.translate();
  projection.translate([tx + MAP_PADDING, ty + MAP_PADDING]);
  const rings: [number, number][][] = [];
  let maxY = 0;
  for (const polygon of nl.geometry.coordinates) {
    for (const ring of polygon) {
      const simple = simplifyRing(ring, projection);
      if (!simple) continue;
      rings.push(simple);
      for (const [, y] of simple) maxY = Math.max(maxY, y);
    }
  }
  return {
    width: MAP_WIDTH,
    height: Math.ceil(maxY + MAP_PADDING),
    d: ringsToPath(rings),
    rings,
    feature: nl,
    project(lat, lon) {
      const p = projection([lon, lat]);
      if (!p) throw new Error(`cannot project ${lat}, ${lon}`);
      return [round1(p[0]), round1(p[1])];
    },
  };
}

let cached: NetherlandsMap | undefined;

/** The map of the Netherlands, built once per build. */
export function netherlandsMap(): NetherlandsMap {
  cached ??= buildNetherlandsMap();
  return cached;
}

/** Even-odd point-in-polygon over all rings (a point in a hole is outside). */
export function insideRings(rings: readonly (readonly [number, number])[][], [x, y]: readonly [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i]!;
      const [xj, yj] = ring[j]!;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
