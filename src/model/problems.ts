/**
 * A problem in the content: one per broken rule, each naming the file, the field, what was found
 * and what is allowed, printed as one readable line. Messages are Dutch, like the CMS, because the
 * people who fix content are editors.
 */
import type { z } from 'astro/zod';
import { branchFor, fieldNode, nodeAt, type FieldNode } from './schema-walk.ts';
import { ENGLISH, FORMAT_WORDS, TYPE_WORDS } from './dutch.ts';

export interface Problem {
  /** Path of the file, relative to the project (e.g. content/practices/dokwerk.md). */
  file: string;
  /** Dotted field path (e.g. advice[0].advice), or "" for the file as a whole. */
  field: string;
  /** Dutch label of the field, when the model has one. */
  label?: string;
  found: string;
  allowed: string;
}

export function formatProblem(p: Problem): string {
  const where = p.field ? `${p.field}${p.label ? ` (${p.label})` : ''}` : 'bestand';
  return `${p.file}: ${where}: gevonden ${p.found}; toegestaan: ${p.allowed}`;
}

/** Describe a value found in a file, briefly and unambiguously. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'niets (het veld ontbreekt)';
  if (value === null) return 'een leeg veld';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'een lege tekst';
    const shown = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `"${shown}"${value.length > 60 ? ` (${value.length} tekens)` : ''}`;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'een ongeldige datum' : value.toISOString();
  if (Array.isArray(value)) return `een lijst met ${value.length} ${value.length === 1 ? 'item' : 'items'}`;
  return 'een groep velden';
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key as string];
  }
  return current;
}

/** The field at `path` in `root`, following the data to pick the branch of a typed list. */
export function fieldAt(root: z.ZodType, path: readonly PropertyKey[], data: unknown): FieldNode | undefined {
  return nodeAt(fieldNode(root), path, data);
}

/** Turn one zod issue into a problem line for `file`. */
export function problemFromIssue(file: string, schema: z.ZodType, data: unknown, issue: z.core.$ZodIssue): Problem[] {
  const path = issue.path;
  const field = fieldAt(schema, path, data);
  const meta = field?.meta;
  const value = valueAt(data, path);
  const base = { file, field: formatPath(path), label: meta?.label };
  const found = describeValue(value);

  switch (issue.code) {
    case 'invalid_type': {
      const allowed = meta?.allowed ?? TYPE_WORDS[issue.expected] ?? 'een waarde van een andere soort';
      return [{ ...base, found, allowed: value === undefined ? `verplicht veld: ${allowed}` : allowed }];
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') return [{ ...base, found: `een tekst van ${String(value).length} tekens`, allowed: `hoogstens ${max} tekens` }];
      if (issue.origin === 'array') return [{ ...base, found, allowed: `hoogstens ${max} items` }];
      return [{ ...base, found, allowed: `hoogstens ${max}` }];
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') return [{ ...base, found, allowed: 'een ingevulde tekst' }];
      if (issue.origin === 'array') return [{ ...base, found, allowed: `minstens ${min} ${min === 1 ? 'item' : 'items'}` }];
      return [{ ...base, found, allowed: `minstens ${min}` }];
    }
    case 'invalid_value':
      return [{ ...base, found, allowed: issue.values.map((v) => String(v)).join(', ') }];
    case 'invalid_format':
      return [{ ...base, found, allowed: meta?.allowed ?? FORMAT_WORDS[issue.format] ?? 'een waarde in een andere vorm' }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const shape = field ? (branchFor(field, value)?.node ?? field).fields : undefined;
        return {
          file,
          field: formatPath([...path, key]),
          found: 'een veld dat het model niet kent',
          allowed: shape ? `alleen deze velden: ${Object.keys(shape).join(', ')}` : 'alleen velden uit het contentmodel',
        };
      });
    case 'invalid_union': {
      // A discriminated union (newsletter items) whose `type` is unknown: name the types it knows.
      if ('options' in issue && Array.isArray(issue.options)) {
        return [{ ...base, label: undefined, found, allowed: (issue.options as unknown[]).map(String).join(', ') }];
      }
      return [{ ...base, found, allowed: meta?.allowed ?? 'een van de vormen die het model kent' }];
    }
    case 'custom':
    default:
      // A message zod wrote itself (English) never reaches an editor: the model's words instead.
      if (ENGLISH.test(issue.message)) return [{ ...base, found, allowed: meta?.allowed ?? 'een waarde die het model toestaat' }];
      // Refinements carry their own Dutch message (e.g. an event's place); a date that does not
      // exist ("2026-02-30") is explained by the field's allowed text.
      return [{ ...base, found: issue.message.startsWith('geen ') ? `${found}: ${issue.message}` : found, allowed: issue.message.startsWith('geen ') ? (meta?.allowed ?? issue.message) : issue.message }];
  }
}
