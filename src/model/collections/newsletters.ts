import { f } from '../fields.ts';
import { newsletterStatuses } from '../enums.ts';
import { z } from 'astro/zod';

/** The kinds of item a newsletter section holds; `type` is the discriminator Decap's typed lists write. */
export const newsletterItemSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('practice'), practice: f.ref('practices', { label: 'Praktijkvoorbeeld' }) }).meta({ label: 'Praktijkvoorbeeld' }),
  z.strictObject({ type: z.literal('news'), news: f.ref('news', { label: 'Nieuwsbericht' }) }).meta({ label: 'Nieuws' }),
  z.strictObject({ type: z.literal('event'), event: f.ref('events', { label: 'Bijeenkomst' }) }).meta({ label: 'Agenda' }),
  z.strictObject({ type: z.literal('region'), region: f.ref('regions', { label: 'Inspiratieregio' }) }).meta({ label: 'Inspiratieregio' }),
  z
    .strictObject({
      type: z.literal('free'),
      title: f.string({ label: 'Titel' }),
      text: f.text({ label: 'Tekst' }),
      url: f.url({ label: 'Webadres' }),
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
  date: f.date({ label: 'Datum' }),
  intro: f.markdown({ label: 'Inleiding', hint: 'Een korte inleiding boven de nieuwsbrief.' }),
  sections: f.list(
    f.object(
      {
        heading: f.string({ label: 'Kop' }),
        items: z.array(newsletterItemSchema).min(1).meta({ label: 'Items', widget: 'typed-list', hint: 'Kies wat in dit blok komt.' }),
      },
      { label: 'Blok' },
    ),
    { label: 'Blokken', hint: 'Elk blok heeft een kop en minstens één item.', min: 1 },
  ),
  status: f.select(newsletterStatuses, { label: 'Status', hint: 'Een concept staat nergens op de site.' }),
});
export type Newsletter = z.infer<typeof newsletterSchema>;
