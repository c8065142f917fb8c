/**
 * Helpers for the preview templates: reading the entry, naming what an id points at, and the small
 * building blocks the site's pages use (page intro, fact list). Markup and class names follow the
 * site's components; the styles come from the site's CSS (preview.css).
 */
import type { ReactNode } from 'react';
import { labelOf, type EnumDef } from '../../src/model/enums.ts';
import { collections, type CollectionName } from '../../src/model/index.ts';

import { knownEntriesOfPage } from '../relation-search.ts';

export type PreviewProps = {
  entry: any;
  widgetFor: (name: string) => ReactNode;
  getAsset: (path: string) => unknown;
  fieldsMetaData?: any;
};

const toJS = (v: any) => (v && typeof v.toJS === 'function' ? v.toJS() : v);

export function dataOf(entry: any): Record<string, any> {
  return (toJS(entry?.get?.('data')) ?? {}) as Record<string, any>;
}

export function list<T = any>(value: unknown): T[] {
  return Array.isArray(value) ? (value.filter((v) => v !== undefined && v !== null && v !== '') as T[]) : [];
}

function findInMeta(meta: unknown, collection: string, id: string): Record<string, unknown> | undefined {
  if (!meta || typeof meta !== 'object') return undefined;
  const record = meta as Record<string, unknown>;
  const hit = (record[collection] as Record<string, unknown> | undefined)?.[id];
  if (hit && typeof hit === 'object') return hit as Record<string, unknown>;
  for (const v of Object.values(record)) {
    const found = findInMeta(v, collection, id);
    if (found) return found;
  }
  return undefined;
}

/** "Advies 3: title" for an advice with its number; any other title as it is. */
const numbered = (title: string, number: unknown) => (number ? `Advies ${number}: ${title}` : title);

/** The title of the entry an id points at: chosen in this session, known at build, or the id itself. */
export function titleOf(collection: CollectionName, id: string, fieldsMetaData?: any): string {
  const field = collections[collection].titleField;
  const meta = findInMeta(toJS(fieldsMetaData), collection, id);
  const fromMeta = meta?.[field];
  if (typeof fromMeta === 'string' && fromMeta) return numbered(fromMeta, collection === 'advice' ? meta?.number : undefined);
  const known = knownEntriesOfPage();
  const title = known.titles[collection]?.[id];
  if (title === undefined) return id;
  return numbered(title, collection === 'advice' ? known.numbers[collection]?.[id] : undefined);
}

export function labels(def: EnumDef, ids: unknown): string {
  return list<string>(ids)
    .map((id) => labelOf(def, id))
    .join(', ');
}

const numberFormat = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
export const formatNumber = (n: unknown) => (typeof n === 'number' ? numberFormat.format(n) : String(n ?? ''));

export function PageIntro({ eyebrow, title, lead, children }: { eyebrow?: string; title?: string; lead?: string; children?: ReactNode }) {
  return (
    <header className="page-intro">
      {eyebrow && <p className="page-intro__eyebrow">{eyebrow}</p>}
      <h1>{title || 'Zonder titel'}</h1>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </header>
  );
}

/** One fact (<div><dt/><dd/></div>), left out when it has no value. */
export function Fact({ label, children }: { label: string; children?: ReactNode }) {
  if (children === undefined || children === null || children === '' || (Array.isArray(children) && children.length === 0)) return null;
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

export function Preview({ children }: { children: ReactNode }) {
  return <main className="container preview">{children}</main>;
}

export function DraftNote({ text }: { text: string }) {
  return <p className="preview-note">{text}</p>;
}
