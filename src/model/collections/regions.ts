import { f } from '../fields.ts';
import { adviceStatuses, provinces, regionKinds } from '../enums.ts';
import { z } from 'astro/zod';

/** The Netherlands (European part), generously: markers outside this box are typos. */
export const NL_BOUNDS = { lat: { min: 50.7, max: 53.7 }, lon: { min: 3.3, max: 7.3 } } as const;

export const regionSchema = z.strictObject({
  name: f.string({ label: 'Naam', hint: 'De naam van de regio of gemeente, bijvoorbeeld "Regio Twente".' }),
  kind: f.select(regionKinds, { label: 'Soort', hint: 'Kies "Gemeente" als de inspiratieregio één gemeente is.' }),
  provinces: f.selectMany(provinces, { label: 'Provincies', hint: 'In welke provincie(s) ligt de regio?', min: 1 }),
  tranche: f.integer({ label: 'Groep', hint: 'Met welke groep de regio meedoet: 1 is de eerste groep van 2019.', min: 1, max: 3 }),
  joined: f.date({ label: 'Doet mee sinds', hint: 'De datum waarop de regio bij het netwerk kwam.' }),
  location: f.object(
    {
      lat: f.number({ label: 'Breedtegraad', hint: 'Bijvoorbeeld 52.27 (tussen 50.7 en 53.7).', min: NL_BOUNDS.lat.min, max: NL_BOUNDS.lat.max }),
      lon: f.number({ label: 'Lengtegraad', hint: 'Bijvoorbeeld 6.79 (tussen 3.3 en 7.3).', min: NL_BOUNDS.lon.min, max: NL_BOUNDS.lon.max }),
    },
    { label: 'Plek op de kaart', hint: 'De plaats van de grootste stad van de regio.' },
  ),
  municipalities: f.list(f.string({ label: 'Gemeente', hint: 'De naam van één gemeente, bijvoorbeeld "Hengelo".' }), { label: 'Gemeenten', hint: 'De gemeenten die meedoen.' }).optional(),
  developmentQuestion: f.text({ label: 'Ontwikkelvraag', hint: 'Wat wil de regio leren? Schrijf het als een vraag.' }).optional(),
  partners: f.refs('organisations', { label: 'Partners', hint: 'Welke organisaties doen mee? (vraag 1 van de aanmelding)' }),
  parentInvolvement: f.text({ label: 'Betrokkenheid van ouders', hint: 'Hoe praten ouders mee? (vraag 2)' }).optional(),
  goals: f.list(
    f.object(
      {
        text: f.text({ label: 'Doel', hint: 'Wat wil de regio bereiken?' }),
        measure: f.string({ label: 'Hoe meet je het?', hint: 'Waaraan zie je dat het doel gehaald is?' }).optional(),
      },
      { label: 'Doel' },
    ),
    { label: 'Doelen', hint: 'De (meetbare) doelen van de regio. (vraag 4)' },
  ),
  risks: f.list(f.text({ label: 'Risico', hint: 'Beschrijf één risico in een of twee zinnen.' }), { label: 'Valkuilen en risico\'s', hint: 'Wat kan misgaan? (vraag 6)' }),
  supportNeeded: f.text({ label: 'Wat de regio nodig heeft', hint: 'Wat vraagt de regio van het programma? (vraag 7)' }).optional(),
  advice: f.list(
    f.object(
      {
        advice: f.ref('advice', { label: 'Advies', hint: 'Kies een van de zeven adviezen.' }),
        status: f.select(adviceStatuses, { label: 'Stand van zaken', hint: 'Verkennen, in uitvoering of geborgd.' }),
        note: f.text({ label: 'Toelichting', hint: 'Wat doet de regio met dit advies?' }).optional(),
      },
      { label: 'Advies' },
    ),
    { label: 'Adviezen', hint: 'Met welke adviezen is de regio bezig, en hoe ver is ze?' },
  ),
  keyFigures: f.list(
    f.object(
      {
        label: f.string({ label: 'Omschrijving', hint: 'Bijvoorbeeld "Leerlingen van 5 tot 17 jaar".' }),
        value: f.number({ label: 'Waarde', hint: 'Alleen het getal, zonder punt voor duizendtallen.' }),
        valueMax: f.number({ label: 'Tot en met', hint: 'Alleen bij een bereik, zoals "4 tot 90 %": vul hier 90 in.' }).optional(),
        unit: f.string({ label: 'Eenheid', hint: 'Bijvoorbeeld "%" of "scholen". Laat leeg voor aantallen.' }).optional(),
        year: f.integer({ label: 'Jaar', hint: 'Het jaar waarover het cijfer gaat.', min: 1990, max: 2100 }),
        source: f.string({ label: 'Bron', hint: 'Waar komt het cijfer vandaan? Bijvoorbeeld "Monitor Onderwijs-Jeugdhulp".' }),
      },
      { label: 'Kerncijfer' },
    ),
    { label: 'Kerncijfers', hint: 'Cijfers over de regio, met jaar en bron.' },
  ),
  connectors: f.list(
    f.object(
      {
        name: f.string({ label: 'Naam', hint: 'De voor- en achternaam van de verbinder. Bijvoorbeeld "Sanne de Vries".' }),
        role: f.string({ label: 'Rol', hint: 'Wat doet deze persoon in de regio? Bijvoorbeeld "Projectleider onderwijs en jeugd".' }).optional(),
        organisation: f.string({ label: 'Organisatie', hint: 'Waar werkt deze persoon? Bijvoorbeeld "Gemeente Enschede".' }).optional(),
        email: f.email({ label: 'E-mail', hint: 'Dit adres komt alleen op de site als deze persoon het wil delen voor contact. Vraag het eerst.' }).optional(),
        phone: f.string({ label: 'Telefoon', hint: 'Dit nummer komt alleen op de site als deze persoon het wil delen voor contact. Vraag het eerst.' }).optional(),
      },
      { label: 'Verbinder' },
    ),
    { label: 'Verbinders', hint: 'De een of twee mensen die de regio met het netwerk verbinden.' },
  ),
  contacts: f
    .list(
      f.object(
        {
          name: f.string({ label: 'Naam', hint: 'De voor- en achternaam.' }),
          role: f.string({ label: 'Rol', hint: 'De rol die de bron noemt, bijvoorbeeld "Projectleider ontwikkeltafel 3". Noem iemand geen verbinder als de bron dat niet zegt.' }),
          organisation: f.string({ label: 'Organisatie', hint: 'Waar werkt deze persoon? Alleen als de bron het noemt.' }).optional(),
          email: f.email({ label: 'E-mail', hint: 'Dit adres komt alleen op de site als deze persoon het wil delen voor contact. Vraag het eerst.' }).optional(),
        },
        { label: 'Contactpersoon' },
      ),
      { label: 'Contactpersonen', hint: 'Andere mensen die de bron als contact noemt (niet de verbinders).' },
    )
    .optional(),
  coalitionConnector: f
    .object(
      {
        name: f.string({ label: 'Naam', hint: 'De voor- en achternaam van de coalitieverbinder.' }),
        organisation: f.string({ label: 'Organisatie', hint: 'Bij welke coalitiepartij werkt deze persoon? Bijvoorbeeld "PO-Raad".' }),
        email: f.email({ label: 'E-mail', hint: 'Dit adres komt alleen op de site als deze persoon het wil delen voor contact. Vraag het eerst.' }).optional(),
      },
      { label: 'Coalitieverbinder', hint: 'Het vaste contact van een landelijke coalitiepartij.' },
    )
    .optional(),
  sources: f.sources({ hint: 'Waar komen de feiten over de regio vandaan? Schrijft de regio haar profiel zelf, dan is dat ook een bron: "Eigen beschrijving door" en de naam van de regio.' }),
  published: f.date({ label: 'Op deze site sinds', hint: 'De dag waarop het profiel van de regio op deze site kwam. Niet de datum van de bron: die staat bij de bron.' }).optional(),
  updated: f.date({ label: 'Laatst bijgewerkt', hint: 'Wanneer het profiel voor het laatst veranderde.' }).optional(),
});
export type Region = z.infer<typeof regionSchema>;
