/** The published entries of a dataset, from the site's content (drafts are never in the store). */
import type { Site } from '../lib/content.ts';
import { buildDataset, DATASETS, type Dataset, type DatasetName, type Entry } from './datasets.ts';

export function entriesOf(name: DatasetName, site: Site): Entry[] {
  return site[DATASETS[name].collection] as unknown as Entry[];
}

export function datasetOf(name: DatasetName, site: Site, siteUrl: URL | string): Dataset {
  return buildDataset(DATASETS[name], entriesOf(name, site), siteUrl);
}

/** A JSON response, indented so a person can read it too. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
