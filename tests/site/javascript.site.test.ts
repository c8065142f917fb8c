/**
 * Content pages ship no JavaScript (the quality bar): only the pages whose feature needs a script
 * have one. A script added to a template elsewhere fails here, naming the page.
 */
import { describe, expect, inject, test } from 'vitest';
import { assertBuilt } from '../support/build-result.ts';
import { attr, sitePages } from '../support/dist.ts';
import { routes } from '../../src/routes.ts';

const { site } = inject('builds');

/** The pages that need a script, and why. */
const NEEDS_SCRIPT: { why: string; matches: (url: string) => boolean }[] = [
  { why: 'search with filters as you type', matches: (url) => url === routes.search },
  { why: 'filtering the practice list', matches: (url) => url === routes.practiceList() || /^\/praktijkvoorbeelden\/pagina\/\d+\/$/.test(url) },
  { why: 'the self-assessment', matches: (url) => url === routes.spiegel },
  { why: 'searching for the words of a missing address', matches: (url) => url === '/404.html' },
  { why: 'comparing practices: the table is built from the chosen practice pages (their JSON blocks)', matches: (url) => url === routes.practiceCompare },
];

describe('JavaScript only where a feature needs it', () => {
  test('no other page has a script element', () => {
    assertBuilt(site);
    const pages = sitePages(site.outDir);
    expect(pages.length).toBeGreaterThan(50);
    const withScript: string[] = [];
    for (const page of pages) {
      const scripts = page.els.filter(
        // JSON data blocks are not scripts that run.
        (el) => el.tagName === 'script' && !/json/.test(attr(el, 'type') ?? ''),
      );
      if (scripts.length > 0 && !NEEDS_SCRIPT.some((n) => n.matches(page.url))) withScript.push(page.url);
    }
    expect(withScript).toEqual([]);
  });

  test('each page that may have a script exists', () => {
    const urls = sitePages(site.outDir).map((p) => p.url);
    for (const need of NEEDS_SCRIPT) expect(urls.some(need.matches), need.why).toBe(true);
  });
});
