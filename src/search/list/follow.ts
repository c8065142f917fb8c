/**
 * "Volg dit" on the filtered practice list (issue 17): when the chosen filters name exactly one
 * theme, advice or region, the list offers that group's feed and calendar (routes.follow), in the
 * page and as a <link rel="alternate"> in the head. Feeds per combination of filters would explode
 * the output, so with two groups (or none) nothing is offered. Other filters (sector, a word) may be
 * chosen too: the link names the group, so it is clear what the feed follows.
 */
import type { Facet, FacetKey } from '../facets.ts';
import type { SearchState } from '../url-state.ts';
import { routes, type GroupKind } from '../../routes.ts';
import { withKind } from '../../groups/group-label.ts';

/** The facets that are groups, and their kind (the same pairs as `facet` in src/groups/groups.ts; a test keeps them equal). */
export const GROUP_FACETS: Partial<Record<FacetKey, GroupKind>> = { thema: 'theme', advies: 'advice', regio: 'region' };
const NOUN: Record<GroupKind, string> = { theme: 'thema', advice: 'advies', region: 'regio' };

export interface FollowChoice {
  kind: GroupKind;
  id: string;
  /** "regio Twente", "thema Preventie", "advies 1. Het verbreden van teams". */
  label: string;
  rss: string;
  ics: string;
}

/** The one group the filters choose, or null when they choose none or more than one. */
export function followChoice(state: SearchState, facets: readonly Facet[]): FollowChoice | null {
  const chosen = (Object.entries(GROUP_FACETS) as [FacetKey, GroupKind][]).flatMap(([key, kind]) => (state.filters[key] ?? []).map((id) => ({ key, kind, id })));
  if (chosen.length !== 1) return null;
  const { key, kind, id } = chosen[0]!;
  const value = facets.find((f) => f.key === key)?.values.find((v) => v.id === id);
  if (!value) return null;
  // "Regio Twente" and "Gemeente Utrecht" already say they are a region: not "regio Regio Twente".
  const label = withKind(kind, value.label, NOUN[kind]);
  return { kind, id, label, rss: routes.follow.rss(kind, id), ics: routes.follow.ics(kind, id) };
}

const ALTERNATE = 'link[data-follow-alternate]';

/** Show the choice in `target` (or hide it), and keep one matching <link rel="alternate"> in the head. */
export function showFollow(target: HTMLElement, choice: FollowChoice | null): void {
  document.head.querySelectorAll(ALTERNATE).forEach((link) => link.remove());
  target.replaceChildren();
  target.hidden = !choice;
  if (!choice) return;
  const link = (href: string, text: string, type?: string) => {
    const a = document.createElement('a');
    a.href = href;
    a.textContent = text;
    if (type) a.type = type;
    return a;
  };
  target.append(
    `Volg ${choice.label}: `,
    link(choice.rss, 'RSS-feed', 'application/rss+xml'),
    ' · ',
    link(choice.ics, 'agenda', 'text/calendar'),
    ' · ',
    link(routes.follow.help, 'Hoe werkt volgen?'),
  );
  for (const [href, type, title] of [
    [choice.rss, 'application/rss+xml', `Volg ${choice.label}`],
    [choice.ics, 'text/calendar', `Agenda ${choice.label}`],
  ] as const) {
    const alt = document.createElement('link');
    alt.rel = 'alternate';
    alt.type = type;
    alt.title = title;
    alt.href = href;
    alt.dataset.followAlternate = '';
    document.head.append(alt);
  }
}
