/**
 * "Hier zoeken we nog voorbeelden" (issue 16): for each advice, how many published practices there
 * are per age group and per sector. Every cell links to the practice list filtered on that advice
 * and that age group or sector; a cell with none is where an example is most needed. Pure: the page
 * passes in the adviezen and the published practices.
 */
import { ageGroups, sectors, type EnumDef } from '../model/enums.ts';
import { routes } from '../routes.ts';
import { toSearchParams } from '../search/url-state.ts';
import type { FacetKey } from '../search/facets.ts';

export interface GapInput {
  advice: readonly { id: string; data: { number: number; title: string } }[];
  practices: readonly { data: { advice: readonly { advice: string }[]; ageGroups: readonly string[]; sectors: readonly string[] } }[];
}

export interface GapCell {
  column: string;
  count: number;
  /** The practice list filtered on this advice and this column. */
  href: string;
}

export interface GapRow {
  advice: { id: string; label: string; href: string };
  cells: GapCell[];
}

export interface GapTable {
  /** "leeftijd" or "sector": the practice list's filter key for the columns. */
  key: Extract<FacetKey, 'leeftijd' | 'sector'>;
  caption: string;
  columns: { id: string; label: string }[];
  rows: GapRow[];
  /** Cells with no practice. */
  empty: number;
}

/** The practice list filtered on one advice and one age group or sector. */
export function gapHref(adviceId: string, key: GapTable['key'], value: string): string {
  return routes.practiceListWith(toSearchParams({ q: '', sort: 'relevantie', filters: { advies: [adviceId], [key]: [value] } }));
}

function table(input: GapInput, key: GapTable['key'], def: EnumDef, field: 'ageGroups' | 'sectors', caption: string): GapTable {
  const counts = new Map<string, number>();
  for (const p of input.practices) {
    for (const a of new Set(p.data.advice.map((x) => x.advice))) {
      for (const v of new Set(p.data[field])) counts.set(`${a}\u0000${v}`, (counts.get(`${a}\u0000${v}`) ?? 0) + 1);
    }
  }
  const advice = [...input.advice].sort((a, b) => a.data.number - b.data.number);
  const rows = advice.map((a) => ({
    advice: { id: a.id, label: `${a.data.number}. ${a.data.title}`, href: routes.advice(a.id) },
    cells: def.ids.map((column) => ({ column, count: counts.get(`${a.id}\u0000${column}`) ?? 0, href: gapHref(a.id, key, column) })),
  }));
  return {
    key,
    caption,
    columns: def.ids.map((id) => ({ id, label: (def.labels as Record<string, string>)[id] ?? id })),
    rows,
    empty: rows.reduce((n, r) => n + r.cells.filter((c) => c.count === 0).length, 0),
  };
}

export function gapTables(input: GapInput): { byAge: GapTable; bySector: GapTable } {
  return {
    byAge: table(input, 'leeftijd', ageGroups, 'ageGroups', 'Aantal praktijkvoorbeelden per advies en leeftijd'),
    bySector: table(input, 'sector', sectors, 'sectors', 'Aantal praktijkvoorbeelden per advies en sector'),
  };
}
