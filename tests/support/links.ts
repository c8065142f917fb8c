/**
 * Links and resources in a built site: every internal href/src (and srcset, and CSS url()) must
 * resolve to a file in dist/, and a #fragment to an id in the target page.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { attr, elements, parseHtml, type Node5 } from './dist.ts';
import { routes } from '../../src/routes.ts';

export interface Ref {
  /** Where it was found: "a[href]", "img[srcset]", "css url()". */
  kind: string;
  value: string;
  /** True for what the browser loads by itself (scripts, styles, images…), not for links a visitor follows. */
  resource: boolean;
}

const LINK_ATTRS: [tag: string, attribute: string, resource: boolean][] = [
  ['a', 'href', false],
  ['area', 'href', false],
  ['link', 'href', true], // refined below: canonical, alternate, sitemap are links, not loads
  ['script', 'src', true],
  ['img', 'src', true],
  ['iframe', 'src', true],
  ['embed', 'src', true],
  ['object', 'data', true],
  ['source', 'src', true],
  ['video', 'src', true],
  ['video', 'poster', true],
  ['audio', 'src', true],
  ['track', 'src', true],
  ['input', 'src', true],
  ['form', 'action', false],
  ['use', 'href', true],
  ['use', 'xlink:href', true],
  ['image', 'href', true],
  ['blockquote', 'cite', false],
  ['q', 'cite', false],
];
const LINK_RELS_THAT_DO_NOT_LOAD = new Set(['canonical', 'alternate', 'sitemap', 'author', 'license', 'help', 'search', 'next', 'prev', 'me']);
const META_URL_PROPERTIES = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

function srcsetUrls(value: string): string[] {
  return value
    .split(',')
    .map((part) => part.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

/** Every URL a page refers to. */
export function refsOf(els: Node5[]): Ref[] {
  const refs: Ref[] = [];
  for (const el of els) {
    for (const [tag, attribute, resource] of LINK_ATTRS) {
      if (el.tagName !== tag) continue;
      const value = attr(el, attribute);
      if (value === undefined) continue;
      if (tag === 'link') {
        const rels = (attr(el, 'rel') ?? '').toLowerCase().split(/\s+/);
        refs.push({ kind: `link[rel=${rels.join(' ')}]`, value, resource: !rels.every((r) => LINK_RELS_THAT_DO_NOT_LOAD.has(r)) });
      } else refs.push({ kind: `${tag}[${attribute}]`, value, resource });
    }
    if ((el.tagName === 'img' || el.tagName === 'source') && attr(el, 'srcset')) {
      for (const value of srcsetUrls(attr(el, 'srcset')!)) refs.push({ kind: `${el.tagName}[srcset]`, value, resource: true });
    }
    if (el.tagName === 'meta') {
      const property = attr(el, 'property') ?? attr(el, 'name') ?? '';
      const content = attr(el, 'content');
      if (content && META_URL_PROPERTIES.has(property)) refs.push({ kind: `meta[${property}]`, value: content, resource: false });
    }
    const style = attr(el, 'style');
    if (style) for (const value of cssUrls(style)) refs.push({ kind: `${el.tagName}[style] url()`, value, resource: true });
    if (el.tagName === 'style') for (const value of cssUrls(textOf(el))) refs.push({ kind: 'style url()', value, resource: true });
  }
  return refs;
}

function textOf(el: Node5): string {
  return (el.childNodes ?? []).map((c) => c.value ?? '').join('');
}

/** url(...) and @import "..." in CSS. */
export function cssUrls(css: string): string[] {
  const out: string[] = [];
  for (const m of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)\s]*))\s*\)/g)) out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  for (const m of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/g)) out.push((m[1] ?? m[2] ?? '').trim());
  return out.filter((u) => u && !u.startsWith('data:') && !u.startsWith('#'));
}

export type Resolution =
  | { type: 'internal'; url: URL }
  | { type: 'external'; url: URL }
  | { type: 'other'; scheme: string }
  | { type: 'bad'; reason: string };

/** Classify a URL found on the page at `pageUrl` (a path) of the site at `origin`. */
export function resolveRef(value: string, pageUrl: string, origin: string): Resolution {
  const trimmed = value.trim();
  if (/^javascript:/i.test(trimmed.replace(/[\s\u0000-\u001f]/g, ''))) return { type: 'bad', reason: 'a javascript: URL' };
  let url: URL;
  try {
    url = new URL(trimmed, origin + pageUrl);
  } catch {
    return { type: 'bad', reason: 'not a valid URL' };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { type: 'other', scheme: url.protocol };
  return url.origin === origin ? { type: 'internal', url } : { type: 'external', url };
}

const idCache = new Map<string, Set<string> | null>();

/** The ids (and a[name]s) of an HTML file in dist, or null for a file that is not HTML. */
function idsOf(file: string): Set<string> | null {
  if (idCache.has(file)) return idCache.get(file)!;
  let ids: Set<string> | null = null;
  if (file.endsWith('.html')) {
    ids = new Set();
    for (const el of elements(parseHtml(readFileSync(file, 'utf8')))) {
      const id = attr(el, 'id');
      if (id) ids.add(id);
      if (el.tagName === 'a' && attr(el, 'name')) ids.add(attr(el, 'name')!);
    }
  }
  idCache.set(file, ids);
  return ids;
}

export function clearIdCache(): void {
  idCache.clear();
}

const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
const isDir = (p: string) => existsSync(p) && statSync(p).isDirectory();

/**
 * Why an internal URL does not resolve in dist (undefined when it does). A "#fragment" must be an
 * id (or a[name]) in the target page; "#" and "#top" are the top of any page.
 */
export function brokenReason(url: URL, dist: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return 'an undecodable path';
  }
  let file: string;
  if (pathname.endsWith('/')) {
    file = join(dist, pathname, 'index.html');
    if (!isFile(file)) return 'no such page';
  } else {
    file = join(dist, pathname);
    if (!isFile(file)) {
      if (isDir(file) && isFile(join(file, 'index.html'))) return `no trailing slash (the site uses trailingSlash: 'always'; link to ${url.pathname}/)`;
      return 'no such file';
    }
  }
  const fragment = url.hash.slice(1);
  // The admin is Decap's single-page app: "#/collections/…" is a screen of it, not an element id.
  if (pathname === routes.admin && fragment.startsWith('/')) return undefined;
  if (fragment && fragment.toLowerCase() !== 'top') {
    const ids = idsOf(file);
    let id = fragment;
    try {
      id = decodeURIComponent(fragment);
    } catch {
      /* keep as written */
    }
    if (ids && !ids.has(id)) return `no id "${id}" on ${url.pathname}`;
  }
  return undefined;
}
