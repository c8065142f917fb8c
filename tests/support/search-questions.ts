/**
 * The search test set (tests/search/questions.yml) and how a test asks Pagefind in the browser: the
 * site's own /pagefind/pagefind.js, imported into an open page, exactly as the search page loads it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { Page } from 'playwright-core';
import { routes, type Section } from '../../src/routes.ts';
import { PAGEFIND_DIR } from '../../src/search/pagefind.ts';
import { PROJECT_ROOT } from './paths.ts';

export interface Question {
  q: string;
  /** <collection>/<id>, or pages/<id>. */
  expect: string;
  kind: 'place' | 'region' | 'theme' | 'abbreviation' | 'typo' | 'compound' | 'two-word';
  asker: 'deelnemer' | 'regio' | 'bureau';
  via?: 'suggestion';
  /** A question the search cannot answer yet, and why (the test then checks it still fails). */
  known?: string;
}

export function loadQuestions(): Question[] {
  const { questions } = parse(readFileSync(join(PROJECT_ROOT, 'tests/search/questions.yml'), 'utf8')) as { questions: Question[] };
  return questions;
}

/** The URL path of the entry a question expects. */
export function expectedPath(question: Question): string {
  const [collection, id] = question.expect.split('/') as [Section | 'pages', string];
  return routes.entry(collection, id);
}

/** The URL paths of the first `count` results for `q`, in Pagefind's order. */
export function searchPaths(page: Page, q: string, count = 3): Promise<string[]> {
  // A string, not a function: Vitest would rewrite a function's import() before Playwright sends it.
  const script = `(async () => {
    const pagefind = await import(${JSON.stringify(`${PAGEFIND_DIR}pagefind.js`)});
    await pagefind.init();
    const found = await pagefind.search(${JSON.stringify(q)});
    const data = await Promise.all(found.results.slice(0, ${count}).map((r) => r.data()));
    return data.map((d) => d.url);
  })()`;
  return page.evaluate(script) as Promise<string[]>;
}
