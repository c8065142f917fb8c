/**
 * The search test set of issue 17 (tests/search/questions.yml) against the built site (real content),
 * in Chromium with the site's own Pagefind: each question's entry is in the top three. Typos count
 * through the first "Bedoel je …?" suggestion, made by src/search/suggest.ts from the vocabulary the
 * build wrote. And a page that has a word itself ranks above a page that has it only as a part of a
 * compound (src/search/search-terms.ts).
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { expectedPath, loadQuestions, searchPaths } from '../support/search-questions.ts';
import { routes } from '../../src/routes.ts';
import { decodeVocabulary, type Vocabulary } from '../../src/search/vocabulary.ts';
import { suggest } from '../../src/search/suggest.ts';
import { readIndexedText, searchWords, SEARCH_TERM_WEIGHTS, SEARCH_TERMS_ATTR } from '../../src/search/index-text.ts';

const { site } = inject('builds');
const baseUrl = inject('baseUrl');
const questions = loadQuestions();

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the search test set on the built site', () => {
  let browser: Browser;
  let page: Page;
  let vocabulary: Vocabulary;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    vocabulary = decodeVocabulary(readFileSync(join(site.outDir, routes.searchVocabulary), 'utf8'));
    browser = await launchChromium();
    page = await browser.newPage();
    await page.goto(baseUrl + routes.home, { waitUntil: 'load' });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('has at least forty questions, of every kind, from every kind of asker', () => {
    expect(questions.length).toBeGreaterThanOrEqual(40);
    expect(new Set(questions.map((q) => q.kind))).toEqual(new Set(['place', 'region', 'theme', 'abbreviation', 'typo', 'compound', 'two-word']));
    expect(new Set(questions.map((q) => q.asker))).toEqual(new Set(['deelnemer', 'regio', 'bureau']));
  });

  for (const question of questions) {
    const name = `${question.kind}: "${question.q}" finds ${question.expect}${question.via ? ' (through the suggestion)' : ''}`;
    const run = async () => {
      let q = question.q;
      if (question.via === 'suggestion') {
        const [first] = suggest(q, vocabulary);
        expect(first, `no suggestion for "${q}"`).toBeDefined();
        q = first!;
      }
      const top = await searchPaths(page, q);
      expect(top, `top three for "${q}"`).toContain(expectedPath(question));
    };
    // A known gap must still fail: when it passes, remove its `known` line.
    if (question.known) test.fails(`${name} — known gap: ${question.known}`, run);
    else test(name, run);
  }

  /** The page's own words, and the added words of each kind (src/search/index-text.ts). */
  function pageWords(path: string): { own: Set<string>; synonyms: string[]; parts: string[] } {
    const html = readFileSync(join(site.outDir, path, 'index.html'), 'utf8');
    const own = new Set(searchWords(readIndexedText(html)!.text));
    const terms = new RegExp(`<div hidden ${SEARCH_TERMS_ATTR}>([\\s\\S]*?)</div>`).exec(html)?.[1] ?? '';
    const span = (weight: number) => new RegExp(`<span data-pagefind-weight="${weight}">([^<]*)</span>`).exec(terms)?.[1]?.split(' ') ?? [];
    return { own, synonyms: span(SEARCH_TERM_WEIGHTS.synonyms), parts: span(SEARCH_TERM_WEIGHTS.parts) };
  }

  test.each(['plan', 'tafel', 'arrangement', 'hulp', 'verband', 'beeld', 'team'])('"%s": pages with the word itself rank above pages with it only as a compound part', async (word) => {
    const paths = await searchPaths(page, word, 1000);
    const kinds = paths.map((path) => {
      const { own, synonyms, parts } = pageWords(path);
      if (own.has(word)) return 'word';
      // Only a compound part: not another name from the begrippenlijst, not a longer word of its own.
      if (parts.includes(word) && !synonyms.includes(word) && ![...own].some((w) => w.startsWith(word))) return 'part';
      return 'other';
    });
    expect(kinds).toContain('part');
    const lastWord = kinds.lastIndexOf('word');
    const firstPart = kinds.indexOf('part');
    expect(firstPart, `order for "${word}": ${kinds.join(' ')}`).toBeGreaterThan(lastWord);
  });
});
