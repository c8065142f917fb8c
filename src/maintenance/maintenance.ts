/**
 * What the programme bureau must look after (issue 16, the page /onderhoud/): published content that
 * needs care. Practices past or within two months of their reviewBy; practices with worksheet
 * sections still empty (which ones); regions without a profile or without practices; communities
 * without a facilitator or a meeting rhythm. Each row links to the entry and to its edit screen in
 * the CMS. Pure: the page passes in the published entries, each region's profile state and "today"
 * (the build's now).
 */
import { formatDate } from '../lib/dates.ts';
import { routes } from '../routes.ts';
import { REVIEW_SOON_MONTHS, reviewByOf, reviewState, type ReviewDates } from '../practices/review.ts';
import { emptySections, type WorksheetData } from '../practices/worksheet.ts';
import type { ProfileState } from '../regions/profile.ts';

export interface MaintenanceInput {
  practices: readonly { id: string; data: ReviewDates & Partial<WorksheetData> & { title: string; region?: string } }[];
  /** Published regions, with how far their profile is written (src/regions/profile.ts). */
  regions: readonly { id: string; name: string; profile: ProfileState }[];
  communities: readonly { id: string; data: { title: string; facilitator?: unknown; rhythm?: string } }[];
  /** The build's "now" (buildNow()): a day (YYYY-MM-DD) or a moment. */
  today: Date | string;
}

export interface MaintenanceRow {
  collection: 'practices' | 'regions' | 'communities';
  id: string;
  title: string;
  /** The entry's page. */
  href: string;
  /** Its edit screen in the CMS. */
  editHref: string;
  /** What needs doing, in words for the bureau. */
  issues: string[];
  /** For review rows: "verlopen" (past) or "binnenkort" (within two months). */
  state?: 'verlopen' | 'binnenkort';
}

export interface Maintenance {
  review: MaintenanceRow[];
  worksheet: MaintenanceRow[];
  regions: MaintenanceRow[];
  communities: MaintenanceRow[];
}

const row = (collection: MaintenanceRow['collection'], id: string, title: string, href: string, issues: string[]): MaintenanceRow => ({
  collection,
  id,
  title,
  href,
  editHref: routes.adminEntry(collection, id),
  issues,
});

const PROFILE_ISSUES: Record<ProfileState, string[]> = {
  writing: ['Nog geen profiel: de ontwikkelvraag en de beschrijving ontbreken'],
  partial: ['Profiel niet compleet: de ontwikkelvraag of de beschrijving ontbreekt'],
  complete: [],
};

export function maintenanceOf(input: MaintenanceInput): Maintenance {
  const byTitle = (a: MaintenanceRow, b: MaintenanceRow) => a.title.localeCompare(b.title, 'nl');

  const review = input.practices
    .map((p) => ({ p, state: reviewState(p.data, input.today), due: reviewByOf(p.data) }))
    .filter((x) => x.state !== 'current')
    .sort((a, b) => a.due.localeCompare(b.due) || a.p.data.title.localeCompare(b.p.data.title, 'nl'))
    .map(({ p, state, due }) => ({
      ...row('practices', p.id, p.data.title, routes.practice(p.id), [
        state === 'overdue' ? `Had uiterlijk ${formatDate(due)} opnieuw bekeken moeten worden` : `Opnieuw bekijken vóór ${formatDate(due)}`,
      ]),
      state: state === 'overdue' ? ('verlopen' as const) : ('binnenkort' as const),
    }));

  const worksheet = input.practices
    .map((p) => ({ p, empty: emptySections(p.data) }))
    .filter((x) => x.empty.length > 0)
    .sort((a, b) => b.empty.length - a.empty.length || a.p.data.title.localeCompare(b.p.data.title, 'nl'))
    .map(({ p, empty }) => row('practices', p.id, p.data.title, routes.practice(p.id), [`Nog leeg: ${empty.map((s) => s.heading).join(', ')}`]));

  const withPractices = new Set(input.practices.map((p) => p.data.region).filter(Boolean));
  const regions = input.regions
    .map((r) => row('regions', r.id, r.name, routes.region(r.id), [...PROFILE_ISSUES[r.profile], ...(withPractices.has(r.id) ? [] : ['Nog geen praktijkvoorbeelden'])]))
    .filter((r) => r.issues.length > 0)
    .sort(byTitle);

  const communities = input.communities
    .map((c) =>
      row('communities', c.id, c.data.title, routes.community(c.id), [
        ...(c.data.facilitator ? [] : ['Geen begeleider bekend']),
        ...(c.data.rhythm?.trim() ? [] : ['Niet bekend hoe vaak de community bij elkaar komt']),
      ]),
    )
    .filter((c) => c.issues.length > 0)
    .sort(byTitle);

  return { review, worksheet, regions, communities };
}

/** "twee maanden": the window before reviewBy in which a practice is listed, for the page's words. */
export const SOON_WORDS = REVIEW_SOON_MONTHS === 2 ? 'twee maanden' : `${REVIEW_SOON_MONTHS} maanden`;
