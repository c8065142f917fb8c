/** /data/praktijkvoorbeelden.csv — the practices as a spreadsheet: one row per practice. */
import type { APIRoute } from 'astro';
import { getSite } from '../../lib/content.ts';
import { datasetOf } from '../../opendata/site.ts';
import { DATASETS, recordSchema } from '../../opendata/datasets.ts';
import { datasetCsv } from '../../opendata/csv.ts';

export const GET: APIRoute = async ({ site }) => {
  const dataset = datasetOf('praktijkvoorbeelden', await getSite(), site!);
  return new Response(datasetCsv(dataset, recordSchema(DATASETS.praktijkvoorbeelden)), { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
