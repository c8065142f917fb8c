import { f } from '../fields.ts';
import { z } from 'astro/zod';

export const pageSchema = z.strictObject({
  title: f.string({ label: 'Titel', hint: 'De titel van de pagina. Die staat bovenaan en in het tabblad van de browser.' }),
  description: f.string({ label: 'Omschrijving', hint: 'Voor zoekmachines. Hoogstens 160 tekens.', max: 160 }),
});
export type Page = z.infer<typeof pageSchema>;
