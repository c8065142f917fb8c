/** Entry pages of a built site, counted from the files (the counts the feeds and data must match). */
import { listFiles } from './dist.ts';
import { RESERVED_IDS } from '../../src/model/index.ts';

const RESERVED = new Set<string>(RESERVED_IDS);

/** Ids of the entry pages under /<section>/<id>/ (list pages, page numbers and route words excepted). */
export function entryPageIds(dist: string, section: string): string[] {
  const pattern = new RegExp(`^${section}/([^/]+)/index\\.html$`);
  return listFiles(dist)
    .map((rel) => pattern.exec(rel)?.[1])
    .filter((id): id is string => Boolean(id) && !RESERVED.has(id!) && !/^\d+$/.test(id!))
    .sort();
}
