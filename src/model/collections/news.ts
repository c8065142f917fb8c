import { f } from '../fields.ts';
import { z } from 'astro/zod';

export const newsSchema = z.strictObject({
  title: f.string({ label: 'Titel' }),
  summary: f.text({ label: 'Samenvatting', hint: 'Het nieuws in twee of drie zinnen. Hoogstens 300 tekens.', max: 300 }),
  date: f.date({ label: 'Datum' }),
  regions: f.refs('regions', { label: 'Regio\'s' }),
  practices: f.refs('practices', { label: 'Praktijkvoorbeelden' }),
  themes: f.refs('themes', { label: 'Thema\'s' }),
  source: f
    .object({ label: f.string({ label: 'Naam van de bron' }), url: f.url({ label: 'Webadres' }) }, { label: 'Bron', hint: 'Waar komt dit nieuws vandaan?' })
    .optional(),
  image: f.image({ label: 'Afbeelding' }).optional(),
});
export type News = z.infer<typeof newsSchema>;
