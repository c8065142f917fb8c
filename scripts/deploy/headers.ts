/**
 * The response headers of the published site, read from `public/_headers` (the one source of truth;
 * Astro copies it to `dist/_headers`, where Netlify and Cloudflare Pages pick it up). This module
 * parses that file, says which rules match a path, and the nginx snippet is generated from it
 * (`scripts/deploy/nginx.ts`). No dependencies, so tests, the benchmark's static server and the
 * generator all read the file the same way.
 *
 * The format (shared by Netlify and Cloudflare Pages):
 *
 *   # a comment
 *   /a/path/*
 *     Header-Name: value
 *
 * A rule starts with a path at the start of a line; its headers are the indented lines below it.
 * `*` matches anything (also "/"), `:name` matches one path segment.
 *
 * How the two hosts match differs, so both are modelled here, from their own source code:
 * - Cloudflare Pages (workers-shared rules engine): the pattern is anchored at both ends, `*` is
 *   `.*`, `:name` is `[^/]+`, case-sensitive. `/admin/*` matches `/admin/` but not `/admin`.
 * - Netlify (@netlify/headers-parser, for_regexp.ts): case-insensitive, a trailing slash is always
 *   optional, a standalone `*` segment may be empty: `/admin/*` also matches `/admin`,
 *   `/nieuwsbrieven/:id/` also matches `/nieuwsbrieven/index.html`.
 * And how they combine several matching rules differs too: Cloudflare documents that a path gets
 * the headers of every matching rule, values of the same header joined with ", " (two CSPs that a
 * browser then both enforces), with `! Name` to drop an earlier one; Netlify does not know `!`
 * and does not document what it does with one header set by two rules. So public/_headers never
 * sets one header with two different values for one path (`conflicts()`, checked by the tests
 * under both hosts' matching), and `!` is refused. Then merging and overriding give the same result
 * everywhere, and the nginx translation can be exact.
 */

export interface HeaderRule {
  /** The path pattern as written, e.g. "/admin/*". */
  pattern: string;
  /** The headers in file order, names as written. */
  headers: { name: string; value: string }[];
  /** 1-based line of the pattern in the file. */
  line: number;
}

export type Host = 'cloudflare' | 'netlify';

export class HeadersFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'HeadersFileError';
  }
}

const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;

/** Parse the text of a `_headers` file. Throws one error listing every bad line. */
export function parseHeaders(text: string, file = '_headers'): HeaderRule[] {
  const rules: HeaderRule[] = [];
  const problems: string[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    const at = `${file}:${i + 1}`;
    const trimmed = line.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    const indented = /^\s/.test(line);
    if (!indented) {
      if (!trimmed.startsWith('/')) {
        problems.push(`${at}: a rule must start with a path beginning with "/", found "${trimmed}"`);
        return;
      }
      if (/\s/.test(trimmed)) {
        problems.push(`${at}: a path has no spaces, found "${trimmed}"`);
        return;
      }
      if ((trimmed.match(/\*/g) ?? []).length > 1) {
        problems.push(`${at}: Cloudflare allows one "*" per path, found "${trimmed}"`);
        return;
      }
      rules.push({ pattern: trimmed, headers: [], line: i + 1 });
      return;
    }
    if (trimmed.startsWith('!')) {
      problems.push(`${at}: "${trimmed}" (detach) works on Cloudflare only; Netlify ignores it. Do not set the header on overlapping paths instead.`);
      return;
    }
    const rule = rules.at(-1);
    if (!rule) {
      problems.push(`${at}: a header before the first path`);
      return;
    }
    const colon = trimmed.indexOf(':');
    const name = colon > 0 ? trimmed.slice(0, colon).trim() : '';
    const value = colon > 0 ? trimmed.slice(colon + 1).trim() : '';
    if (!HEADER_NAME.test(name) || value === '') {
      problems.push(`${at}: expected "Header-Name: value", found "${trimmed}"`);
      return;
    }
    if (rule.headers.some((h) => h.name.toLowerCase() === name.toLowerCase())) {
      problems.push(`${at}: ${name} is set twice for ${rule.pattern}; write one value`);
      return;
    }
    rule.headers.push({ name, value });
  });
  for (const rule of rules) if (rule.headers.length === 0) problems.push(`${file}:${rule.line}: ${rule.pattern} has no headers`);
  if (problems.length) throw new HeadersFileError(problems.join('\n'));
  return rules;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The regular expression source (anchored) a host matches a pattern with. Cloudflare's is also
 * what the nginx snippet uses, since nginx's `$uri` is the exact path too.
 */
export function patternSource(pattern: string, host: Host = 'cloudflare'): string {
  if (host === 'cloudflare') {
    const splat = pattern.split('*').map(escapeRegExp).join('.*');
    return `^${splat.replace(/:(\w+)/g, '[^/]+')}$`;
  }
  const parts = pattern
    .split('/')
    .map((p) => p.trimEnd())
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return '([^/]+)';
      if (part === '*') return '?(.*)';
      if (part.includes('*')) return part.split('*').map(escapeRegExp).join('(.*)');
      return escapeRegExp(part);
    });
  return `^/${parts.join('/')}/?$`;
}

export function patternRegExp(pattern: string, host: Host = 'cloudflare'): RegExp {
  return new RegExp(patternSource(pattern, host), host === 'netlify' ? 'iu' : 'u');
}

/** The rules whose pattern matches a URL path (no query string), in file order. */
export function matchingRules(rules: HeaderRule[], path: string, host: Host = 'cloudflare'): HeaderRule[] {
  return rules.filter((rule) => patternRegExp(rule.pattern, host).test(path));
}

/**
 * The headers a host sends for a path, keyed by lower-case name. Several matching rules are
 * combined as Cloudflare documents it: every header of every rule; a header set by two rules gets
 * both values joined with ", " (the same value twice counts once).
 */
export function headersFor(rules: HeaderRule[], path: string, host: Host = 'cloudflare'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of matchingRules(rules, path, host)) {
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      const old = out[key];
      out[key] = old === undefined || old === value ? value : `${old}, ${value}`;
    }
  }
  return out;
}

/**
 * Headers that two matching rules set to different values for this path: "Name: /a/* (line 3)
 * and /b/* (line 9)". Empty when every host, whether it merges or overrides, sends the same.
 */
export function conflicts(rules: HeaderRule[], path: string, host: Host = 'cloudflare'): string[] {
  const seen = new Map<string, { value: string; rule: HeaderRule }>();
  const out: string[] = [];
  for (const rule of matchingRules(rules, path, host)) {
    for (const { name, value } of rule.headers) {
      const key = name.toLowerCase();
      const first = seen.get(key);
      if (!first) seen.set(key, { value, rule });
      else if (first.value !== value) out.push(`${name} for ${path}: ${first.rule.pattern} (line ${first.rule.line}) and ${rule.pattern} (line ${rule.line}) differ`);
    }
  }
  return out;
}

/** Split a Content-Security-Policy into its directives: { "script-src": ["'self'", …] }. */
export function cspDirectives(policy: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = sources;
  }
  return out;
}
