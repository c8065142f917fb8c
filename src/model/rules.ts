/**
 * Rules that span entries, run over the whole content set at once: references resolve, numbers are
 * unique, dates are in order, no newsletter points at a draft, reserved ids are refused; and the
 * uploads: every file in the media folder within the size limit, every upload content links exists.
 */
import type { z } from 'astro/zod';
import { collections, MAX_UPLOAD_BYTES, MEDIA_FOLDER, PUBLIC_FOLDER, RESERVED_IDS, type CollectionName } from './index.ts';
import { DATE_PATTERN } from './fields.ts';
import { describeValue, fieldAt, formatPath, type Problem } from './problems.ts';
import { branchFor, fieldNode, type FieldNode } from './schema-walk.ts';
import type { ContentSet, LoadedEntry } from './content-set.ts';
import { EVENT_MESSAGES } from './collections/events.ts';
import { checkTrust } from './trust-rules.ts';

export interface Reference {
  path: PropertyKey[];
  collection: CollectionName;
  id: string;
  label?: string;
}

/** Every reference in an entry's data, found by walking its schema (so new reference fields are covered). */
export function findReferences(schema: z.ZodType, data: unknown, path: PropertyKey[] = []): Reference[] {
  return referencesIn(fieldNode(schema), data, path);
}

function referencesIn(node: FieldNode, data: unknown, path: PropertyKey[]): Reference[] {
  if (data === undefined || data === null) return [];
  if (node.kind === 'relation' && node.ref) {
    const ids = Array.isArray(data) ? data.map((id, i) => ({ id, p: [...path, i] })) : [{ id: data, p: path }];
    return ids.filter((x) => typeof x.id === 'string').map((x) => ({ path: x.p, collection: node.ref!, id: x.id as string, label: node.label }));
  }
  if (node.fields && typeof data === 'object') {
    return Object.entries(node.fields).flatMap(([key, child]) => referencesIn(child, (data as Record<string, unknown>)[key], [...path, key]));
  }
  if (node.element && Array.isArray(data)) {
    return data.flatMap((item, i) => referencesIn(node.element!, item, [...path, i]));
  }
  // Discriminated union (newsletter items): follow the branch the data names.
  const branch = branchFor(node, data);
  return branch ? referencesIn(branch.node, data, path) : [];
}

const TOP_LEVEL_ROUTES = Object.values(collections)
  .map((c) => c.route.replace(/^\//, ''))
  .filter(Boolean);

export function checkRules(content: ContentSet): Problem[] {
  const problems: Problem[] = [];
  const index = new Map<CollectionName, Map<string, LoadedEntry>>();
  for (const [name, list] of Object.entries(content) as [CollectionName, LoadedEntry[]][]) {
    index.set(name, new Map(list.map((e) => [e.id, e])));
  }

  for (const [name, list] of Object.entries(content) as [CollectionName, LoadedEntry[]][]) {
    for (const entry of list) {
      if ((RESERVED_IDS as readonly string[]).includes(entry.id) || (name === 'pages' && TOP_LEVEL_ROUTES.includes(entry.id))) {
        problems.push({
          file: entry.file,
          field: 'bestandsnaam',
          found: `"${entry.id}", een naam die de site zelf gebruikt`,
          allowed: `een andere naam dan ${[...RESERVED_IDS, ...(name === 'pages' ? TOP_LEVEL_ROUTES : [])].join(', ')}`,
        });
      }
      // An entry with a schema error still has its references checked (on the raw front matter),
      // so every problem is reported in one go.
      const data = entry.data ?? entry.raw;
      const isNewsletter = name === 'newsletters';
      const sent = isNewsletter && data.status === 'verzonden';
      for (const ref of findReferences(collections[name].schema, data)) {
        const target = index.get(ref.collection)?.get(ref.id);
        const targetDef = collections[ref.collection];
        const inNewsletter = isNewsletter && ref.path[0] === 'sections';
        const where = inNewsletter ? newsletterPlace(data, ref.path) : '';
        const fix = inNewsletter && sent ? ' Deze nieuwsbrief is al verzonden: vervang het item door een vrij item (soort "Vrij item") met titel, tekst en link.' : '';
        if (!target) {
          problems.push({
            file: entry.file,
            field: formatPath(ref.path),
            label: ref.label,
            found: `${where}"${ref.id}", maar er is geen ${targetDef.labelSingular.toLowerCase()} met die naam`,
            allowed: `een bestaande naam uit ${targetDef.label} (de map ${ref.collection}/).${fix}`,
          });
        } else if (inNewsletter && ref.collection === 'practices' && target.raw.draft === true) {
          problems.push({
            file: entry.file,
            field: formatPath(ref.path),
            label: ref.label,
            found: `${where}"${ref.id}", een praktijkvoorbeeld dat nog concept is`,
            allowed: `een gepubliceerd praktijkvoorbeeld (draft: false).${fix}`,
          });
        }
      }
    }
  }

  problems.push(...uniqueNumbers(content.advice, 'Nummer'), ...uniqueNumbers(content.newsletters, 'Nummer'));

  for (const entry of content.practices) {
    const d = entry.data;
    if (d && typeof d.updated === 'string' && typeof d.published === 'string' && d.updated < d.published) {
      problems.push({ file: entry.file, field: 'updated', label: 'Bijgewerkt op', found: `${d.updated}, vóór de publicatiedatum ${d.published}`, allowed: `een datum op of na ${d.published}` });
    }
    // A date to check again must lie after the last change, or the entry is overdue the day it is saved.
    const lastChanged = typeof d?.updated === 'string' ? d.updated : d?.published;
    if (d && typeof d.reviewBy === 'string' && typeof lastChanged === 'string' && d.reviewBy <= lastChanged) {
      problems.push({ file: entry.file, field: 'reviewBy', label: 'Opnieuw bekijken voor', found: `${d.reviewBy}, niet na ${typeof d.updated === 'string' ? 'de laatste wijziging' : 'de publicatiedatum'} ${lastChanged}`, allowed: `een datum na ${lastChanged}` });
    }
  }
  for (const entry of content.events) {
    const d = entry.data;
    // Days without a time (checkEventDays, trust-rules.ts) end on or after the day they start.
    if (d && typeof d.end === 'string' && typeof d.start === 'string' && endsTooSoon(d.start, d.end)) {
      problems.push({ file: entry.file, field: 'end', label: 'Einde', found: `${d.end}, niet na het begin ${d.start}`, allowed: EVENT_MESSAGES.endAfterStart });
    }
  }
  problems.push(...checkTrust(content));
  return problems;
}

function endsTooSoon(start: string, end: string): boolean {
  const days = [start, end].filter((v) => DATE_PATTERN.test(v)).length;
  if (days === 1) return false;
  return days === 2 ? end < start : Date.parse(end) <= Date.parse(start);
}

function uniqueNumbers(list: LoadedEntry[], label: string): Problem[] {
  const seen = new Map<number, LoadedEntry>();
  const problems: Problem[] = [];
  for (const entry of list) {
    const n = entry.data?.number;
    if (typeof n !== 'number') continue;
    const first = seen.get(n);
    if (first) problems.push({ file: entry.file, field: 'number', label, found: `${describeValue(n)}, dat ook al in ${first.file} staat`, allowed: 'een nummer dat nog niet gebruikt is' });
    else seen.set(n, entry);
  }
  return problems;
}

/** "blok 2 ("Uit de regio's"), item 3: " — where a newsletter reference sits, in words an editor knows. */
function newsletterPlace(data: Record<string, unknown>, path: PropertyKey[]): string {
  const [, s, , i] = path as [string, number, string, number];
  const section = (data.sections as { heading?: string }[] | undefined)?.[s];
  return `blok ${s + 1}${section?.heading ? ` ("${section.heading}")` : ''}, item ${i + 1}: `;
}

/** A file in the media folder (public/uploads/), as load.ts found it on disk. */
export interface MediaFile {
  /** Path relative to the project, for messages (public/uploads/foto.jpg). */
  file: string;
  /** The path content links it by (/uploads/foto.jpg). */
  url: string;
  bytes: number;
}

/** A link to an upload in an entry: a whole field (image.src) or inside Markdown or HTML text. */
export interface UploadReference {
  field: string;
  label?: string;
  url: string;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** An upload linked from inside text: a Markdown link or image, a reference definition, an HTML src/href. */
const UPLOAD_IN_TEXT = new RegExp(`(?:\\]\\(\\s*<?|\\b(?:src|href|srcset)\\s*=\\s*["']?|^ {0,3}\\[[^\\]]+\\]:\\s*<?)(${escapeRegExp(PUBLIC_FOLDER)}/[^\\s)"'<>]+)`, 'gim');
const UPLOAD_FIELD = new RegExp(`^${escapeRegExp(PUBLIC_FOLDER)}/`);
/** A quick test before UPLOAD_IN_TEXT: can this text link an upload at all? */
const MAY_LINK_UPLOAD = new RegExp(escapeRegExp(PUBLIC_FOLDER), 'i');

/** "/uploads/mijn%20foto.jpg?v=2#x" → "/uploads/mijn foto.jpg": the file a browser would ask for. */
function uploadPath(url: string): string {
  const path = url.replace(/[?#].*$/, '');
  try {
    return decodeURI(path);
  } catch {
    return path;
  }
}

/** Every upload an entry links to, in its front matter (as written) and its body. */
export function findUploadReferences(entry: LoadedEntry): UploadReference[] {
  const def = collections[entry.collection];
  const found: UploadReference[] = [];
  const inText = (text: string, field: string, label?: string) => {
    for (const m of text.matchAll(UPLOAD_IN_TEXT)) found.push({ field, label, url: m[1]! });
  };
  const walk = (value: unknown, path: PropertyKey[]) => {
    if (typeof value === 'string') {
      // The label is looked up only for a string that links an upload: most strings do not, and
      // finding a field's schema for each of them was a fifth of the content check at 10,000 files.
      const label = () => fieldAt(def.schema, path, entry.raw)?.label;
      if (UPLOAD_FIELD.test(value.trim())) found.push({ field: formatPath(path), label: label(), url: value.trim() });
      else if (MAY_LINK_UPLOAD.test(value)) inText(value, formatPath(path), label());
    } else if (Array.isArray(value)) value.forEach((item, i) => walk(item, [...path, i]));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(entry.raw, []);
  if (def.body) inText(entry.body, 'body', 'bodyLabel' in def ? def.bodyLabel : undefined);
  return found;
}

const nl = (n: number) => n.toLocaleString('nl-NL');

/**
 * The uploads: a file committed to the media folder by Git bypasses the CMS's size limit, so every
 * file there is checked against it; and every upload content links to must exist.
 */
export function checkUploads(content: ContentSet, media: readonly MediaFile[], limit: number = MAX_UPLOAD_BYTES): Problem[] {
  const problems: Problem[] = [];
  for (const m of media) {
    if (m.bytes <= limit) continue;
    problems.push({
      file: m.file,
      field: '',
      found: `een bestand van ${nl(Math.ceil(m.bytes / 1000))} kB (${nl(m.bytes)} bytes)`,
      allowed: `hoogstens ${nl(limit / 1000)} kB (${nl(limit)} bytes) per bestand in ${MEDIA_FOLDER}/. Maak de afbeelding kleiner (bijvoorbeeld 1600 pixels breed) en zet hem er opnieuw in.`,
    });
  }
  const existing = new Set(media.map((m) => m.url));
  for (const list of Object.values(content)) {
    for (const entry of list) {
      for (const ref of findUploadReferences(entry)) {
        if (existing.has(uploadPath(ref.url))) continue;
        problems.push({
          file: entry.file,
          field: ref.field,
          label: ref.label,
          found: `"${ref.url}", maar dat bestand staat niet in ${MEDIA_FOLDER}/`,
          allowed: `een bestand dat in ${MEDIA_FOLDER}/ staat: upload het in het beheerscherm, of zet het met Git in die map (let op hoofdletters).`,
        });
      }
    }
  }
  return problems;
}
