/** /data/<name>.schema.json — the JSON Schema of each open-data file, derived from the content model. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATASET_NAMES, DATASETS, datasetJsonSchema, type DatasetName } from '../../opendata/datasets.ts';
import { jsonResponse } from '../../opendata/site.ts';

export const getStaticPaths = (() => DATASET_NAMES.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => jsonResponse(datasetJsonSchema(DATASETS[params.name as DatasetName], site!));
