/**
 * A content set as the checker holds it: every entry of every collection, read from disk by load.ts
 * and checked by the rules (rules.ts). Types only, in a module of their own, so the loader and the
 * rules both depend on it and not on each other.
 */
import type { CollectionName } from './fields.ts';

export interface LoadedEntry {
  id: string;
  collection: CollectionName;
  /** Path relative to the project root, for messages. */
  file: string;
  /** Parsed front matter (schema output) — only set when the schema accepted it. */
  data?: Record<string, unknown>;
  /** Raw front matter as written. */
  raw: Record<string, unknown>;
  body: string;
}

export type ContentSet = Record<CollectionName, LoadedEntry[]>;
