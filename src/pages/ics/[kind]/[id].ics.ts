/** /ics/thema|advies|regio|community/<id>.ics — the events of one group or community (src/feeds/follow.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite } from '../../../lib/content.ts';
import { buildNow } from '../../../lib/dates.ts';
import { followCalendar, followSubjects, type FollowSubject } from '../../../feeds/follow.ts';
import { FOLLOW_SEGMENTS } from '../../../routes.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return followSubjects(site).map((subject) => ({ params: { kind: FOLLOW_SEGMENTS[subject.kind], id: subject.id }, props: { subject } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: FollowSubject }> = ({ props, site }) =>
  new Response(followCalendar(props.subject, { site: site!, now: buildNow() }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
