import { f } from '../fields.ts';
import { z } from 'astro/zod';

export const pageSchema = z.strictObject({
  title: f.string({ label: 'Titel' }),
  description: f.string({ label: 'Omschrijving', hint: 'Voor zoekmachines. Hoogstens 160 tekens.', max: 160 }),
});
export type Page = z.infer<typeof pageSchema>;
