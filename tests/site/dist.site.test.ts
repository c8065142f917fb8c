/**
 * Whole-site checks on the built site (the "site" build of global-setup.ts, real content), without a
 * browser: every entry has its page, every page has the basics, no internal link or fragment is
 * broken, nothing is loaded from another host, no scoped-style attribute is left, html-validate finds no
 * error, the sitemap is right.
 */
import { describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { attr, elements, htmlDocuments, listFiles, parseHtml, sitePages, text, type Node5, type SitePage } from '../support/dist.ts';
import { brokenReason, cssUrls, refsOf, resolveRef } from '../support/links.ts';
import { htmlValidateConfig } from '../support/html-validate.ts';
import { assertBuilt, listing } from '../support/build-result.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { loadContent } from '../../src/model/load.ts';
import { collections, collectionNames } from '../../src/model/index.ts';

const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const built = site.exitCode === 0;
const dist = site.outDir;
const pages: SitePage[] = built ? sitePages(dist) : [];

const parsed = new Map<string, Node5[]>(pages.map((p) => [p.file, p.els]));
/** The elements of any HTML document in dist (site pages are parsed once, up front). */
function elementsOf(file: string): Node5[] {
  if (!parsed.has(file)) parsed.set(file, elements(parseHtml(readFileSync(file, 'utf8'))));
  return parsed.get(file)!;
}

/** The site's own origin (canonical links are absolute), read from the home page. */
function siteOrigin(): string {
  const home = pages.find((p) => p.url === '/');
  const canonical = home?.els.find((el) => el.tagName === 'link' && attr(el, 'rel') === 'canonical');
  return canonical ? new URL(attr(canonical, 'href')!).origin : 'http://localhost:4321';
}

test('the site builds', () => {
  assertBuilt(site);
  expect(pages.length).toBeGreaterThan(1);
});

describe.runIf(built)('pages for the content', () => {
  const content = loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT);

  test('every collection has its list page', () => {
    const missing = collectionNames
      .filter((name) => collections[name].route)
      .map((name) => `${collections[name].route}/`)
      .filter((url) => !existsSync(join(dist, url, 'index.html')));
    expect(missing, `list pages missing from dist/:\n${missing.join('\n')}`).toEqual([]);
  });

  test('every published entry has its page (drafts and concept newsletters excepted)', () => {
    const missing: string[] = [];
    for (const name of collectionNames) {
      for (const entry of content.entries[name]) {
        if (entry.raw.draft === true || (name === 'newsletters' && entry.raw.status === 'concept')) continue;
        const url = `${collections[name].route}/${entry.id}/`;
        if (!existsSync(join(dist, url, 'index.html'))) missing.push(`${url}  (${entry.file})`);
      }
    }
    expect(missing, `${missing.length} entries have no page:\n${listing(missing)}`).toEqual([]);
  });
});

describe.runIf(built)('every page has the basics', () => {
  const focusable = (el: Node5) =>
    (el.tagName === 'a' && attr(el, 'href') !== undefined) ||
    (['button', 'select', 'textarea', 'summary'].includes(el.tagName!) && attr(el, 'disabled') === undefined) ||
    (el.tagName === 'input' && attr(el, 'type') !== 'hidden' && attr(el, 'disabled') === undefined) ||
    (attr(el, 'tabindex') !== undefined && Number(attr(el, 'tabindex')) >= 0);

  test('lang="nl", one <title>, a meta description, and first a skip link to <main>', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const say = (what: string) => problems.push(`${page.url}: ${what}`);
      const html = page.els.find((el) => el.tagName === 'html');
      if (attr(html!, 'lang') !== 'nl') say(`<html lang="${attr(html!, 'lang') ?? ''}">, expected lang="nl"`);
      const titles = page.els.filter((el) => el.tagName === 'title');
      if (titles.length !== 1 || !text(titles[0]!).trim()) say(`${titles.length} <title> elements, expected one with text`);
      const descriptions = page.els.filter((el) => el.tagName === 'meta' && attr(el, 'name') === 'description');
      if (descriptions.length !== 1 || !attr(descriptions[0]!, 'content')?.trim()) say('no (or more than one, or an empty) <meta name="description">');
      const mains = page.els.filter((el) => el.tagName === 'main');
      if (mains.length !== 1) say(`${mains.length} <main> elements, expected 1`);
      const body = page.els.findIndex((el) => el.tagName === 'body');
      const first = page.els.slice(body + 1).find(focusable);
      const href = first && first.tagName === 'a' ? attr(first, 'href')! : '';
      const target = href.startsWith('#') ? page.els.find((el) => attr(el, 'id') === decodeURIComponent(href.slice(1))) : undefined;
      if (!target) say(`the first focusable element is not a skip link to an id on the page (found <${first?.tagName ?? 'nothing'}${href ? ` href="${href}"` : ''}>)`);
      else if (target.tagName !== 'main') say(`the skip link points at <${target.tagName} id="${attr(target, 'id')}">, not at <main>`);
    }
    expect(problems, listing(problems)).toEqual([]);
  });

  test('every <title> is unique', () => {
    const byTitle = new Map<string, string[]>();
    for (const page of pages) {
      const title = text(page.els.find((el) => el.tagName === 'title') ?? { nodeName: '#none' }).trim();
      byTitle.set(title, [...(byTitle.get(title) ?? []), page.url]);
    }
    const duplicates = [...byTitle].filter(([, urls]) => urls.length > 1).map(([title, urls]) => `"${title}": ${urls.join(', ')}`);
    expect(duplicates, listing(duplicates)).toEqual([]);
  });
});

describe.runIf(built)('styles', () => {
  // Component styles are global and hang under the component's own class (tests/structure/global-styles.test.ts),
  // so Astro writes no data-astro-cid-* attribute on every element: a quarter of a list page's bytes (issue 20).
  test('no HTML document carries a scoped-style attribute (data-astro-cid-*) and no stylesheet selects one', () => {
    const found: string[] = [];
    for (const file of listFiles(dist).filter((f) => /\.(html|css)$/.test(f))) {
      const hit = readFileSync(join(dist, file), 'utf8').match(/data-astro-cid-[a-z0-9]*/);
      if (hit) found.push(`/${file}: ${hit[0]}`);
    }
    expect(found, `scoped styles are back; write the component's <style is:global> under its own class:\n${found.join('\n')}`).toEqual([]);
  });
});

describe.runIf(built)('links', () => {
  test('no broken internal link or #fragment anywhere in dist/', () => {
    const origin = siteOrigin();
    const broken: string[] = [];
    for (const doc of htmlDocuments(dist)) {
      for (const ref of refsOf(elementsOf(doc.file))) {
        const r = resolveRef(ref.value, doc.url, origin);
        if (r.type === 'bad') broken.push(`${doc.url}: ${ref.kind}="${ref.value}": ${r.reason}`);
        else if (r.type === 'internal') {
          const reason = brokenReason(r.url, dist);
          if (reason) broken.push(`${doc.url}: ${ref.kind}="${ref.value}": ${reason}`);
        }
      }
    }
    for (const css of listFiles(dist).filter((f) => f.endsWith('.css'))) {
      for (const value of cssUrls(readFileSync(join(dist, css), 'utf8'))) {
        const r = resolveRef(value, `/${css}`, origin);
        if (r.type === 'internal' && brokenReason(r.url, dist)) broken.push(`/${css}: url(${value}): ${brokenReason(r.url, dist)}`);
      }
    }
    expect(broken, `${broken.length} broken internal links:\n${listing(broken)}`).toEqual([]);
  });

  test('nothing is loaded from another host (scripts, styles, images, fonts, frames)', () => {
    const origin = siteOrigin();
    const external: string[] = [];
    for (const doc of htmlDocuments(dist).filter((d) => !d.url.startsWith('/admin/'))) {
      for (const ref of refsOf(elementsOf(doc.file))) {
        if (!ref.resource) continue;
        const r = resolveRef(ref.value, doc.url, origin);
        if (r.type === 'external' || (r.type === 'other' && r.scheme !== 'data:')) external.push(`${doc.url}: ${ref.kind}="${ref.value}"`);
      }
    }
    for (const css of listFiles(dist).filter((f) => f.endsWith('.css') && !f.startsWith('admin/'))) {
      for (const value of cssUrls(readFileSync(join(dist, css), 'utf8'))) {
        const r = resolveRef(value, `/${css}`, origin);
        if (r.type === 'external') external.push(`/${css}: url(${value})`);
      }
    }
    expect(external, listing(external)).toEqual([]);
  });

  test('a missing page gets the 404 page with status 404', async () => {
    expect(existsSync(join(dist, '404.html')), 'dist/404.html').toBe(true);
    const response = await fetch(`${baseUrl}/bestaat-niet-${Date.now()}/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('lang="nl"');
  });
});

describe.runIf(built)('html-validate', () => {
  test('no errors on any page (recommended preset, see tests/support/html-validate.ts)', async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) {
          if (m.severity === 2) errors.push(`${page.url}:${m.line}:${m.column} ${m.ruleId}: ${m.message}${m.selector ? ` (${m.selector})` : ''}`);
        }
      }
    }
    expect(errors, `${errors.length} html-validate errors:\n${listing(errors)}`).toEqual([]);
  });
});

describe.runIf(built)('sitemap', () => {
  const locs = (xml: string) => [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

  test('sitemap-index.xml lists sitemaps that exist; they list existing, indexable pages and no /admin/', () => {
    const index = join(dist, 'sitemap-index.xml');
    expect(existsSync(index), 'dist/sitemap-index.xml').toBe(true);
    const sitemaps = locs(readFileSync(index, 'utf8'));
    expect(sitemaps.length).toBeGreaterThan(0);
    const problems: string[] = [];
    const urls: string[] = [];
    for (const sitemap of sitemaps) {
      const file = join(dist, new URL(sitemap).pathname);
      if (!existsSync(file)) {
        problems.push(`${sitemap}: not in dist/`);
        continue;
      }
      urls.push(...locs(readFileSync(file, 'utf8')));
    }
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const path = new URL(url).pathname;
      if (path.startsWith('/admin')) problems.push(`${url}: the CMS is in the sitemap`);
      const page = pages.find((p) => p.url === path);
      if (!page) problems.push(`${url}: no such page in dist/`);
      else if (page.els.some((el) => el.tagName === 'meta' && attr(el, 'name') === 'robots' && /noindex/.test(attr(el, 'content') ?? ''))) problems.push(`${url}: the page says noindex`);
    }
    expect(problems, listing(problems)).toEqual([]);
  });

  test('every indexable page is in the sitemap', () => {
    const inSitemap = new Set<string>();
    for (const sitemap of locs(readFileSync(join(dist, 'sitemap-index.xml'), 'utf8'))) {
      const file = join(dist, new URL(sitemap).pathname);
      if (existsSync(file)) for (const url of locs(readFileSync(file, 'utf8'))) inSitemap.add(new URL(url).pathname);
    }
    const missing = pages
      .filter((p) => p.url !== '/404.html' && !p.els.some((el) => el.tagName === 'meta' && attr(el, 'name') === 'robots' && /noindex/.test(attr(el, 'content') ?? '')))
      .map((p) => p.url)
      .filter((url) => !inSitemap.has(url));
    expect(missing, listing(missing)).toEqual([]);
  });
});
