/** /data/praktijkvoorbeelden.json — open data (CC BY 4.0), described by /data/praktijkvoorbeelden.schema.json. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { datasetOf, jsonResponse } from '../../opendata/site.ts';

export const GET: APIRoute = async ({ site }) => jsonResponse(datasetOf('praktijkvoorbeelden', await getSite(), site!));
