import { f } from '../fields.ts';
import { eventKinds } from '../enums.ts';
import { z } from 'astro/zod';

/** Messages for rules that span fields: the build and the CMS show the same text. */
export const EVENT_MESSAGES = {
  place: 'Vul de naam en de plaats van de locatie in, of zet "Online" aan.',
  registration: 'Vul een webadres of een e-mailadres in om je aan te melden (of allebei).',
  endAfterStart: 'Het einde moet na het begin liggen.',
} as const;

export const eventSchema = z.strictObject({
  title: f.string({ label: 'Titel' }),
  summary: f.text({ label: 'Samenvatting', hint: 'Waar gaat de bijeenkomst over? Hoogstens 300 tekens.', max: 300 }),
  kind: f.select(eventKinds, { label: 'Soort bijeenkomst' }),
  start: f.dateTime({ label: 'Begin', hint: 'Datum en tijd (Nederlandse tijd).' }),
  end: f.dateTime({ label: 'Einde', hint: 'Datum en tijd; na het begin.' }).optional(),
  location: f
    .object(
      {
        online: f.boolean({ label: 'Online', hint: 'Zet aan als de bijeenkomst online is.' }).default(false),
        name: f.string({ label: 'Naam van de locatie' }).optional(),
        address: f.string({ label: 'Adres' }).optional(),
        city: f.string({ label: 'Plaats' }).optional(),
        url: f.url({ label: 'Link naar de online bijeenkomst' }).optional(),
      },
      { label: 'Locatie', hint: EVENT_MESSAGES.place },
    )
    .refine((l) => l.online || (Boolean(l.name) && Boolean(l.city)), { message: EVENT_MESSAGES.place }),
  organiser: f.string({ label: 'Organisator' }),
  registration: f
    .object(
      { url: f.url({ label: 'Webadres om je aan te melden' }).optional(), email: f.email({ label: 'E-mail om je aan te melden' }).optional() },
      { label: 'Aanmelden', hint: EVENT_MESSAGES.registration },
    )
    .refine((r) => Boolean(r.url || r.email), { message: EVENT_MESSAGES.registration })
    .optional(),
  communities: f.refs('communities', { label: 'Communities' }),
  regions: f.refs('regions', { label: 'Regio\'s' }),
  themes: f.refs('themes', { label: 'Thema\'s' }),
});
export type Event = z.infer<typeof eventSchema>;
