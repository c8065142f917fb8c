/**
 * One owner for every path of the site: src/routes.ts. No other file under src/ or cms/ (or the
 * Astro config) may write a site path as a literal ("/praktijkvoorbeelden/", `/regios/${id}/`,
 * href="/over/"); it asks the routes module instead, so a renamed path is one edit. Paths that
 * belong to a tool and are not pages of the site may stay where their tool wants them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSitePathLiterals } from '../support/site-paths.ts';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE = /\.(ts|tsx|mts|mjs|js|astro)$/;
const OWNER = 'src/routes.ts';

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && SOURCE.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)));
}

describe('site paths', () => {
  it('are written only in src/routes.ts', () => {
    const files = [...sourceFiles('src'), ...sourceFiles('cms'), 'astro.config.mjs'].filter((file) => file !== OWNER);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) => findSitePathLiterals(readFileSync(join(ROOT, file), 'utf8')).map((hit) => `${file}:${hit.line}: ${hit.text}`));
    expect(found, 'write these paths with src/routes.ts').toEqual([]);
  });

  it('are found by the check in every form a file can write them', () => {
    const hits = (code: string) => findSitePathLiterals(code).map((hit) => hit.text);
    expect(hits(`<a href="/over/">Over</a>`)).toEqual(['"/over/"']);
    expect(hits("const url = `/regios/${id}/`;")).toEqual(['`/regios/${id}/`']);
    expect(hits("const a = '/praktijkvoorbeelden/';")).toEqual(["'/praktijkvoorbeelden/'"]);
    expect(hits("const b = `/${id}/`;")).toEqual(['`/${id}/`']);
    expect(hits("fetch('/zoeken/?q=zorg')")).toEqual(["'/zoeken/?q=zorg'"]);
  });

  it('lets tool paths, comments and regular expressions be', () => {
    const hits = (code: string) => findSitePathLiterals(code).map((hit) => hit.text);
    expect(hits(`<script src="/admin/admin.js"></script> <link href="/favicon.svg"> '/pagefind/' '/_astro/x.css' '/uploads/a.jpg'`)).toEqual([]);
    expect(hits(`// a link to "/regios/" in a comment\n/** "/over/" */\n{/* '/nieuws/' */}`)).toEqual([]);
    expect(hits(`s.replace(/\\/(\\d+)\\/$/, '')`)).toEqual([]);
    expect(hits(`new URL('https://example.org/regios/')`)).toEqual([]);
  });
});
