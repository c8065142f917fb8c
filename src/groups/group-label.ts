/**
 * A group named with its kind ("thema Preventie", "Regio Twente"), unless its name says the kind
 * already: an inspiratieregio's name starts with "Regio" or "Gemeente" ("Gemeente Leeuwarden"), and
 * "Regio Regio Twente" or "regio Gemeente Leeuwarden" reads as a mistake. Used by the feeds (server)
 * and the filtered list (browser), so it imports nothing.
 */
import type { GroupKind } from '../routes.ts';

const KIND_WORDS: Record<GroupKind, readonly string[]> = { theme: ['thema'], advice: ['advies'], region: ['regio', 'gemeente'] };

/** The name starts with a word for its kind ("Regio Twente", "Gemeente Utrecht"). */
export function saysKind(kind: GroupKind, name: string): boolean {
  const lower = name.toLowerCase();
  return KIND_WORDS[kind].some((word) => lower.startsWith(`${word} `));
}

/** `name` as it is when it says its kind, else `noun` + `name` (`separator` between them). */
export function withKind(kind: GroupKind, name: string, noun: string, separator = ' '): string {
  return saysKind(kind, name) ? name : `${noun}${separator}${name}`;
}
