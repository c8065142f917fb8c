/**
 * Reading a built site (dist/): which pages it has, their parsed HTML, and one page per template.
 * Everything is discovered from the files, so the checks keep working as pages and content grow.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'parse5';
import { RESERVED_IDS } from '../../src/model/index.ts';

export interface Node5 {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node5[];
  content?: Node5;
  value?: string;
  parentNode?: Node5 | null;
}

export interface DistPage {
  /** Absolute path of the file. */
  file: string;
  /** Path inside dist, with forward slashes ("regios/twente/index.html"). */
  rel: string;
  /** URL path it is served at ("/regios/twente/", "/404.html"). */
  url: string;
}

/** Every file under dir, relative, with forward slashes, sorted. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export function urlOf(rel: string): string {
  if (rel === 'index.html') return '/';
  if (rel.endsWith('/index.html')) return `/${rel.slice(0, -'index.html'.length)}`;
  return `/${rel}`;
}

/** Every HTML document in dist. */
export function htmlDocuments(dist: string): DistPage[] {
  return listFiles(dist)
    .filter((rel) => rel.endsWith('.html'))
    .map((rel) => ({ file: join(dist, rel), rel, url: urlOf(rel) }));
}

export function parseHtml(html: string): Node5 {
  return parse(html) as unknown as Node5;
}

/** All elements of a document in document order (template contents included). */
export function elements(root: Node5): Node5[] {
  const out: Node5[] = [];
  const walk = (node: Node5) => {
    for (const child of node.childNodes ?? []) {
      if (child.tagName) out.push(child);
      walk(child);
      if (child.content) walk(child.content);
    }
  };
  walk(root);
  return out;
}

export function attr(el: Node5, name: string): string | undefined {
  return el.attrs?.find((a) => a.name === name)?.value;
}

export function text(node: Node5): string {
  if (node.nodeName === '#text') return node.value ?? '';
  return (node.childNodes ?? []).map(text).join('');
}

/** A meta-refresh page (Astro's redirect pages) is not a page of its own. */
export function isRedirect(els: Node5[]): boolean {
  return els.some((el) => el.tagName === 'meta' && attr(el, 'http-equiv')?.toLowerCase() === 'refresh');
}

export interface SitePage extends DistPage {
  html: string;
  els: Node5[];
}

/**
 * The site's pages: every index.html and 404.html, without the CMS (/admin/ is Decap's app, not a
 * page of the site) and without redirect pages. Other .html files (an e-mail edition, say) are
 * documents, not pages: they get the link checks only.
 */
export function sitePages(dist: string): SitePage[] {
  return htmlDocuments(dist)
    .filter((p) => (p.rel === 'index.html' || p.rel.endsWith('/index.html') || p.rel === '404.html') && !p.url.startsWith('/admin/'))
    .map((p) => {
      const html = readFileSync(p.file, 'utf8');
      return { ...p, html, els: elements(parseHtml(html)) };
    })
    .filter((p) => !isRedirect(p.els));
}

const RESERVED = new Set<string>(RESERVED_IDS);

/**
 * Which template a URL is rendered by, guessed from its shape: the home page and every top-level
 * page (list pages, the maintainers' MDX pages, 404) each count as their own; below that, entry ids
 * become "*", page numbers "#", and route words (the reserved ids such as "thema") stay.
 * "/praktijkvoorbeelden/dokwerk/" → "praktijkvoorbeelden/*", "/praktijkvoorbeelden/thema/x/" →
 * "praktijkvoorbeelden/thema/*", "/nieuws/2/" → "nieuws/#".
 */
export function templateKey(url: string): string {
  const segments = url.split('/').filter(Boolean);
  if (segments.length <= 1) return url;
  return [segments[0], ...segments.slice(1).map((s) => (RESERVED.has(s) ? s : /^\d+$/.test(s) ? '#' : '*'))].join('/');
}

/** One page per template: the first (in URL order) of each. */
export function templateSample<T extends { url: string }>(pages: T[]): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const page of [...pages].sort((a, b) => a.url.localeCompare(b.url))) {
    const key = templateKey(page.url);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(page);
  }
  return out;
}

/** Text with every run of white space made one space, and trimmed: text as a reader sees it. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
