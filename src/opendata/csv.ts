/**
 * A dataset as CSV: one row per entry, columns derived from the published record schema.
 * - a list of values is one cell, the values joined with "; ";
 * - a group of fields is flattened into named columns ("contact.name", "image.alt");
 * - a list of groups gets one column per field of the group ("results.indicator", "results.value"),
 *   each cell holding that field of every item, in the same order, joined with "; " (an item
 *   without that field leaves an empty place, so the n-th values belong together).
 */
import type { z } from 'astro/zod';
import { stringify } from 'csv-stringify/sync';
import { fieldNode, type FieldNode } from '../model/schema-walk.ts';
import type { Dataset } from './datasets.ts';


export const LIST_SEPARATOR = '; ';

export interface Column {
  header: string;
  value(record: Record<string, unknown>): string;
}

function at(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function cell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(cell).join(', ');
  return String(value);
}

/** Leaf paths of a field, relative to it, with whether the leaf is a list of values. */
function leaves(field: FieldNode, path: string[] = []): { path: string[]; list: boolean }[] {
  if (field.fields) return Object.entries(field.fields).flatMap(([key, child]) => leaves(child, [...path, key]));
  if (field.element) {
    if (field.element.fields) return leaves(field.element).map((leaf) => ({ path: [...path, '[]', ...leaf.path], list: true }));
    return [{ path, list: true }];
  }
  return [{ path, list: false }];
}

/** The CSV columns of a record schema. */
export function csvColumns(record: z.ZodType): Column[] {
  return leaves(fieldNode(record)).map(({ path, list }) => {
    const split = path.indexOf('[]');
    const header = path.filter((p) => p !== '[]').join('.');
    if (split >= 0) {
      const listPath = path.slice(0, split);
      const itemPath = path.slice(split + 1);
      return {
        header,
        value: (r) => ((at(r, listPath) as unknown[] | undefined) ?? []).map((item) => cell(at(item, itemPath))).join(LIST_SEPARATOR),
      };
    }
    if (list) return { header, value: (r) => ((at(r, path) as unknown[] | undefined) ?? []).map(cell).join(LIST_SEPARATOR) };
    return { header, value: (r) => cell(at(r, path)) };
  });
}

/**
 * The CSV text: RFC 4180 (comma, double quotes, CRLF), UTF-8 with a header row. It starts with a
 * byte order mark because Excel reads a CSV file without one in the computer's old code page, which
 * garbles every ë, é and ’; with the mark it reads UTF-8. Other programs ignore the mark.
 */
export function datasetCsv(dataset: Dataset, record: z.ZodType): string {
  const columns = csvColumns(record);
  return stringify(
    dataset.items.map((item) => columns.map((c) => c.value(item))),
    { header: true, columns: columns.map((c) => c.header), bom: true, record_delimiter: 'windows', quoted_string: false },
  );
}
