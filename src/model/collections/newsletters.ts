import { f } from '../fields.ts';
import { newsletterStatuses } from '../enums.ts';
import { z } from 'astro/zod';

/** The kinds of item a newsletter section holds; `type` is the discriminator Decap's typed lists write. */
export const newsletterItemSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('practice'), practice: f.ref('practices', { label: 'Praktijkvoorbeeld', hint: 'Kies het praktijkvoorbeeld dat je wilt laten zien.' }) }).meta({ label: 'Praktijkvoorbeeld' }),
  z.strictObject({ type: z.literal('news'), news: f.ref('news', { label: 'Nieuwsbericht', hint: 'Kies het nieuwsbericht dat je wilt laten zien.' }) }).meta({ label: 'Nieuws' }),
  z.strictObject({ type: z.literal('event'), event: f.ref('events', { label: 'Bijeenkomst', hint: 'Kies de bijeenkomst uit de agenda.' }) }).meta({ label: 'Agenda' }),
  z.strictObject({ type: z.literal('region'), region: f.ref('regions', { label: 'Inspiratieregio', hint: 'Kies de inspiratieregio die je wilt laten zien.' }) }).meta({ label: 'Inspiratieregio' }),
  z
    .strictObject({
      type: z.literal('free'),
      title: f.string({ label: 'Titel', hint: 'Een korte kop voor dit item.' }),
      text: f.text({ label: 'Tekst', hint: 'Een of twee zinnen: waar gaat de link over?' }),
      url: f.url({ label: 'Webadres', hint: 'Het webadres waar het item naartoe linkt, beginnend met https://.' }),
    })
    .meta({ label: 'Vrij item' }),
]);
export type NewsletterItem = z.infer<typeof newsletterItemSchema>;
/** The item types that point at an entry, with the field holding the id and the collection. */
export const NEWSLETTER_ITEM_TARGETS = {
  practice: 'practices',
  news: 'news',
  event: 'events',
  region: 'regions',
} as const;

export const newsletterSchema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'Bijvoorbeeld "Nieuwsbrief november".' }),
  number: f.integer({ label: 'Nummer', hint: 'Het volgnummer van de nieuwsbrief.', min: 1 }),
  date: f.date({ label: 'Datum', hint: 'De dag waarop de nieuwsbrief verschijnt.' }),
  intro: f.markdown({ label: 'Inleiding', hint: 'Een korte inleiding boven de nieuwsbrief.' }),
  sections: f.list(
    f.object(
      {
        heading: f.string({ label: 'Kop', hint: 'De kop boven het blok. Bijvoorbeeld "Nieuw op de site".' }),
        items: z.array(newsletterItemSchema).min(1).meta({ label: 'Items', widget: 'typed-list', hint: 'Kies wat in dit blok komt.' }),
      },
      { label: 'Blok' },
    ),
    { label: 'Blokken', hint: 'Elk blok heeft een kop en minstens één item.', min: 1 },
  ),
  status: f.select(newsletterStatuses, {
    label: 'Status',
    hint: 'Een concept staat nergens op de site. "Op de site, nog niet verstuurd" zet de nieuwsbrief op de site zonder te zeggen dat hij verstuurd is. Kies "Verzonden" pas als hij echt verstuurd is, en vul dan de datum van verzenden in.',
  }),
  sentOn: f.date({ label: 'Verstuurd op', hint: 'De dag waarop de nieuwsbrief echt verstuurd is. Alleen invullen als dat zo is; nodig bij de status "Verzonden".' }).optional(),
});
export type Newsletter = z.infer<typeof newsletterSchema>;
