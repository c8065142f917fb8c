/**
 * The search facets. Their keys are part of the platform's public URL scheme
 * (/zoeken/?thema=schoolaanwezigheid&sector=vo&sector=po) and are the Pagefind filter names; the
 * index stores Dutch labels as values, the URL stores ids. Changing a key breaks shared links.
 */
export const FACET_KEYS = ['type', 'thema', 'advies', 'regio', 'provincie', 'sector', 'leeftijd', 'fase', 'onderbouwing'] as const;
export type FacetKey = (typeof FACET_KEYS)[number];

export const FACET_LEGENDS: Record<FacetKey, string> = {
  type: 'Soort',
  thema: 'Thema',
  advies: 'Advies',
  regio: 'Inspiratieregio',
  provincie: 'Provincie',
  sector: 'Sector',
  leeftijd: 'Leeftijd',
  fase: 'Fase',
  onderbouwing: 'Onderbouwing',
};

/** The `type` facet: one value per kind of page, id (URL) → label (index). */
export const PAGE_TYPES = {
  praktijkvoorbeeld: 'Praktijkvoorbeeld',
  inspiratieregio: 'Inspiratieregio',
  community: 'Community',
  nieuws: 'Nieuws',
  agenda: 'Agenda',
  advies: 'Advies',
  thema: 'Thema',
  organisatie: 'Organisatie',
  nieuwsbrief: 'Nieuwsbrief',
  pagina: 'Pagina',
} as const;
export type PageType = keyof typeof PAGE_TYPES;

export interface FacetValue {
  id: string;
  label: string;
}

export interface Facet {
  key: FacetKey;
  legend: string;
  values: FacetValue[];
}

/** Sort orders the URL knows: relevance (no `sort` key) or newest first (`sort=nieuw`). */
export const SORTS = { relevantie: 'Meest passend', nieuw: 'Nieuwste eerst' } as const;
export type SortId = keyof typeof SORTS;
