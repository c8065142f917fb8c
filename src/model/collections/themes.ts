import { f } from '../fields.ts';
import { z } from 'astro/zod';

export const themeSchema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'De naam van het thema, bijvoorbeeld "Schoolaanwezigheid en thuiszitters".' }),
  description: f.text({ label: 'Omschrijving', hint: 'Twee of drie zinnen: waar gaat dit thema over? Hoogstens 300 tekens.', max: 300 }),
});
export type Theme = z.infer<typeof themeSchema>;
