/** /agenda.ics — every event, upcoming and past, to subscribe to in a calendar app. */
import type { APIRoute } from 'astro';
import { getSite } from '../lib/content.ts';
import { buildNow } from '../lib/dates.ts';
import { buildCalendar } from '../feeds/ics.ts';

export const GET: APIRoute = async ({ site }) => {
  const { events } = await getSite();
  return new Response(buildCalendar(events, { site: site!, now: buildNow() }), { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
