/**
 * The worksheet of a practice (issue 16, "Zo kun je het overnemen"): its sections in their fixed
 * order, with the page's headings, and which of them are still empty. The practice page, the CMS
 * preview and the bureau's maintenance page all read this one list.
 */
import { WORKSHEET_STEP_LABEL, type Practice } from '../model/collections/practices.ts';
import { costUnits, labelOf } from '../model/enums.ts';

export type WorksheetKey = 'targetGroup' | 'goal' | 'workingElements' | 'conditions' | 'costs' | 'lessons';

export interface WorksheetSection {
  key: WorksheetKey;
  /** The heading on the practice page. */
  heading: string;
  /** The id of the heading, for links (#voor-wie). */
  anchor: string;
}

export const WORKSHEET_SECTIONS: readonly WorksheetSection[] = [
  { key: 'targetGroup', heading: 'Voor wie', anchor: 'voor-wie' },
  { key: 'goal', heading: 'Doel', anchor: 'doel' },
  { key: 'workingElements', heading: 'Werkzame elementen', anchor: 'werkzame-elementen' },
  { key: 'conditions', heading: 'Wat heb je nodig', anchor: 'wat-heb-je-nodig' },
  { key: 'costs', heading: 'Kosten', anchor: 'kosten' },
  { key: 'lessons', heading: 'Wat we leerden', anchor: 'wat-we-leerden' },
];

/** The step's name in the CMS and the page's heading above the sections. */
export const WORKSHEET_TITLE = WORKSHEET_STEP_LABEL;

export type WorksheetData = Pick<Practice, WorksheetKey>;

/** True when the section has nothing a reader could use. */
export function isSectionEmpty(d: Partial<WorksheetData>, key: WorksheetKey): boolean {
  const value = d[key];
  if (value === undefined || value === null) return true;
  if (typeof value === 'string') return value.trim() === '';
  if (Array.isArray(value)) return value.length === 0;
  return key === 'costs' ? !(value as NonNullable<WorksheetData['costs']>).text?.trim() : false;
}

/** The sections still to be described, in page order. */
export function emptySections(d: Partial<WorksheetData>): WorksheetSection[] {
  return WORKSHEET_SECTIONS.filter((s) => isSectionEmpty(d, s.key));
}

const euro = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });
const euroCents = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** "€ 25.000 per jaar", or undefined without an amount. */
export function costAmountText(costs: WorksheetData['costs']): string | undefined {
  if (!costs || costs.amount === undefined || !costs.per) return undefined;
  const amount = Number.isInteger(costs.amount) ? euro.format(costs.amount) : euroCents.format(costs.amount);
  return `${amount} ${labelOf(costUnits, costs.per)}`;
}

/** The one line an empty section shows: not described yet, and who can add it. */
export function notDescribedText(regionName?: string): string {
  return regionName
    ? `Nog niet beschreven. ${regionName} of het programmabureau kan dit aanvullen.`
    : 'Nog niet beschreven. Het programmabureau kan dit aanvullen.';
}
