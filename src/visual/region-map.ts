/**
 * What the map of the inspiratieregio's draws: a marker per region at its location, its shape and
 * colour by group (tranche), and where its name goes when the marker is hovered or focused.
 * Pure: the projection is passed in (src/lib/geo/netherlands.ts gives the real one).
 */

export interface MapRegion {
  id: string;
  name: string;
  tranche: number;
  joined: string;
  location: { lat: number; lon: number };
}

export type MarkerShape = 'circle' | 'square' | 'diamond';

export interface TrancheStyle {
  tranche: number;
  shape: MarkerShape;
  /** "Groep 1" */
  label: string;
  /** "sinds 2019": the year the first region of the group joined. */
  since?: string;
}

export interface MapMarker {
  id: string;
  name: string;
  href: string;
  tranche: number;
  shape: MarkerShape;
  /** Accessible name of the marker link: "Regio Twente, groep 1". */
  ariaLabel: string;
  x: number;
  y: number;
  /** Where the name is written: beside the marker, towards the middle of the map. */
  label: { x: number; y: number; anchor: 'start' | 'end' };
}

/** The shape of each group's marker (groups beyond three reuse them with their number in the legend). */
const SHAPES: readonly MarkerShape[] = ['circle', 'square', 'diamond'];

export function trancheShape(tranche: number): MarkerShape {
  return SHAPES[(Math.max(1, Math.round(tranche)) - 1) % SHAPES.length]!;
}

/** The groups that have regions, in order, each with its shape and the year it started. */
export function trancheStyles(regions: readonly MapRegion[]): TrancheStyle[] {
  const since = new Map<number, string>();
  for (const r of regions) {
    const year = r.joined.slice(0, 4);
    const known = since.get(r.tranche);
    if (!known || year < known) since.set(r.tranche, year);
  }
  return [...since.keys()]
    .sort((a, b) => a - b)
    .map((tranche) => ({ tranche, shape: trancheShape(tranche), label: `Groep ${tranche}`, since: since.get(tranche) && `sinds ${since.get(tranche)}` }));
}

/** Distance of the name from the marker's centre, in viewBox units. */
const LABEL_GAP = 11;

/**
 * A marker per region, in the order given (the tab order, so give it the order of the text list).
 * Names sit to the right of a marker in the western part of the map and to the left in the eastern
 * part, so they stay inside the map.
 */
export function mapMarkers(
  regions: readonly MapRegion[],
  project: (lat: number, lon: number) => [number, number],
  width: number,
  href: (id: string) => string,
): MapMarker[] {
  return regions.map((r) => {
    const [x, y] = project(r.location.lat, r.location.lon);
    const east = x > width * 0.55;
    return {
      id: r.id,
      name: r.name,
      href: href(r.id),
      tranche: r.tranche,
      shape: trancheShape(r.tranche),
      ariaLabel: `${r.name}, groep ${r.tranche}`,
      x,
      y,
      label: { x: east ? x - LABEL_GAP : x + LABEL_GAP, y: y + 5, anchor: east ? 'end' : 'start' },
    };
  });
}

/** SVG path data of a marker shape centred on (x, y), about `size` across. */
export function markerPath(shape: MarkerShape, x: number, y: number, size: number): string {
  const r = size / 2;
  const n = (v: number) => Math.round(v * 10) / 10;
  switch (shape) {
    case 'square':
      return `M${n(x - r * 0.9)},${n(y - r * 0.9)}h${n(r * 1.8)}v${n(r * 1.8)}h${n(-r * 1.8)}Z`;
    case 'diamond':
      return `M${n(x)},${n(y - r * 1.2)}L${n(x + r * 1.2)},${n(y)} ${n(x)},${n(y + r * 1.2)} ${n(x - r * 1.2)},${n(y)}Z`;
    default:
      return `M${n(x - r)},${n(y)}a${n(r)},${n(r)} 0 1,0 ${n(2 * r)},0a${n(r)},${n(r)} 0 1,0 ${n(-2 * r)},0Z`;
  }
}
