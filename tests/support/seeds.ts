/**
 * The seeds (the source documents the content was written from) and how tests compare a quote with
 * them. The seeds are not in the repository: SEEDS_DIR, or ../shared/seeds beside the project or its
 * worktree folder; undefined when they are not on this machine (tests that need them are skipped).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PROJECT_ROOT } from './paths.ts';

export const SEEDS_DIR = [process.env.SEEDS_DIR, resolve(PROJECT_ROOT, '../shared/seeds'), resolve(PROJECT_ROOT, '../../shared/seeds')].find(
  (dir): dir is string => Boolean(dir && existsSync(join(dir, 'README.md'))),
);

/** Whitespace collapsed, quote marks made plain, thousands separators dropped, lower case. */
export function normalise(text: string): string {
  return text
    .replace(/[‘’‛´`]/g, "'")
    .replace(/[“”„]/g, '"')
    .replace(/[–—]/g, '-')
    .replace(/(\d)\.(\d{3})(?!\d)/g, '$1$2')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}
