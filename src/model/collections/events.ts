import { f } from '../fields.ts';
import { eventKinds } from '../enums.ts';
import { z } from 'astro/zod';

/** Messages for rules that span fields: the build and the CMS show the same text. */
export const EVENT_MESSAGES = {
  place: 'Vul de naam en de plaats van de locatie in, zet "Online" aan, of zet "Locatie volgt" aan als de plek nog niet bekend is.',
  registration: 'Vul een webadres of een e-mailadres in om je aan te melden (of allebei).',
  endAfterStart: 'Het einde moet na het begin liggen.',
  endSameKind: 'Geef begin en einde allebei met een tijd, of allebei alleen als datum.',
} as const;

export const eventSchema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'Een korte, duidelijke naam voor de bijeenkomst. Bijvoorbeeld "Netwerkdag inspiratieregio\'s".' }),
  summary: f.text({ label: 'Samenvatting', hint: 'Waar gaat de bijeenkomst over? Hoogstens 300 tekens.', max: 300 }),
  kind: f.select(eventKinds, { label: 'Soort bijeenkomst', hint: 'Wat voor bijeenkomst is het? Bijvoorbeeld een kennissessie of een werkbezoek.' }),
  start: f.dayOrDateTime({ label: 'Begin', hint: 'Datum en tijd (Nederlandse tijd). Is de tijd nog niet bekend? Vul dan alleen de datum in; verzin geen tijd.' }),
  end: f.dayOrDateTime({ label: 'Einde', hint: 'Na het begin. Alleen invullen als de bron het einde noemt.' }).optional(),
  location: f
    .object(
      {
        online: f.boolean({ label: 'Online', hint: 'Zet aan als de bijeenkomst online is.' }).default(false),
        toFollow: f.boolean({ label: 'Locatie volgt', hint: 'Zet aan als de plek nog niet bekend is. Op de site staat dan "Locatie volgt". Verzin geen plek.' }).default(false),
        name: f.string({ label: 'Naam van de locatie', hint: 'Waar is het? Bijvoorbeeld "Stadhuis Zwolle". Laat leeg als de bijeenkomst alleen online is.' }).optional(),
        address: f.string({ label: 'Adres', hint: 'Straat en huisnummer, bijvoorbeeld "Stationsplein 1".' }).optional(),
        city: f.string({ label: 'Plaats', hint: 'In welke plaats is het? Bijvoorbeeld "Utrecht".' }).optional(),
        url: f.url({ label: 'Link naar de online bijeenkomst', hint: 'Het webadres om online mee te doen, beginnend met https://. Alleen nodig als je online kunt meedoen.' }).optional(),
      },
      { label: 'Locatie', hint: EVENT_MESSAGES.place },
    )
    .refine((l) => l.online || l.toFollow || (Boolean(l.name) && Boolean(l.city)), { message: EVENT_MESSAGES.place }),
  organiser: f.string({ label: 'Organisator', hint: 'Wie organiseert de bijeenkomst? Bijvoorbeeld "Programmabureau Met Andere Ogen".' }),
  registration: f
    .object(
      {
        url: f.url({ label: 'Webadres om je aan te melden', hint: 'Het webadres van het aanmeldformulier, beginnend met https://.' }).optional(),
        email: f
          .email({
            label: 'E-mail om je aan te melden',
            hint: 'Hier melden mensen zich aan. Dit adres komt op de site. Gebruik liefst een algemeen adres. Het adres van een persoon mag alleen als die het wil delen voor contact.',
          })
          .optional(),
      },
      { label: 'Aanmelden', hint: EVENT_MESSAGES.registration },
    )
    .refine((r) => Boolean(r.url || r.email), { message: EVENT_MESSAGES.registration })
    .optional(),
  sources: f.sources(),
  communities: f.refs('communities', { label: 'Communities', hint: 'Hoort de bijeenkomst bij een Community of Practice? Kies die dan.' }),
  regions: f.refs('regions', { label: 'Regio\'s', hint: 'Gaat de bijeenkomst over een of meer inspiratieregio\'s? Kies die dan.' }),
  themes: f.refs('themes', { label: 'Thema\'s', hint: 'Over welke thema\'s gaat de bijeenkomst? Je kunt er meer kiezen.' }),
});
export type Event = z.infer<typeof eventSchema>;
