/**
 * Which filter options a visitor sees, in what order, for both search forms (/zoeken/ and the
 * practice list). Pure, so the rules are unit-tested; facet-panel.ts applies them to the form.
 * - Only options that give results are listed (an option that gives nothing is left out), unless it
 *   is chosen or the facet keeps all its values (the seven adviezen on the unfiltered practice list).
 * - A facet that cannot narrow anything stays out of the way: no option is chosen and every option
 *   left gives either nothing or every result (one region, an evidence level every result has).
 * - Options are sorted by count, most first; facets with an order of their own (advies by number,
 *   leeftijd, fase, onderbouwing as a ladder) keep it.
 * - A long facet shows its first options and a button for the rest ("Toon alle 12"); a chosen
 *   option is always shown, and a facet that keeps all its values is never collapsed.
 */
import type { Facet, FacetKey } from './facets.ts';

/** Facets whose values have an order of their own, kept instead of sorting by count. */
/** The button that opens a long facet: it names what it shows, so "17" is not read as 17 practices. */
export const showAllLabel = (count: number) => `Toon alle ${count} keuzes`;

export const ORDERED_FACETS: ReadonlySet<FacetKey> = new Set<FacetKey>(['advies', 'leeftijd', 'fase', 'onderbouwing']);

/** A facet with more options than this is collapsed to its first SHOWN_WHEN_COLLAPSED. */
export const COLLAPSE_ABOVE = 5;
export const SHOWN_WHEN_COLLAPSED = 4;

export type OptionPlace = 'shown' | 'collapsed' | 'absent';

export interface OptionView {
  id: string;
  label: string;
  /** The count beside the option; null when no counts are known (then none is shown). */
  count: number | null;
  chosen: boolean;
  place: OptionPlace;
}

export interface FacetView {
  key: FacetKey;
  /** The facet stays out of the way (nothing in it can narrow the results). */
  hidden: boolean;
  /** Every option of the facet, in the order to show them (absent ones last). */
  options: OptionView[];
  /** How many options the facet lists when expanded (shown + collapsed). */
  listed: number;
  /** Some options are collapsed behind "Toon alle …". */
  collapsible: boolean;
  /** The facet lists every value (an option with 0 reads "nog geen", not as a dead end). */
  keepAll: boolean;
}

export interface FacetViewInput {
  facet: Facet;
  /** Count per value label (as the facet table counts), or null when none are known. */
  counts: Readonly<Record<string, number>> | null;
  /** The chosen value ids of this facet. */
  chosen: readonly string[];
  /** The number of results the counts are about (for "every result has it"). */
  total: number;
  /** List every value, also those that give nothing (and never hide the facet). */
  keepAll?: boolean;
}

export function facetView({ facet, counts, chosen, total, keepAll = false }: FacetViewInput): FacetView {
  const chosenSet = new Set(chosen);
  const all = facet.values.map((v, index) => ({ id: v.id, label: v.label, index, count: counts ? (counts[v.label] ?? 0) : null, chosen: chosenSet.has(v.id) }));
  const listedOnes = all.filter((o) => o.count === null || keepAll || o.chosen || o.count > 0);
  if (counts && !ORDERED_FACETS.has(facet.key)) listedOnes.sort((a, b) => b.count! - a.count! || a.index - b.index);
  const narrows = listedOnes.some((o) => o.count === null || (o.count > 0 && o.count < total));
  const hidden = !keepAll && chosenSet.size === 0 && !narrows;
  // A facet that lists all its values (the seven adviezen) shows them all.
  const collapsible = !keepAll && listedOnes.length > COLLAPSE_ABOVE;
  const listedIds = new Set(listedOnes.map((o) => o.id));
  const options: OptionView[] = [
    ...listedOnes.map((o, i): OptionView => ({ id: o.id, label: o.label, count: o.count, chosen: o.chosen, place: !collapsible || i < SHOWN_WHEN_COLLAPSED || o.chosen ? 'shown' : 'collapsed' })),
    ...all.filter((o) => !listedIds.has(o.id)).map((o): OptionView => ({ id: o.id, label: o.label, count: o.count, chosen: o.chosen, place: 'absent' })),
  ];
  return { key: facet.key, hidden, options, listed: listedOnes.length, collapsible: collapsible && options.some((o) => o.place === 'collapsed'), keepAll };
}
