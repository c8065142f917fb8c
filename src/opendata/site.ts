/** The published entries of a dataset, from the site's content (drafts are never in the store). */
import type { Site } from '../lib/content.ts';
import { buildDataset, DATASETS, type Dataset, type DatasetName, type Entry } from './datasets.ts';

export function entriesOf(name: DatasetName, site: Site): Entry[] {
  return site[DATASETS[name].collection] as unknown as Entry[];
}

/** Built datasets per build: the JSON and the CSV of the practices share one (each record is checked once). */
const built = new WeakMap<Site, Map<string, Dataset>>();

export function datasetOf(name: DatasetName, site: Site, siteUrl: URL | string): Dataset {
  let datasets = built.get(site);
  if (!datasets) built.set(site, (datasets = new Map()));
  const key = `${name} ${String(siteUrl)}`;
  let dataset = datasets.get(key);
  if (!dataset) datasets.set(key, (dataset = buildDataset(DATASETS[name], entriesOf(name, site), siteUrl)));
  return dataset;
}

/** A JSON response, indented so a person can read it too. */
export function jsonResponse(value: unknown): Response {
  return new Response(`${JSON.stringify(value, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
