import { f } from '../fields.ts';
import { organisationKinds } from '../enums.ts';
import { z } from 'astro/zod';

export const organisationSchema = z.strictObject({
  name: f.string({ label: 'Naam', hint: 'De officiële naam van de organisatie.' }),
  kind: f.select(organisationKinds, { label: 'Soort organisatie', hint: 'Kies wat voor organisatie het is.' }),
  website: f.url({ label: 'Website', hint: 'Het volledige webadres, beginnend met https://.' }).optional(),
  coalition: f.boolean({ label: 'Lid van de coalitie', hint: 'Zet aan als de organisatie lid is van de coalitie Onderwijs-Zorg-Jeugd.' }),
});
export type Organisation = z.infer<typeof organisationSchema>;
