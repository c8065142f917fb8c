import { f } from '../fields.ts';
import { coalitionRoles, organisationKinds } from '../enums.ts';
import { z } from 'astro/zod';

export const organisationSchema = z.strictObject({
  name: f.string({ label: 'Naam', hint: 'De officiële naam van de organisatie.' }),
  kind: f.select(organisationKinds, { label: 'Soort organisatie', hint: 'Kies wat voor organisatie het is.' }),
  coalition: f.boolean({ label: 'Lid van de coalitie', hint: 'Zet aan als de organisatie lid is van de coalitie Onderwijs-Zorg-Jeugd.' }),
  coalitionRole: f
    .select(coalitionRoles, { label: 'Rol in de coalitie', hint: 'Alleen als een bron het zegt: lid, agendalid, kennispartner of nauw betrokken (zoals de ministeries).' })
    .optional(),
  website: f.url({ label: 'Website', hint: 'Alleen een webadres dat een bron geeft: het volledige adres, beginnend met https://.' }).optional(),
  sources: f.sources(),
  published: f.date({ label: 'Op deze site sinds', hint: 'De dag waarop de organisatie op deze site kwam. Niet de datum van de bron: die staat bij de bron.' }).optional(),
});
export type Organisation = z.infer<typeof organisationSchema>;
