/**
 * What `astro build` does with content (builds made once in global-setup.ts):
 * - broken content: the build stops, non-zero, with the readable problem lines and no stack trace;
 * - a draft practice and a concept newsletter: no page, and their titles are nowhere in dist/;
 * - hostile Markdown in contributor texts reaches the pages only sanitised.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { CONCEPT_NEWSLETTER, DRAFT, brokenLines, HOSTILE_PAGES, MUST_NOT_APPEAR } from '../support/build-sets.ts';
import { attr, elements, listFiles, parseHtml, text } from '../support/dist.ts';
import { assertBuilt, listing, tail } from '../support/build-result.ts';

const { broken, fixture } = inject('builds');

describe('a build with broken content', () => {
  test('exits non-zero', () => {
    expect(broken.exitCode, tail(broken.output)).not.toBe(0);
    expect(broken.exitCode).not.toBe(null);
  });

  test('prints one readable line per problem: file, field, found, allowed', () => {
    for (const line of brokenLines(broken.contentDir)) expect(broken.output, tail(broken.output)).toContain(line);
  });

  test('prints no stack trace', () => {
    expect(broken.output).not.toMatch(/^\s+at\s+\S.*:\d+:\d+\)?\s*$/m);
    expect(broken.output).not.toMatch(/node_modules\//);
    expect(broken.output).not.toMatch(/file:\/\//);
  });

  test('publishes nothing', () => {
    expect(existsSync(join(broken.outDir, 'index.html'))).toBe(false);
  });
});

describe('a valid build with a draft practice and a concept newsletter', () => {
  beforeAll(() => assertBuilt(fixture));

  test('the published practice and newsletter have their pages (so the checks below are not vacuous)', () => {
    expect(existsSync(join(fixture.outDir, 'praktijkvoorbeelden/voorbeeldpraktijk/index.html')), '/praktijkvoorbeelden/voorbeeldpraktijk/').toBe(true);
    expect(existsSync(join(fixture.outDir, 'nieuwsbrieven/nieuwsbrief-1/index.html')), '/nieuwsbrieven/nieuwsbrief-1/').toBe(true);
  });

  test('no page for the draft or the concept', () => {
    const files = listFiles(fixture.outDir).filter((f) => f.includes(DRAFT.id) || f.includes(CONCEPT_NEWSLETTER.id));
    expect(files).toEqual([]);
  });

  test('their ids, titles, summaries and texts are in no file of dist/ (pages, feeds, data, search index, sitemap)', () => {
    const found: string[] = [];
    for (const rel of listFiles(fixture.outDir)) {
      let bytes = readFileSync(join(fixture.outDir, rel));
      // Pagefind's index and fragments are gzip-compressed.
      if (bytes[0] === 0x1f && bytes[1] === 0x8b) {
        try {
          bytes = gunzipSync(bytes);
        } catch {
          /* not gzip after all */
        }
      }
      const content = bytes.toString('utf8');
      for (const needle of MUST_NOT_APPEAR) if (content.includes(needle)) found.push(`${rel}: "${needle}"`);
    }
    expect(found, listing(found)).toEqual([]);
  });
});

describe('contributor Markdown reaches pages only sanitised', () => {
  beforeAll(() => assertBuilt(fixture));

  test.each(HOSTILE_PAGES)('%s', (url) => {
    const file = join(fixture.outDir, url, 'index.html');
    expect(existsSync(file), `${url} is not in dist/`).toBe(true);
    const els = elements(parseHtml(readFileSync(file, 'utf8')));
    // The text was rendered (its harmless part is there; raw HTML blocks may be dropped whole) ...
    expect(els.some((el) => el.tagName === 'a' && attr(el, 'href') === 'https://www.example.org/gewoon'), 'the ordinary link of the Markdown text').toBe(true);
    // ... and nothing of the rest.
    const bad: string[] = [];
    for (const el of els) {
      if (el.tagName === 'script' && text(el).includes('__xss')) bad.push(`<script> with "${text(el).trim()}"`);
      for (const a of el.attrs ?? []) {
        if (/^on/i.test(a.name) && a.value.includes('__xss')) bad.push(`<${el.tagName} ${a.name}="${a.value}">`);
        if (/^\s*javascript:/i.test(a.value)) bad.push(`<${el.tagName} ${a.name}="${a.value}">`);
        if (a.value.includes('evil.example')) bad.push(`<${el.tagName} ${a.name}="${a.value}">`);
        if (a.name === 'style' && /color:\s*red|position:\s*fixed/.test(a.value)) bad.push(`<${el.tagName} style="${a.value}">`);
      }
    }
    expect(bad, bad.join('\n')).toEqual([]);
  });
});
