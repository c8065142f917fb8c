/**
 * Where a team can learn, per advice, when the Spiegel shows it as one of its weakest: a few
 * practices that put the advice into practice (the best-founded first, then the newest), the
 * regions that report it as "in uitvoering" or "geborgd" (geborgd first), and the communities on
 * it. Built once per advice at build time; the page's script only shows the two that apply.
 */
import { evidenceLevels } from '../model/enums.ts';

/** Practices shown per advice; the rest are one link away. */
export const HELP_PRACTICES = 3;
/** Region stages a team can learn from. */
export const FURTHER_STATUSES = ['geborgd', 'in-uitvoering'] as const;

interface PracticeLike {
  id: string;
  data: { evidence: string };
}
interface RegionLink<R> {
  region: R;
  status: string;
}

export interface AdviceHelp<P, R, C> {
  practices: P[];
  practiceCount: number;
  regions: RegionLink<R>[];
  communities: C[];
}

/**
 * @param practices the advice's practices, newest first (as site.practicesByAdvice keeps them)
 * @param regions the regions reporting on the advice, with their status
 */
export function adviceHelp<P extends PracticeLike, R extends { data: { name: string } }, C>(
  practices: readonly P[],
  regions: readonly RegionLink<R>[],
  communities: readonly C[],
  max = HELP_PRACTICES,
): AdviceHelp<P, R, C> {
  const rank = (p: P) => (evidenceLevels.ids as readonly string[]).indexOf(p.data.evidence);
  // A stable sort: equal steps keep the newest-first order.
  const best = [...practices].sort((a, b) => rank(b) - rank(a)).slice(0, max);
  const order = FURTHER_STATUSES as readonly string[];
  const further = regions
    .filter((r) => order.includes(r.status))
    .sort((a, b) => order.indexOf(a.status) - order.indexOf(b.status) || a.region.data.name.localeCompare(b.region.data.name, 'nl'));
  return { practices: best, practiceCount: practices.length, regions: further, communities: [...communities] };
}
