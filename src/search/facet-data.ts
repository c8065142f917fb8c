/**
 * The facets with their values (id for the URL, Dutch label as stored in the index), built at build
 * time from the model's enums and the content, and handed to the search script as JSON.
 */
import { ageGroups, evidenceLevels, phases, provinces, sectors, type EnumDef } from '../model/enums.ts';
import type { Site } from '../lib/content.ts';
import { FACET_LEGENDS, PAGE_TYPES, type Facet, type FacetKey } from './facets.ts';

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
