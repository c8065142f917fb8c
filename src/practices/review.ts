/**
 * When a practice is checked again (issue 16, "Kept current"). `reviewBy` in the file wins; without
 * it, two years after the last update, or after publication when it was never updated. Whether a
 * date has passed is decided against the build's "now" (buildNow(), fixed by SITE_NOW in tests), as
 * an Amsterdam calendar day, so the daily rebuild keeps the marks right without edits.
 * Pure: the callers pass in the data and the day.
 */
import { amsterdamDate, formatDate } from '../lib/dates.ts';

/** Years after the last update (or publication) by which a practice is checked again. */
export const REVIEW_YEARS = 2;
/** "Due soon" for the bureau: within this many months before reviewBy. */
export const REVIEW_SOON_MONTHS = 2;

export interface ReviewDates {
  published: string;
  updated?: string;
  reviewBy?: string;
}

/** YYYY-MM-DD plus whole months; a day that does not exist in the target month becomes its last day (29 Feb + 12 → 28 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = total - year * 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The day by which the practice is checked again: its own `reviewBy`, else two years after `updated` (or `published`). */
export function reviewByOf(d: ReviewDates): string {
  return d.reviewBy ?? addMonths(d.updated ?? d.published, REVIEW_YEARS * 12);
}

/** The day the entry was last changed: `updated`, else `published`. */
export function lastChangedOf(d: ReviewDates): string {
  return d.updated ?? d.published;
}

export type ReviewState = 'current' | 'soon' | 'overdue';

/**
 * "overdue" from the day after reviewBy, "soon" from two months before it up to and including the
 * day itself, else "current". `today` is a YYYY-MM-DD day or a moment (taken as its Amsterdam day).
 */
export function reviewState(d: ReviewDates, today: Date | string): ReviewState {
  const day = typeof today === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(today) ? today : amsterdamDate(today);
  const due = reviewByOf(d);
  if (day > due) return 'overdue';
  if (day >= addMonths(due, -REVIEW_SOON_MONTHS)) return 'soon';
  return 'current';
}

/** True when the practice has not been checked since its reviewBy date (the public mark). */
export function isOverdue(d: ReviewDates, today: Date | string): boolean {
  return reviewState(d, today) === 'overdue';
}

/** The public mark, the same words on the page, in print, in search results and in lists. */
export function overdueText(d: ReviewDates): string {
  return `Niet gecontroleerd sinds ${formatDate(reviewByOf(d))}`;
}

/** The longer notice at the top of a practice page. */
export function overdueNotice(d: ReviewDates): string {
  return `Dit voorbeeld is niet gecontroleerd sinds ${formatDate(reviewByOf(d))}. Misschien is er iets veranderd. Wil je het overnemen? Vraag dan eerst de contactpersoon of alles nog klopt.`;
}
