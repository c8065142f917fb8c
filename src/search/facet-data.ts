/**
 * The facets with their values (id for the URL, Dutch label as stored in the index), built at build
 * time from the model's enums and the content, and handed to the search script as JSON. The one
 * place that turns a value's id into its label: search records hold ids (records.ts).
 */
import { ageGroups, evidenceLevels, phases, provinces, sectors, type EnumDef } from '../model/enums.ts';
import type { Site } from '../lib/content.ts';
import { FACET_KEYS, FACET_LEGENDS, PAGE_TYPES, type Facet, type FacetKey } from './facets.ts';

const fromEnum = (def: EnumDef) => def.ids.map((id) => ({ id, label: def.labels[id] as string }));

export function buildFacets(site: Site): Facet[] {
  const values: Record<FacetKey, Facet['values']> = {
    type: Object.entries(PAGE_TYPES).map(([id, label]) => ({ id, label })),
    thema: site.themes.map((t) => ({ id: t.id, label: t.data.title })),
    advies: site.advice.map((a) => ({ id: a.id, label: a.data.title })),
    regio: site.regions.map((r) => ({ id: r.id, label: r.data.name })),
    provincie: fromEnum(provinces),
    sector: fromEnum(sectors),
    leeftijd: fromEnum(ageGroups),
    fase: fromEnum(phases),
    onderbouwing: fromEnum(evidenceLevels),
  };
  return (Object.keys(values) as FacetKey[]).map((key) => ({ key, legend: FACET_LEGENDS[key], values: values[key] }));
}

/** Per facet key: value id → label. */
export type FacetLabels = Record<FacetKey, ReadonlyMap<string, string>>;

const labelMaps = new WeakMap<Site, FacetLabels>();

/** The labels of every facet value of the site, looked up once per build. */
export function facetLabels(site: Site): FacetLabels {
  let labels = labelMaps.get(site);
  if (!labels) {
    const facets = buildFacets(site);
    labels = Object.fromEntries(
      FACET_KEYS.map((key): [FacetKey, ReadonlyMap<string, string>] => [key, new Map(facets.find((f) => f.key === key)!.values.map((v) => [v.id, v.label]))]),
    ) as FacetLabels;
    labelMaps.set(site, labels);
  }
  return labels;
}
