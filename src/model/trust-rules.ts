/**
 * Rules that keep the content traceable to its sources (issue 15): every entry of a sourced
 * collection names at least one source (drafts excepted), a newsletter is "sent" only with the day
 * it was sent, and an event's start and end are either both days or both moments. Run from
 * checkRules (rules.ts), so the build, `npm run check:content` and the CMS report them alike.
 */
import type { CollectionName } from './index.ts';
import type { ContentSet, LoadedEntry } from './content-set.ts';
import type { Problem } from './problems.ts';
import { DATE_PATTERN } from './fields.ts';
import { EVENT_MESSAGES } from './collections/events.ts';

/** The collections whose entries must say where their facts come from. */
export const SOURCED_COLLECTIONS = ['practices', 'regions', 'news', 'events', 'communities', 'advice', 'organisations'] as const satisfies readonly CollectionName[];

export const SOURCES_ALLOWED =
  'minstens één bron met titel en uitgever, de datum als de bron die noemt, en een webadres als de bron online staat, bijvoorbeeld "Herfstbericht ontwikkeltafels jeugd Twente", Regio Twente, 2019-11. Beschrijft een regio of organisatie haar eigen werk? Schrijf dan "Eigen beschrijving door" en de naam. Alleen een concept (draft: true) mag nog zonder bron.';

function isDraft(entry: LoadedEntry): boolean {
  return (entry.data ?? entry.raw).draft === true;
}

export function checkSources(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const name of SOURCED_COLLECTIONS) {
    for (const entry of content[name] ?? []) {
      if (isDraft(entry)) continue;
      const sources = (entry.data ?? entry.raw).sources;
      if (Array.isArray(sources) && sources.length > 0) continue;
      problems.push({
        file: entry.file,
        field: 'sources',
        label: 'Bronnen',
        found: sources === undefined ? 'geen bronnen (het veld ontbreekt)' : 'een lege lijst met bronnen',
        allowed: SOURCES_ALLOWED,
      });
    }
  }
  return problems;
}

export function checkNewsletterSent(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.newsletters ?? []) {
    const d = entry.data ?? entry.raw;
    if (d.status === 'verzonden' && !d.sentOn) {
      problems.push({
        file: entry.file,
        field: 'sentOn',
        label: 'Verstuurd op',
        found: 'de status "verzonden" zonder de dag van verzenden',
        allowed: 'de dag waarop de nieuwsbrief echt verstuurd is (sentOn), of de status "klaar" (op de site, nog niet verstuurd)',
      });
    } else if (d.status !== 'verzonden' && d.sentOn) {
      problems.push({
        file: entry.file,
        field: 'sentOn',
        label: 'Verstuurd op',
        found: `een verzenddatum (${String(d.sentOn)}) bij de status "${String(d.status)}"`,
        allowed: 'een verzenddatum alleen bij de status "verzonden"',
      });
    }
  }
  return problems;
}

export function checkEventDays(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  for (const entry of content.events ?? []) {
    const d = entry.data;
    if (!d || typeof d.start !== 'string' || typeof d.end !== 'string') continue;
    if (DATE_PATTERN.test(d.start) !== DATE_PATTERN.test(d.end)) {
      problems.push({ file: entry.file, field: 'end', label: 'Einde', found: `begin "${d.start}" en einde "${d.end}"`, allowed: EVENT_MESSAGES.endSameKind });
    }
  }
  return problems;
}

export function checkTrust(content: ContentSet): Problem[] {
  return [...checkSources(content), ...checkNewsletterSent(content), ...checkEventDays(content)];
}
