/**
 * Finds site paths written as literals in source code: a quoted string or template that starts
 * with "/" and a path segment ("/over/", `/regios/${id}/`, `/${id}/`). Comments are skipped, and so
 * are the paths that belong to a tool rather than to the site's pages, and the static files of
 * public/ (TOOL_PATHS).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Static files in public/ (favicon, print style sheet, _headers) are served as they are, not routed. */
const PUBLIC_FILES = readdirSync(join(import.meta.dirname, '../../public'), { withFileTypes: true })
  .filter((entry) => entry.isFile())
  .map((entry) => `/${entry.name}`);
// /api/v1 is the local CMS backend's API (decap-server's protocol, on its own port), not a page.
const TOOL_PATHS = ['/admin', '/pagefind/', '/_astro/', '/uploads', '/api/v1', ...PUBLIC_FILES];

export interface PathLiteral {
  line: number;
  text: string;
}

/** Blanks out comments (keeping line breaks), so that line numbers stay right. */
function withoutComments(code: string): string {
  const blank = (text: string) => text.replace(/[^\n]/g, ' ');
  return code
    .replace(/\/\*[\s\S]*?\*\//g, blank)
    .replace(/<!--[\s\S]*?-->/g, blank)
    .replace(/(^|[^:'"`\\])\/\/[^\n]*/g, (whole, before: string) => before + blank(whole.slice(before.length)));
}

export function findSitePathLiterals(code: string): PathLiteral[] {
  const clean = withoutComments(code);
  const found: PathLiteral[] = [];
  // A quote, then "/" and a segment's first character (a letter, digit or an interpolation).
  const literal = /(["'`])(\/(?:[a-z0-9]|\$\{)[^"'`\n]*)\1/g;
  for (const match of clean.matchAll(literal)) {
    const path = match[2] ?? '';
    if (TOOL_PATHS.some((tool) => path === tool || path.startsWith(tool.endsWith('/') ? tool : `${tool}/`) || path.startsWith(`${tool}?`))) continue;
    const line = clean.slice(0, match.index).split('\n').length;
    found.push({ line, text: match[0] });
  }
  return found;
}
