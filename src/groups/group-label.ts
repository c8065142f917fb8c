/**
 * A group named with its kind ("thema Preventie", "Regio Twente"), unless its name says the kind
 * already: an inspiratieregio's name starts with "Regio" or "Gemeente" ("Gemeente Leeuwarden"), and
 * "Regio Regio Twente" or "regio Gemeente Leeuwarden" reads as a mistake. Used by the feeds (server)
 * and the filtered list (browser), so it imports nothing.
 */
import type { GroupKind } from '../routes.ts';

const KIND_WORDS: Record<GroupKind, readonly string[]> = { theme: ['thema'], advice: ['advies'], region: ['regio', 'gemeente'] };

/** `name` as it is when it starts with a word for its kind, else `noun` + `name`. */
export function withKind(kind: GroupKind, name: string, noun: string): string {
  const lower = name.toLowerCase();
  return KIND_WORDS[kind].some((word) => lower.startsWith(`${word} `)) ? name : `${noun} ${name}`;
}
