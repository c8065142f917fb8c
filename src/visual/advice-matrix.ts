/**
 * The advice matrix of /adviezen/: a row per advice, a column per inspiratieregio, in each cell the
 * region's status for that advice. Pure (plain data in, plain data out) and O(advice × regions +
 * mappings + practices): each region's mapping is read once into a map, never searched per cell.
 */
import { adviceStatuses, labelOf, type AdviceStatus } from '../model/enums.ts';

export interface MatrixAdvice {
  id: string;
  number: number;
  title: string;
  core: boolean;
}

export interface MatrixRegion {
  id: string;
  name: string;
  /** The region's advice mapping, as in its profile. */
  advice: readonly { advice: string; status: string }[];
}

export interface MatrixColumn {
  id: string;
  name: string;
  /** The region page's advice section. */
  href: string;
  /** False when the region has not yet said which advice it works on: its empty cells mean "not known yet", not "no". */
  described: boolean;
}

export interface MatrixCell {
  regionId: string;
  /** Undefined: the region does not (yet) work on this advice. */
  status?: AdviceStatus;
  /** "In uitvoering"; undefined for an empty cell. */
  label?: string;
  /** The region page's advice section, for a cell with a status. */
  href?: string;
  /** What an empty cell says to a screen reader: "geen" or "nog niet ingevuld". */
  emptyText?: string;
}

export interface MatrixRow {
  id: string;
  number: number;
  title: string;
  core: boolean;
  /** Number of practices that put this advice into practice. */
  practices: number;
  cells: MatrixCell[];
  /** Regions per status in this row, furthest along last (verkennen, in-uitvoering, geborgd). */
  counts: Record<AdviceStatus, number>;
}

export interface AdviceMatrix {
  columns: MatrixColumn[];
  rows: MatrixRow[];
}

export interface MatrixInput {
  /** In row order (by number). */
  advice: readonly MatrixAdvice[];
  /** In column order. */
  regions: readonly MatrixRegion[];
  /** Practices per advice id. */
  practiceCounts: ReadonlyMap<string, number>;
  /** The URL of a region's advice section, e.g. "/regios/twente/#adviezen". */
  regionHref: (id: string) => string;
}

const STATUSES = new Set<string>(adviceStatuses.ids);
const isStatus = (s: string): s is AdviceStatus => STATUSES.has(s);

export function adviceMatrix({ advice, regions, practiceCounts, regionHref }: MatrixInput): AdviceMatrix {
  const columns: MatrixColumn[] = regions.map((r) => ({ id: r.id, name: r.name, href: regionHref(r.id), described: r.advice.length > 0 }));
  // One map per region: advice id → status. If a region lists an advice twice, the first one counts.
  const statusOf = regions.map((r) => {
    const m = new Map<string, AdviceStatus>();
    for (const a of r.advice) if (isStatus(a.status) && !m.has(a.advice)) m.set(a.advice, a.status);
    return m;
  });
  const rows = [...advice]
    .sort((a, b) => a.number - b.number)
    .map((a): MatrixRow => {
      const counts = Object.fromEntries(adviceStatuses.ids.map((s) => [s, 0])) as Record<AdviceStatus, number>;
      const cells = columns.map((column, i): MatrixCell => {
        const status = statusOf[i]!.get(a.id);
        if (!status) return { regionId: column.id, emptyText: column.described ? 'geen' : 'nog niet ingevuld' };
        counts[status] += 1;
        return { regionId: column.id, status, label: labelOf(adviceStatuses, status), href: column.href };
      });
      return { id: a.id, number: a.number, title: a.title, core: a.core, practices: practiceCounts.get(a.id) ?? 0, cells, counts };
    });
  return { columns, rows };
}

/** The shape that goes with a status (fills up as the work gets further), so it never rests on colour alone. */
export const STATUS_SHAPES: Record<AdviceStatus, string> = { verkennen: '○', 'in-uitvoering': '◐', geborgd: '●' };
