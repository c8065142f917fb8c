/**
 * The result as plain text, for "Deel met het programmabureau": an e-mail the visitor's own mail
 * program opens, to read and change before sending. The site itself sends nothing.
 */
import { ANSWER_LABELS, MAX_SCORE, formatScore } from './scale.ts';
import type { AdviceScore, SpiegelResult } from './result.ts';

export const MAIL_SUBJECT = 'Spiegel op de zeven adviezen: onze uitkomst';

function scoreLine(s: AdviceScore): string {
  const head = `Advies ${s.number}: ${s.title}`;
  if (s.answered === 0) return `${head}\n  nog niet ingevuld`;
  const stand = s.average === null ? 'weet ik niet' : `${ANSWER_LABELS[s.stage!].toLowerCase()} (gemiddeld ${formatScore(s.average)} van ${MAX_SCORE})`;
  const unknown = s.unknown > 0 ? `, ${s.unknown} keer "weet ik niet"` : '';
  return `${head}\n  ${stand}; ${s.answered} van ${s.total} stellingen beantwoord${unknown}`;
}

export function summaryText(result: SpiegelResult, pageUrl: string, date: string): string {
  const lines = [
    'Spiegel op de zeven adviezen: onze uitkomst',
    `Ingevuld op ${date}: ${result.answered} van ${result.total} stellingen.`,
    `Schaal: 0 = nog niet begonnen, 1 = verkennen, 2 = in uitvoering, 3 = geborgd.`,
    '',
    ...result.scores.map(scoreLine),
    '',
  ];
  if (result.weakest.length > 0) {
    lines.push('Hier staan we het zwakst:', ...result.weakest.map((s) => `- Advies ${s.number}: ${s.title}`), '');
  }
  lines.push(`Gemaakt met de Spiegel op ${pageUrl}`);
  return lines.join('\n');
}

/** A mailto: link with subject and body, encoded as RFC 6068 asks (spaces as %20, line breaks as %0D%0A). */
export function mailtoHref(address: string, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s.replace(/\r?\n/g, '\r\n'));
  return `mailto:${address}?subject=${enc(subject)}&body=${enc(body)}`;
}

/** "4 december 2026" */
export function dutchDate(date: Date): string {
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}
