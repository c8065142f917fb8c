/** /ics/<id>.ics — one event, for "Zet in je agenda" on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type EventEntry } from '../../lib/content.ts';
import { buildNow } from '../../lib/dates.ts';
import { buildCalendar } from '../../feeds/ics.ts';

export const getStaticPaths = (async () => {
  const { events } = await getSite();
  return events.map((event) => ({ params: { id: event.id }, props: { event } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: EventEntry }> = ({ props, site }) =>
  new Response(buildCalendar([props.event], { site: site!, now: buildNow() }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
