/**
 * Every closed list of values in the content model, with its Dutch label.
 * The ids are what content files store; the labels are what editors and visitors see.
 * Used by the schemas, the CMS selects, the search filters and the pages alike.
 */
export interface EnumDef<Id extends string = string> {
  /** Dutch name of the list, e.g. "Sector". */
  readonly label: string;
  /** Ids in their natural order (a ladder stays in ladder order). */
  readonly ids: readonly [Id, ...Id[]];
  readonly labels: Readonly<Record<Id, string>>;
}

function defineEnum<const Id extends string>(label: string, labels: Record<Id, string>): EnumDef<Id> {
  const ids = Object.keys(labels) as Id[];
  return { label, ids: ids as [Id, ...Id[]], labels };
}

export const provinces = defineEnum('Provincie', {
  groningen: 'Groningen',
  friesland: 'Friesland',
  drenthe: 'Drenthe',
  overijssel: 'Overijssel',
  flevoland: 'Flevoland',
  gelderland: 'Gelderland',
  utrecht: 'Utrecht',
  'noord-holland': 'Noord-Holland',
  'zuid-holland': 'Zuid-Holland',
  zeeland: 'Zeeland',
  'noord-brabant': 'Noord-Brabant',
  limburg: 'Limburg',
});

export const sectors = defineEnum('Sector', {
  kinderopvang: 'Kinderopvang',
  po: 'Primair onderwijs',
  vo: 'Voortgezet onderwijs',
  mbo: 'Mbo',
  'so-vso': 'Speciaal onderwijs (so/vso)',
  sbo: 'Speciaal basisonderwijs',
  pro: 'Praktijkonderwijs',
  jeugdhulp: 'Jeugdhulp',
  jgz: 'Jeugdgezondheidszorg',
  gemeente: 'Gemeente',
});

export const ageGroups = defineEnum('Leeftijd', {
  '0-4': '0 tot 4 jaar',
  '4-12': '4 tot 12 jaar',
  '12-18': '12 tot 18 jaar',
  '18-27': '18 tot 27 jaar',
});

export const phases = defineEnum('Fase', {
  idee: 'Idee',
  pilot: 'Pilot',
  uitvoering: 'In uitvoering',
  structureel: 'Structureel',
  geevalueerd: 'Geëvalueerd',
});

/** The Dutch effectiveness ladder, lowest step first. */
export const evidenceLevels = defineEnum('Onderbouwing', {
  praktijkervaring: 'Beschreven praktijk',
  'goed-onderbouwd': 'Goed onderbouwd',
  'eerste-aanwijzingen': 'Eerste aanwijzingen voor effectiviteit',
  'goede-aanwijzingen': 'Goede aanwijzingen voor effectiviteit',
  'sterke-aanwijzingen': 'Sterke aanwijzingen voor effectiviteit',
});

export const evidenceExplanations: Readonly<Record<(typeof evidenceLevels.ids)[number], string>> = {
  praktijkervaring: 'De aanpak is beschreven, maar nog niet onderzocht.',
  'goed-onderbouwd': 'Het is aannemelijk gemaakt waarom en hoe de aanpak werkt.',
  'eerste-aanwijzingen': 'Een eerste onderzoek wijst erop dat de aanpak werkt.',
  'goede-aanwijzingen': 'Onderzoek laat goede aanwijzingen zien dat de aanpak werkt.',
  'sterke-aanwijzingen': 'Sterk onderzoek laat zien dat de aanpak werkt.',
};

export const organisationKinds = defineEnum('Soort organisatie', {
  gemeente: 'Gemeente',
  samenwerkingsverband: 'Samenwerkingsverband passend onderwijs',
  schoolbestuur: 'Schoolbestuur',
  school: 'School',
  jeugdhulpaanbieder: 'Jeugdhulpaanbieder',
  jeugdgezondheidszorg: 'Jeugdgezondheidszorg',
  kinderopvang: 'Kinderopvang',
  welzijn: 'Welzijn',
  kennisinstituut: 'Kennisinstituut',
  'landelijke-organisatie': 'Landelijke organisatie',
  rijksoverheid: 'Rijksoverheid',
  overig: 'Overig',
});

export const regionKinds = defineEnum('Soort regio', {
  regio: 'Regio',
  gemeente: 'Gemeente',
});

export const adviceStatuses = defineEnum('Stand van zaken', {
  verkennen: 'Verkennen',
  'in-uitvoering': 'In uitvoering',
  geborgd: 'Geborgd',
});

/** How an organisation takes part in the coalitie Onderwijs-Zorg-Jeugd, as the programme's texts name it. */
export const coalitionRoles = defineEnum('Rol in de coalitie', {
  lid: 'Lid van de coalitie',
  agendalid: 'Agendalid van de coalitie',
  kennispartner: 'Kennispartner van de coalitie',
  'nauw-betrokken': 'Nauw betrokken bij de coalitie',
});

export const communityStatuses = defineEnum('Status', {
  'in-oprichting': 'In oprichting',
  actief: 'Actief',
  afgerond: 'Afgerond',
});

export const eventKinds = defineEnum('Soort bijeenkomst', {
  netwerkbijeenkomst: 'Netwerkbijeenkomst',
  kennissessie: 'Kennissessie',
  werkbezoek: 'Werkbezoek',
  heidag: 'Heidag',
  webinar: 'Webinar',
  conferentie: 'Conferentie',
});

export const newsletterStatuses = defineEnum('Status', {
  concept: 'Concept',
  klaar: 'Op de site, nog niet verstuurd',
  verzonden: 'Verzonden',
});

export type Province = (typeof provinces.ids)[number];
export type Sector = (typeof sectors.ids)[number];
export type AgeGroup = (typeof ageGroups.ids)[number];
export type Phase = (typeof phases.ids)[number];
export type EvidenceLevel = (typeof evidenceLevels.ids)[number];
export type AdviceStatus = (typeof adviceStatuses.ids)[number];

/** Label of an id, or the id itself when it is not in the list (never throws in a page). */
export function labelOf<Id extends string>(def: EnumDef<Id>, id: Id | string): string {
  return (def.labels as Record<string, string>)[id] ?? id;
}

/** What an amount in a practice's costs is counted per. */
export const costUnits = defineEnum('Per', {
  jaar: 'per jaar',
  kind: 'per kind per jaar',
});
