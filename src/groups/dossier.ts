/**
 * The parts of a dossier page (/themas/<id>/ and /adviezen/<id>/): practices grouped by the
 * effectiveness ladder, the regions that have practices on the topic, and the events. Pure and
 * O(n) in the practices or events given (one pass, a map per group), so a theme with hundreds of
 * practices costs no more than a list.
 */
import { evidenceExplanations, evidenceLevels, type EvidenceLevel } from '../model/enums.ts';

export interface EvidenceGroup<T> {
  level: EvidenceLevel;
  /** "Goed onderbouwd" */
  label: string;
  explanation: string;
  /** The step on the ladder, 1 (described practice) to 5 (strong evidence). */
  step: number;
  items: T[];
}

/**
 * Practices per step of the ladder, the best-founded step first (sterke aanwijzingen … beschreven
 * praktijk), only the steps that have practices. Within a step the practices keep the order given.
 */
export function groupByEvidence<T extends { data: { evidence: string } }>(practices: readonly T[]): EvidenceGroup<T>[] {
  const byLevel = new Map<string, T[]>();
  for (const p of practices) {
    const list = byLevel.get(p.data.evidence);
    if (list) list.push(p);
    else byLevel.set(p.data.evidence, [p]);
  }
  return evidenceLevels.ids
    .map((level, i) => ({ level, label: evidenceLevels.labels[level], explanation: evidenceExplanations[level], step: i + 1, items: byLevel.get(level) ?? [] }))
    .filter((g) => g.items.length > 0)
    .reverse();
}

/** The regions that practices belong to, with how many practices each; the most first, then by name. */
export function regionsOfPractices<R extends { id: string; data: { name: string } }>(
  practices: readonly { data: { region?: string } }[],
  regions: ReadonlyMap<string, R>,
): { region: R; practices: number }[] {
  const counts = new Map<string, number>();
  for (const p of practices) if (p.data.region) counts.set(p.data.region, (counts.get(p.data.region) ?? 0) + 1);
  return [...counts]
    .flatMap(([id, n]) => {
      const region = regions.get(id);
      return region ? [{ region, practices: n }] : [];
    })
    .sort((a, b) => b.practices - a.practices || a.region.data.name.localeCompare(b.region.data.name, 'nl'));
}

/** Events without duplicates (an event can come in through several communities), soonest first. */
export function uniqueEvents<E extends { id: string; data: { start: string } }>(lists: readonly (readonly E[])[]): E[] {
  const byId = new Map<string, E>();
  for (const list of lists) for (const e of list) byId.set(e.id, e);
  return [...byId.values()].sort((a, b) => Date.parse(a.data.start) - Date.parse(b.data.start) || (a.id < b.id ? -1 : 1));
}
