/** /data/agenda.json — open data (CC BY 4.0), described by /data/agenda.schema.json. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { datasetOf, jsonResponse } from '../../opendata/site.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(datasetOf('agenda', await getSite(), site!));
