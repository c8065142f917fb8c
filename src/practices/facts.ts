/**
 * Small facts of a practice in words, shared by its page (PracticeFacts, ContactCard) and the
 * compare table (compare-record.ts), so both say the same thing.
 */
import { labelOf, phases } from '../model/enums.ts';

/** "In uitvoering, gestart in 2019", or only the phase when the start year is not known. */
export function phaseText(d: { phase: (typeof phases.ids)[number]; started?: number }): string {
  return labelOf(phases, d.phase) + (d.started ? `, gestart in ${d.started}` : '');
}

/** The contact's organisation, unless it is empty or the same as the name (then it is not repeated). */
export function contactOrganisation(contact: { name: string; organisation?: string }): string | undefined {
  const organisation = contact.organisation?.trim();
  return organisation && organisation.toLowerCase() !== contact.name.trim().toLowerCase() ? organisation : undefined;
}
