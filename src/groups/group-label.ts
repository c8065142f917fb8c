/**
 * A group named with its kind ("thema Preventie", "Regio Twente"), unless its name says the kind
 * already: an inspiratieregio's name starts with "Regio" or "Gemeente" ("Gemeente Leeuwarden"), and
 * "Regio Regio Twente" or "regio Gemeente Leeuwarden" reads as a mistake; and a place its region's
 * name already says ("Twente · Regio Twente"). Used by the feeds and cards (server) and the filtered
 * list and search results (browser), so it imports nothing.
 */
import type { GroupKind } from '../routes.ts';

const KIND_WORDS: Record<GroupKind, readonly string[]> = { theme: ['thema'], advice: ['advies'], region: ['regio', 'gemeente'] };

/** The name starts with a word for its kind ("Regio Twente", "Gemeente Utrecht"). */
export function saysKind(kind: GroupKind, name: string): boolean {
  const lower = name.toLowerCase();
  return KIND_WORDS[kind].some((word) => lower.startsWith(`${word} `));
}

/** Remembered: a build makes some ten cards per practice, and a new RegExp for each was visible in its profile. */
const placeInName = new Map<string, boolean>();

/** True when `place` appears as whole words in a region's name ("Twente" in "Regio Twente"): say it once. */
export function namesPlace(regionName: string, place: string): boolean {
  const key = `${regionName}\u0000${place}`;
  let says = placeInName.get(key);
  if (says === undefined) {
    const word = place.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    placeInName.set(key, (says = new RegExp(`(^|[^\\p{L}])${word}($|[^\\p{L}])`, 'iu').test(regionName)));
  }
  return says;
}

/** `name` as it is when it says its kind, else `noun` + `name` (`separator` between them). */
export function withKind(kind: GroupKind, name: string, noun: string, separator = ' '): string {
  return saysKind(kind, name) ? name : `${noun}${separator}${name}`;
}
