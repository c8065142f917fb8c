/**
 * Pages of a folder for the collection list of the local backend (cms/local-backend.ts), apart from
 * Decap so it can be tested without a browser.
 */

/** Entries per page of a collection list (GitHub's backend shows 20; a list row is small). */
export const LIST_PAGE_SIZE = 50;

/** What decap-server returns per file. */
export interface ImplementationEntry {
  data: string;
  file: { path: string; label?: string; id?: string | null; author?: string; updatedOn?: string };
}

export interface FolderKey {
  folder: string;
  extension: string;
  depth: number;
}

/** The entries of page `index` (from 1) and the cursor's actions, meta and data for Decap. */
export function pageOf(all: ImplementationEntry[], index: number, folderKey: FolderKey, pageSize = LIST_PAGE_SIZE) {
  const pageCount = Math.max(1, Math.ceil(all.length / pageSize));
  const current = Math.min(Math.max(1, index), pageCount);
  const entries = all.slice((current - 1) * pageSize, current * pageSize);
  const actions = [...(current > 1 ? ['prev', 'first'] : []), ...(current < pageCount ? ['next', 'last'] : [])];
  return {
    entries,
    cursor: {
      actions,
      meta: { page: current, count: all.length, pageSize, pageCount, ...folderKey },
      data: { ...folderKey, page: current },
    },
  };
}
