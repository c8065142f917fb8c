/**
 * The facet table: for every indexed page, its Pagefind id and its filter values, newest first.
 *
 * Why not Pagefind's own filters: once a page has loaded filter data, Pagefind counts every loaded
 * filter on every search, which at 10,000 practices makes a search for a common word several times
 * slower; and a search without a query (filters only) makes Pagefind load its whole word index
 * (about 20 MB at 10,000 practices). With this table the browser asks Pagefind only for the words,
 * then filters, counts and (without a query) lists the pages itself, from one small file.
 *
 * The table is written after Pagefind, from Pagefind's own fragments (src/integrations/pagefind.ts),
 * so it holds exactly the filter values of the index (data-pagefind-filter), keyed by the same ids.
 * This module is shared by the build (encode) and the browser (decode, filter, count).
 */
import type { FacetCounts } from './summary.ts';

/** The table's file, in Pagefind's output folder. Gzipped JSON; not content-hashed (cache briefly). */
export const FACET_TABLE_FILE = 'mao-facets.json.gz';
/** The Pagefind meta key that carries the page's sort date (YYYY-MM-DD) into its fragment. */
export const SORT_DATE_META = 'sortdate';

const VERSION = 1;

/** Pagefind writes each page's fragment as gzipped JSON behind this signature. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/** A Pagefind fragment's JSON, from its unzipped text (read by the build and by the browser). */
export function parseFragment<T>(text: string): T {
  return JSON.parse(text.startsWith(FRAGMENT_SIGNATURE) ? text.slice(FRAGMENT_SIGNATURE.length) : text) as T;
}

export interface FacetTablePage {
  /** Pagefind's page id (the fragment's file name, e.g. "nl_ce333d4"). */
  id: string;
  /** YYYY-MM-DD; the table lists pages newest first. */
  date: string;
  filters: Record<string, readonly string[] | undefined>;
}

/** Filter labels per facet key: OR within a key, AND across keys. */
export type LabelSelection = Partial<Record<string, readonly string[]>>;

interface Encoded {
  version: number;
  facets: { key: string; labels: string[] }[];
  /** "id:v.v.v;id:v.v" with v the base-36 index of a value over all facets' labels in order. */
  pages: string;
}

/** Encode the table (keys in the given order; values of other keys are left out). */
export function encodeFacetTable(pages: readonly FacetTablePage[], keys: readonly string[]): string {
  const labels = keys.map((key) => [...new Set(pages.flatMap((p) => p.filters[key] ?? []))].sort((a, b) => a.localeCompare(b, 'nl')));
  const offsets: number[] = [];
  labels.reduce((offset, list, i) => ((offsets[i] = offset), offset + list.length), 0);
  const index = new Map<string, number>();
  keys.forEach((key, k) => labels[k]!.forEach((label, i) => index.set(`${key}\u0000${label}`, offsets[k]! + i)));
  const ordered = [...pages].sort((a, b) => (a.date === b.date ? (a.id < b.id ? -1 : 1) : a.date < b.date ? 1 : -1));
  const rows = ordered.map((page) => {
    if (!/^[\w-]+$/.test(page.id)) throw new Error(`Facettabel: onbruikbare pagina-id "${page.id}"`);
    const values = keys.flatMap((key) => (page.filters[key] ?? []).map((label) => index.get(`${key}\u0000${label}`)!.toString(36)));
    return `${page.id}:${values.join('.')}`;
  });
  const encoded: Encoded = { version: VERSION, facets: keys.map((key, k) => ({ key, labels: labels[k]! })), pages: rows.join(';') };
  return JSON.stringify(encoded);
}

export class FacetTable {
  /** Page ids, newest first. */
  readonly ids: string[] = [];
  private readonly values = new Map<string, Uint16Array>();
  /** Per global value index: its key and label. */
  private readonly valueKey: string[] = [];
  private readonly valueLabel: string[] = [];
  private readonly valueIndex = new Map<string, number>();
  readonly keys: string[];

  private constructor(encoded: Encoded) {
    if (encoded.version !== VERSION) throw new Error(`Facettabel: versie ${encoded.version}, verwacht ${VERSION}`);
    this.keys = encoded.facets.map((f) => f.key);
    for (const facet of encoded.facets) {
      for (const label of facet.labels) {
        this.valueIndex.set(`${facet.key}\u0000${label}`, this.valueKey.length);
        this.valueKey.push(facet.key);
        this.valueLabel.push(label);
      }
    }
    if (!encoded.pages) return;
    for (const row of encoded.pages.split(';')) {
      const colon = row.indexOf(':');
      const id = row.slice(0, colon);
      const list = row.slice(colon + 1);
      this.ids.push(id);
      this.values.set(id, Uint16Array.from(list ? list.split('.').map((v) => parseInt(v, 36)) : []));
    }
  }

  static decode(json: string): FacetTable {
    return new FacetTable(JSON.parse(json) as Encoded);
  }

  has(id: string): boolean {
    return this.values.has(id);
  }

  /**
   * The selection as value indices per key. A label the table does not know matches no page
   * (so a selection of only unknown labels in a key matches nothing).
   */
  private compile(selection: LabelSelection, except?: string): Set<number>[] {
    const groups: Set<number>[] = [];
    for (const [key, labels] of Object.entries(selection)) {
      if (key === except || !labels || labels.length === 0) continue;
      groups.push(new Set(labels.flatMap((label) => this.valueIndex.get(`${key}\u0000${label}`) ?? [])));
    }
    return groups;
  }

  private static matchesGroups(values: Uint16Array | undefined, groups: Set<number>[]): boolean {
    if (!values) return false;
    return groups.every((group) => values.some((v) => group.has(v)));
  }

  /** The ids that match the selection (in the given order); ids unknown to the table are dropped. */
  filter(ids: readonly string[], selection: LabelSelection, except?: string): string[] {
    const groups = this.compile(selection, except);
    return ids.filter((id) => FacetTable.matchesGroups(this.values.get(id), groups));
  }

  /** How many of the ids carry each value: per key, per label (0 for a label none of them has). */
  tally(ids: readonly string[], onlyKey?: string): FacetCounts {
    const counts = new Uint32Array(this.valueKey.length);
    for (const id of ids) {
      const values = this.values.get(id);
      if (values) for (const v of values) counts[v]!++;
    }
    const out: FacetCounts = {};
    counts.forEach((n, v) => {
      const key = this.valueKey[v]!;
      if (onlyKey && key !== onlyKey) return;
      (out[key] ??= {})[this.valueLabel[v]!] = n;
    });
    return out;
  }

  /**
   * The counts beside the options of a form with OR within a facet: a facet with a selection counts
   * over the pages that match the other facets' selection (so "(7)" beside an option means 7 pages
   * if you choose it alone in that facet); every other facet counts over the pages that match the
   * whole selection. `base` is every page with the words (or every page).
   */
  optionCounts(base: readonly string[], selection: LabelSelection): FacetCounts {
    const out = this.tally(this.filter(base, selection));
    for (const [key, labels] of Object.entries(selection)) {
      if (labels && labels.length) out[key] = this.tally(this.filter(base, selection, key), key)[key] ?? {};
    }
    return out;
  }
}
