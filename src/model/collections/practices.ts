import { f } from '../fields.ts';
import { ageGroups, costUnits, evidenceLevels, phases, provinces, sectors } from '../enums.ts';
import { z } from 'astro/zod';

/** Messages of the worksheet's rules that span fields (the model's, shown in the CMS and the content check). */
export const WORKSHEET_MESSAGES = {
  costAmount: 'Vul bij een bedrag ook in of het per jaar of per kind per jaar is, of laat allebei leeg.',
} as const;

/**
 * The worksheet ("Zo kun je het overnemen", issue 16): what a reader in another region needs to
 * judge whether the practice would work for them and what it takes. Every part is optional, so a
 * region can publish early; the practice page says which parts are not described yet. The order
 * here is the order of the page's sections (src/practices/worksheet.ts).
 */
export const WORKSHEET_STEP_LABEL = 'Zo kun je het overnemen';

export const worksheetShape = {
  targetGroup: f.text({
    label: 'Voor wie',
    hint: 'Voor wie is de aanpak, in één of twee zinnen? Bijvoorbeeld "Leerlingen van groep 8 die extra steun nodig hebben bij de overstap". Leeftijden en sectoren kies je hierboven al.',
    max: 400,
  }).optional(),
  goal: f.text({ label: 'Doel', hint: 'Wat wil de aanpak veranderen? Schrijf het in één of twee zinnen.', max: 400 }).optional(),
  workingElements: f.list(f.text({ label: 'Werkzaam element', hint: 'Eén ding dat de aanpak laat werken, in één zin.', max: 300 }), {
    label: 'Werkzame elementen',
    hint: 'Wat maakt dat de aanpak werkt? Noem elk werkzaam element apart. Alleen wat jullie weten of gemerkt hebben.',
  }).optional(),
  conditions: f.list(
    f.object(
      {
        what: f.string({ label: 'Wat', hint: 'Bijvoorbeeld "Een procesbegeleider", "Afspraken tussen school en gemeente" of "Tijd voor overleg".', max: 120 }),
        explanation: f.text({ label: 'Uitleg', hint: 'Leg in één of twee zinnen uit waarom of hoeveel.', max: 400 }).optional(),
      },
      { label: 'Voorwaarde' },
    ),
    {
      label: 'Wat heb je nodig',
      hint: 'Wat heb je nodig om de aanpak te doen: mensen en rollen, afspraken tussen partijen, geld, tijd, scholing. Elk punt apart.',
    },
  ).optional(),
  costs: f
    .object(
      {
        text: f.text({ label: 'Wat kost het en wie betaalt', hint: 'Vertel wat de aanpak kost en wie het betaalt. Weet je het niet precies? Schrijf dat dan.', max: 600 }),
        amount: f.number({ label: 'Bedrag in euro', hint: 'Alleen als je een bedrag weet, zonder punt of euroteken. Bijvoorbeeld 25000.', min: 0 }).optional(),
        per: f.select(costUnits, { label: 'Per', hint: 'Is het bedrag per jaar, of per kind per jaar?' }).optional(),
      },
      { label: 'Kosten', hint: 'Wat kost het en wie betaalt? Een bedrag mag, hoeft niet.' },
    )
    .refine((c) => (c.amount === undefined) === (c.per === undefined), { message: WORKSHEET_MESSAGES.costAmount })
    .optional(),
  lessons: f.text({ label: 'Wat we leerden', hint: 'Wat leerden de mensen die meededen? Ook wat niet werkte.', max: 1200 }).optional(),
};

export const practiceSchema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'Een korte, duidelijke titel. Hoogstens 120 tekens.', max: 120 }),
  summary: f.text({ label: 'Samenvatting', hint: 'Twee of drie zinnen: wat is het en wat levert het op? Hoogstens 300 tekens.', max: 300 }),
  region: f.ref('regions', { label: 'Inspiratieregio', hint: 'Hoort het voorbeeld bij een inspiratieregio? Kies die dan.' }).optional(),
  place: f.string({ label: 'Plaats', hint: 'De gemeente of plaats waar het gebeurt.' }),
  province: f.select(provinces, { label: 'Provincie', hint: 'In welke provincie ligt de plaats?' }),
  image: f.image({ label: 'Afbeelding', hint: 'Een foto of tekening (niet verplicht).' }).optional(),
  organisations: f.refs('organisations', { label: 'Organisaties', hint: 'Welke organisaties werken eraan mee?' }),
  themes: f.refs('themes', { label: 'Thema\'s', hint: 'Kies minstens één thema.', min: 1 }),
  advice: f.list(
    f.object(
      {
        advice: f.ref('advice', { label: 'Advies', hint: 'Welk advies brengt dit voorbeeld in de praktijk?' }),
        note: f.text({ label: 'Hoe', hint: 'Vertel in één of twee zinnen hoe.' }).optional(),
      },
      { label: 'Advies' },
    ),
    { label: 'Adviezen', hint: 'Kies minstens één van de zeven adviezen.', min: 1 },
  ),
  sectors: f.selectMany(sectors, { label: 'Sectoren', hint: 'Voor welke sectoren is dit voorbeeld? Kies er minstens één.', min: 1 }),
  ageGroups: f.selectMany(ageGroups, { label: 'Leeftijden', hint: 'Voor welke leeftijden? Kies er minstens één.', min: 1 }),
  phase: f.select(phases, { label: 'Fase', hint: 'Hoe ver is het voorbeeld?' }),
  started: f.integer({ label: 'Gestart in', hint: 'Het jaar waarin het begon.', min: 1990, max: 2100 }).optional(),
  evidence: f.select(evidenceLevels, {
    label: 'Onderbouwing',
    hint: 'Hoe goed is bekend dat het werkt? Kies "Beschreven praktijk" als het nog niet onderzocht is.',
  }),
  recognisedInterventions: f.list(
    f.object(
      {
        name: f.string({ label: 'Naam', hint: 'De naam van de interventie, zoals die in de databank staat.' }),
        url: f.url({ label: 'Webadres', hint: 'Bijvoorbeeld de pagina in de Databank Effectieve Jeugdinterventies.' }),
      },
      { label: 'Erkende interventie' },
    ),
    { label: 'Erkende interventies', hint: 'Erkende interventies die het voorbeeld gebruikt.' },
  ),
  results: f.list(
    f.object(
      {
        indicator: f.string({ label: 'Wat is gemeten', hint: 'Bijvoorbeeld "leerlingen die doorstromen naar het vmbo".' }),
        value: f.string({ label: 'Uitkomst', hint: 'Bijvoorbeeld "60%".' }),
        source: f.string({ label: 'Bron', hint: 'Waar komt de uitkomst vandaan? Bijvoorbeeld "Eigen meting 2024" of de naam van een rapport.' }).optional(),
      },
      { label: 'Resultaat' },
    ),
    { label: 'Resultaten', hint: 'Wat heeft het opgeleverd? Alleen met een cijfer of duidelijke uitkomst.' },
  ),
  contact: f.object(
    {
      name: f.string({ label: 'Naam', hint: 'Wie kunnen mensen bellen of mailen? Een persoon of een team.' }),
      organisation: f.string({ label: 'Organisatie', hint: 'Bij welke organisatie hoort het contact? Bijvoorbeeld "Gemeente Deventer".' }).optional(),
      email: f.email({ label: 'E-mail', hint: 'Dit adres komt alleen op de site als de contactpersoon het wil delen voor contact. Een algemeen adres van een team mag ook.' }).optional(),
      phone: f.string({ label: 'Telefoon', hint: 'Dit nummer komt alleen op de site als de contactpersoon het wil delen voor contact. Een algemeen nummer van een team mag ook.' }).optional(),
    },
    { label: 'Contact', hint: 'Aan wie kunnen anderen vragen stellen?' },
  ),
  links: f.list(
    f.object(
      {
        label: f.string({ label: 'Tekst van de link', hint: 'Waar gaat de link naartoe? Bijvoorbeeld "Rapport over de aanpak (pdf)".' }),
        url: f.url({ label: 'Webadres', hint: 'Het volledige webadres, beginnend met https://.' }),
      },
      { label: 'Link' },
    ),
    { label: 'Links', hint: 'Meer lezen: websites, rapporten, filmpjes.' },
  ),
  ...worksheetShape,
  sources: f.sources(),
  published: f.date({ label: 'Op deze site sinds', hint: 'De dag waarop het voorbeeld op deze site kwam. Niet de datum van de bron: die staat bij de bron.' }),
  updated: f.date({ label: 'Bijgewerkt op', hint: 'Niet eerder dan de publicatiedatum.' }).optional(),
  reviewBy: f
    .date({
      label: 'Opnieuw bekijken voor',
      hint: 'Wanneer kijkt iemand of alles nog klopt? Laat leeg: dan is het twee jaar na "Bijgewerkt op" (of na "Op deze site sinds").',
    })
    .optional(),
  // Not "Concept": that is the first status of the review flow (cms/review/). This hides an entry
  // on the site, also after it is published; switching it on goes through review like any change.
  draft: f.boolean({ label: 'Verborgen op de site', hint: 'Aan: dit praktijkvoorbeeld staat niet op de site, ook niet na publiceren. Zo haal je een gepubliceerd voorbeeld van de site: zet dit aan en stuur het ter beoordeling.' }).default(false),
});
export type Practice = z.infer<typeof practiceSchema>;

/**
 * The editing steps of a practice: fields the CMS shows together under one heading. Only the
 * worksheet is a step so far; the other fields keep their own place.
 */
export const practiceSteps = [
  {
    id: 'overnemen',
    label: WORKSHEET_STEP_LABEL,
    hint: 'Wat heeft een andere regio nodig om dit over te nemen? Vul in wat je weet; een deel leeg laten mag. Op de site staat bij een leeg deel dat het nog niet beschreven is.',
    fields: Object.keys(worksheetShape),
  },
] as const;
