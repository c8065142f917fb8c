/**
 * A region's key figures as bar charts: one chart per unit ("%", "scholen", or none: counts), year
 * and source, a bar per figure, a range (value..valueMax) as a range bar. Figures of other years or
 * sources count other groups ("95.300 leerlingen 5–17, 2018" and "105.000 jongeren tot 18, 2019"), so
 * they never share an axis as if they were comparable; a count with nothing comparable beside it
 * gets no chart (the table under the charts shows it). A percentage has its own 0..100 axis, so it
 * is charted even alone. Figures of one unit whose sizes differ so
 * much that the smaller would be an invisible sliver (less than MIN_SHARE of the largest) go to a
 * chart of their own, so every bar can be seen. Percentages are always drawn on 0..100 %.
 * Pure: the numbers in, the geometry (as fractions of the axis) out.
 */

export interface KeyFigure {
  label: string;
  value: number;
  valueMax?: number;
  unit?: string;
  year: number;
  source: string;
}

export interface ChartBar {
  /** Index of the figure in the region's list (the table row). */
  index: number;
  label: string;
  /** Start and end of the bar as fractions of the axis (0..1); a plain bar starts at 0. */
  from: number;
  to: number;
  range: boolean;
}

export interface FigureChart {
  /** The unit of every figure in the chart ("" for plain counts). */
  unit: string;
  /** The year and source every figure in the chart shares. */
  year: number;
  source: string;
  title: string;
  /** The value at the right end of the axis. */
  axisMax: number;
  bars: ChartBar[];
}

/** A figure smaller than this share of the largest in its unit gets a chart of its own. */
export const MIN_SHARE = 0.05;

const top = (f: KeyFigure) => Math.max(f.value, f.valueMax ?? f.value);
const isPercent = (unit: string) => unit.trim() === '%';

/** A round number at or above `value`: 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 times a power of ten. */
export function niceMax(value: number): number {
  if (!(value > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    const candidate = step * power;
    if (candidate >= value - 1e-9) return Number(candidate.toPrecision(12));
  }
  return 10 * power;
}

function title(unit: string, year: number, part: number): string {
  const base = unit === '' ? 'Aantallen' : isPercent(unit) ? 'Percentages' : `In ${unit}`;
  return `${base} in ${year}${part === 0 ? '' : ' (andere schaal)'}`;
}

const clamp = (n: number) => Math.min(1, Math.max(0, n));

/** The charts for a list of key figures; none for an empty list. */
export function figureCharts(figures: readonly KeyFigure[]): FigureChart[] {
  // Groups (unit, year, source) in the order they first appear; figures keep their own order inside a chart.
  const groups = new Map<string, { unit: string; year: number; source: string; indices: number[] }>();
  figures.forEach((f, i) => {
    const unit = (f.unit ?? '').trim();
    const key = JSON.stringify([unit, f.year, f.source.trim()]);
    const group = groups.get(key) ?? { unit, year: f.year, source: f.source.trim(), indices: [] };
    group.indices.push(i);
    groups.set(key, group);
  });

  const charts: FigureChart[] = [];
  for (const { unit, year, source, indices } of groups.values()) {
    let clusters: number[][];
    if (isPercent(unit)) clusters = [indices];
    else {
      // Largest first; a figure joins the current scale while it is at least MIN_SHARE of its largest.
      const bySize = [...indices].sort((a, b) => top(figures[b]!) - top(figures[a]!) || a - b);
      clusters = [];
      let scale = Infinity;
      for (const i of bySize) {
        const size = top(figures[i]!);
        if (clusters.length === 0 || size < scale * MIN_SHARE) {
          clusters.push([i]);
          scale = size;
        } else clusters[clusters.length - 1]!.push(i);
      }
      clusters = clusters.map((c) => c.sort((a, b) => a - b));
    }
    clusters.forEach((cluster, part) => {
      if (cluster.length < 2 && !isPercent(unit)) return;
      const largest = Math.max(...cluster.map((i) => top(figures[i]!)));
      const axisMax = isPercent(unit) ? Math.max(100, niceMax(largest)) : niceMax(largest);
      charts.push({
        unit,
        year,
        source,
        title: title(unit, year, part),
        axisMax,
        bars: cluster.map((i) => {
          const f = figures[i]!;
          const range = f.valueMax !== undefined && f.valueMax !== f.value;
          return {
            index: i,
            label: f.label,
            from: range ? clamp(Math.min(f.value, f.valueMax!) / axisMax) : 0,
            to: clamp(top(f) / axisMax),
            range,
          };
        }),
      });
    });
  }
  return charts;
}

/** Break a label into lines of at most `width` characters, at spaces (a longer word gets a line of its own). */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}
