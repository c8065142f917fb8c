import { f } from '../fields.ts';
import { z } from 'astro/zod';

export const adviceSchema = z.strictObject({
  number: f.integer({ label: 'Nummer', hint: 'Het nummer van het advies in het rapport "Mét andere ogen" (1 tot en met 7).', min: 1, max: 7 }),
  title: f.string({ label: 'Titel', hint: 'De titel van het advies, zoals in het rapport.' }),
  short: f.string({ label: 'Korte omschrijving', hint: 'Eén zin voor kaarten en het overzicht. Hoogstens 160 tekens.', max: 160 }),
  sources: f.sources(),
  core: f.boolean({ label: 'Kernadvies', hint: 'Zet aan voor de twee adviezen waar het programma mee begint (1 en 4).' }),
});
export type Advice = z.infer<typeof adviceSchema>;
