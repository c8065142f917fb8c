/**
 * The compare data of one practice (issue 16, "Compare side by side"): exactly what the compare
 * table shows, in Dutch words, written into the practice's own page as a JSON block. So the build
 * makes no file per practice for it, and the compare page loads only the practices it compares.
 * Empty aspects stay empty lists: the table says NOT_DESCRIBED there (compareCell in compare.ts).
 */
import type { Practice, Site } from '../lib/content.ts';
import { routes } from '../routes.ts';
import { ageGroups, evidenceLevels, labelOf, provinces, sectors } from '../model/enums.ts';
import { telHref, telText } from '../lib/format.ts';
import { costAmountText } from './worksheet.ts';
import { contactOrganisation, phaseText } from './facts.ts';
import type { CompareItem, CompareRecord } from './compare.ts';

const line = (text: string | undefined, href?: string): CompareItem[] => {
  const clean = text?.trim();
  if (!clean) return [];
  return [href ? { text: clean, href } : { text: clean }];
};

export function compareRecord(practice: Practice, site: Pick<Site, 'byId'>): CompareRecord {
  const d = practice.data;
  const region = d.region ? site.byId.regions.get(d.region) : undefined;
  const contact = d.contact;
  return {
    id: practice.id,
    title: d.title,
    url: routes.practice(practice.id),
    aspects: {
      where: [...line(`${d.place}, ${labelOf(provinces, d.province)}`), ...(region ? line(`Inspiratieregio: ${region.data.name}`, routes.region(region.id)) : [])],
      phase: line(phaseText(d)),
      ageGroups: line(d.ageGroups.map((a) => labelOf(ageGroups, a)).join(', ')),
      sectors: line(d.sectors.map((s) => labelOf(sectors, s)).join(', ')),
      advice: d.advice.flatMap((a) => {
        const advice = site.byId.advice.get(a.advice);
        return advice ? line(`Advies ${advice.data.number}: ${advice.data.title}`, routes.advice(advice.id)) : [];
      }),
      evidence: line(labelOf(evidenceLevels, d.evidence)),
      targetGroup: line(d.targetGroup),
      workingElements: (d.workingElements ?? []).flatMap((w) => line(w)),
      conditions: (d.conditions ?? []).flatMap((c) => line(c.explanation?.trim() ? `${c.what.trim()}: ${c.explanation.trim()}` : c.what)),
      costs: d.costs?.text?.trim() ? [...line(d.costs.text), ...line(costAmountText(d.costs) && `Bedrag: ${costAmountText(d.costs)}`)] : [],
      results: d.results.flatMap((r) => line(`${r.indicator.trim()}: ${r.value.trim()}${r.source?.trim() ? ` (bron: ${r.source.trim()})` : ''}`)),
      contact: [
        ...line(contact.name),
        ...line(contactOrganisation(contact)),
        ...(contact.email ? line(contact.email, `mailto:${contact.email}`) : []),
        ...(contact.phone ? line(telText(contact.phone), telHref(contact.phone)) : []),
      ],
    },
  };
}
