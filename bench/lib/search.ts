/**
 * First-search timings in Chromium on a locally served site. Every measurement uses a fresh
 * browser context (empty cache), lets the loaded page settle, then times one query:
 *
 * - "api": on a practice page (no JavaScript of its own), import /pagefind/pagefind.js, search,
 *   and load the data of the first 20 results — the same code for the site and for the floor;
 * - "ui" (site only): on /zoeken/, once the search script is ready, type the word into the box
 *   (an input event, as typing does) and wait until the results are shown and counted
 *   ([data-search-results], [data-search-status]); includes the page's own 150 ms debounce;
 * - "url" (site only): open /zoeken/?q=<word> and time from navigation start to results shown;
 * - "link" (the floor's shared link): open a practice page with ?q=<word>, and as soon as it is parsed
 *   (DOMContentLoaded, when a bare page's own module script would run) import /pagefind/pagefind.js,
 *   search and load the data of the first 20 results; time from navigation start. This is what bare
 *   Astro + Pagefind costs from a link, page load included: the floor a shared link of the site
 *   ("url") is held against. "api" leaves the page load out, so a page load can never come close to it;
 *   both are in the record;
 * - "filter" (site only, once per round, not per word): open /zoeken/?type=praktijkvoorbeeld&sector=po
 *   (a search on filters alone) and time from navigation start to results shown.
 * For "ui", "url" and "filter" it also waits for the counts beside the filter options (they come
 * after the results: the facet table loads then) and reports that time and the bytes until then.
 * - "typo-url" and "typo-ui" (site only): the same as "url" and "ui" with a word the site does not
 *   have (`typo`: the rare word with one letter changed); time from the "no results" state (the
 *   status shown) to the "Bedoel je …?" suggestion shown, and the bytes fetched in between
 *   (the vocabulary, and whatever else the page fetched then). `fromStartMs`: from navigation
 *   start or typing to the suggestion.
 *
 * Bytes are counted by the server (every response body), so the Web Worker's fetches count too.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../tests/support/browser.ts';
import type { CountingServer } from './serve.ts';
import { median } from './median.ts';
import { RESULTS_PAGE_SIZE } from '../../src/search/render.ts';

export type Mode = 'api' | 'link' | 'ui' | 'url' | 'filter' | 'typo-url' | 'typo-ui';

/** A word the site does not have, one edit from `word`: its middle letter changed ("kwikstaartroute" → "kwikstaertroute"). */
export function typo(word: string): string {
  const i = word.length >> 1;
  return word.slice(0, i) + (word[i] === 'e' ? 'a' : 'e') + word.slice(i + 1);
}

/** The filter-only search of the "filter" mode. */
export const FILTER_ONLY_PATH = '/zoeken/?type=praktijkvoorbeeld&sector=po';

export interface Sample {
  ms: number;
  /** Bytes fetched for the query (api: everything after issuing it; ui: Pagefind files of the page load + the query; url: the whole page load). */
  bytes: number;
  /** ui only: bytes fetched after typing. */
  queryBytes?: number;
  requests: number;
  results: number;
  status?: string;
  /** ui/url/filter: from the same start until the counts beside the options are shown. */
  countsMs?: number;
  /** ui/url/filter: bytes until the counts are shown (ui: after typing only). */
  countsBytes?: number;
  /** typo-url/typo-ui: from navigation start (url) or typing (ui) to the suggestion shown. */
  fromStartMs?: number;
  /** typo-url/typo-ui: the suggestion's text. */
  suggestion?: string;
}

export interface Measured {
  site: string;
  mode: Mode;
  word: string;
  samples: Sample[];
  medianMs: number;
  minMs: number;
  maxMs: number;
  medianBytes: number;
  medianRequests: number;
  results: number;
  medianCountsMs?: number;
  medianCountsBytes?: number;
  medianFromStartMs?: number;
}


const SETTLE_MS = 500;

/** Wait until a count stands beside a filter option; its time (page clock) and the bytes sent by then. */
async function countsShown(page: import('playwright-core').Page, server: CountingServer): Promise<{ at: number; bytes: number }> {
  const at = await page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no counts within 30 s')), 30_000);
        const check = () => {
          if ([...document.querySelectorAll('[data-count]')].some((el) => el.textContent?.trim())) {
            clearTimeout(timer);
            resolve(performance.now());
            return true;
          }
          return false;
        };
        if (check()) return;
        new MutationObserver((_, observer) => check() && observer.disconnect()).observe(document.body, { childList: true, characterData: true, subtree: true });
      }),
  );
  return { at, bytes: server.log.reduce((n, x) => n + x.bytes, 0) };
}
/** As many results as /zoeken/ shows at first. */
const RESULTS_SHOWN = RESULTS_PAGE_SIZE;

/** Epoch milliseconds of a page's clock reading (the server's log is on Node's clock: both are the machine's). */
const epoch = async (page: import('playwright-core').Page, at: number) => at + (await page.evaluate(() => performance.timeOrigin));
const serverEpoch = (at: number) => performance.timeOrigin + at;

/**
 * "Bedoel je …?": a word the site does not have, in the address (typo-url) or typed (typo-ui). The
 * time from the status first shown (the "no results" state) to the suggestion shown, and the bytes
 * the server sent in between.
 */
async function suggestionShown(page: import('playwright-core').Page, server: CountingServer, mode: 'typo-url' | 'typo-ui', word: string): Promise<Sample> {
  // Both moments, noted in the page as they happen.
  const watch = () => {
    const w = window as unknown as { __status?: number; __statusText?: string; __suggested?: number; __suggestion?: string };
    const status = document.querySelector<HTMLElement>('[data-search-status]');
    const block = document.querySelector<HTMLElement>('[data-search-did-you-mean]');
    if (!status || !block) return;
    new MutationObserver((_, observer) => {
      if (!status.textContent?.trim() || w.__status !== undefined) return;
      w.__status = performance.now();
      w.__statusText = status.textContent.trim();
      observer.disconnect();
    }).observe(status, { childList: true, characterData: true, subtree: true });
    new MutationObserver((_, observer) => {
      if (block.hidden) return;
      w.__suggested = performance.now();
      w.__suggestion = block.textContent?.replace(/\s+/g, ' ').trim();
      observer.disconnect();
    }).observe(block, { attributes: true, attributeFilter: ['hidden'] });
  };
  let start = 0;
  server.reset();
  if (mode === 'typo-url') {
    await page.addInitScript({ content: `document.addEventListener('DOMContentLoaded', ${watch.toString()});` });
    await page.goto(`${server.url}/zoeken/?q=${encodeURIComponent(word)}`, { waitUntil: 'load' });
  } else {
    await page.goto(`${server.url}/zoeken/`, { waitUntil: 'load' });
    await page.waitForSelector('[data-search].search--enhanced', { timeout: 30_000 });
    await page.waitForTimeout(SETTLE_MS);
    await page.evaluate(`(${watch.toString()})()`);
    start = await page.evaluate((q) => {
      const input = document.querySelector<HTMLInputElement>('[data-search] input[name="q"]')!;
      const t0 = performance.now();
      input.focus();
      input.value = q;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      return t0;
    }, word);
  }
  await page.waitForFunction(() => (window as unknown as { __suggested?: number }).__suggested !== undefined, undefined, { timeout: 30_000 });
  const r = await page.evaluate(() => {
    const w = window as unknown as { __status: number; __statusText: string; __suggested: number; __suggestion: string };
    return { status: w.__status, statusText: w.__statusText, suggested: w.__suggested, suggestion: w.__suggestion };
  });
  const from = await epoch(page, r.status);
  const to = await epoch(page, r.suggested);
  const between = server.log.filter((x) => serverEpoch(x.at) >= from && serverEpoch(x.at) <= to);
  const count = Number(/(\d[\d.]*)/.exec(r.statusText)?.[1]?.replace(/\./g, '') ?? 0);
  return {
    ms: r.suggested - r.status,
    fromStartMs: r.suggested - start,
    bytes: between.reduce((n, x) => n + x.bytes, 0),
    requests: between.length,
    results: count,
    status: r.statusText,
    suggestion: r.suggestion,
  };
}

async function once(browser: Browser, server: CountingServer, mode: Mode, word: string, apiPage: string): Promise<Sample> {
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    if (mode === 'api') {
      await page.goto(server.url + apiPage, { waitUntil: 'load' });
      await page.waitForTimeout(SETTLE_MS);
      server.reset();
      const r = await page.evaluate(
        async ({ q, n }) => {
          const t0 = performance.now();
          const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
          const search = await pf.search(q);
          const data = await Promise.all(search.results.slice(0, n).map((x: { data: () => Promise<unknown> }) => x.data()));
          return { ms: performance.now() - t0, results: search.results.length as number, shown: data.length };
        },
        { q: word, n: RESULTS_SHOWN },
      );
      const log = [...server.log];
      return { ms: r.ms, bytes: log.reduce((n, x) => n + x.bytes, 0), requests: log.length, results: r.results };
    }
    if (mode === 'link') {
      // Run in the page itself at DOMContentLoaded: no round trip to the test driver in the time.
      await page.addInitScript(
        ({ q, n }) => {
          const w = window as unknown as { __linkDone?: { ms: number; results: number } | { error: string } };
          document.addEventListener('DOMContentLoaded', async () => {
            try {
              const pf = await import(/* @vite-ignore */ '/pagefind/pagefind.js' as string);
              const search = await pf.search(q);
              await Promise.all(search.results.slice(0, n).map((x: { data: () => Promise<unknown> }) => x.data()));
              w.__linkDone = { ms: performance.now(), results: search.results.length as number };
            } catch (error) {
              w.__linkDone = { error: String(error) };
            }
          });
        },
        { q: word, n: RESULTS_SHOWN },
      );
      server.reset();
      await page.goto(`${server.url}${apiPage}?q=${encodeURIComponent(word)}`, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { __linkDone?: unknown }).__linkDone !== undefined, undefined, { timeout: 30_000 });
      const r = await page.evaluate(() => (window as unknown as { __linkDone: { ms: number; results: number } | { error: string } }).__linkDone);
      if ('error' in r) throw new Error(`link: ${r.error}`);
      const log = [...server.log];
      return { ms: r.ms, bytes: log.reduce((n, x) => n + x.bytes, 0), requests: log.length, results: r.results };
    }
    if (mode === 'ui') {
      server.reset();
      await page.goto(`${server.url}/zoeken/`, { waitUntil: 'load' });
      await page.waitForSelector('[data-search].search--enhanced', { timeout: 30_000 });
      await page.waitForTimeout(SETTLE_MS);
      const loadBytes = server.log.filter((x) => x.path.startsWith('/pagefind/')).reduce((n, x) => n + x.bytes, 0);
      const loadRequests = server.log.filter((x) => x.path.startsWith('/pagefind/')).length;
      server.reset();
      const r = await page.evaluate(
        (q) =>
          new Promise<{ ms: number; t0: number; status: string; shown: number }>((resolve, reject) => {
            const input = document.querySelector<HTMLInputElement>('[data-search] input[name="q"]')!;
            const status = document.querySelector<HTMLElement>('[data-search-status]')!;
            const list = document.querySelector<HTMLElement>('[data-search-results]')!;
            const timer = setTimeout(() => reject(new Error('no results within 30 s')), 30_000);
            const observer = new MutationObserver(() => {
              if (!status.textContent?.trim()) return;
              observer.disconnect();
              clearTimeout(timer);
              resolve({ ms: performance.now() - t0, t0, status: status.textContent.trim(), shown: list.children.length });
            });
            observer.observe(status, { childList: true, characterData: true, subtree: true });
            const t0 = performance.now();
            input.focus();
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          }),
        word,
      );
      const log = [...server.log];
      const queryBytes = log.reduce((n, x) => n + x.bytes, 0);
      const count = Number(/(\d[\d.]*)/.exec(r.status)?.[1]?.replace(/\./g, '') ?? r.shown);
      const counts = await countsShown(page, server);
      return { ms: r.ms, bytes: loadBytes + queryBytes, queryBytes, requests: loadRequests + log.length, results: count, status: r.status, countsMs: counts.at - r.t0, countsBytes: counts.bytes };
    }
    if (mode === 'typo-url' || mode === 'typo-ui') return await suggestionShown(page, server, mode, word);
    // url
    await watchResultsShown(page);
    server.reset();
    await page.goto(mode === 'filter' ? server.url + FILTER_ONLY_PATH : `${server.url}/zoeken/?q=${encodeURIComponent(word)}`, { waitUntil: 'load' });
    const r = await resultsShown(page);
    const log = [...server.log];
    const count = Number(/(\d[\d.]*)/.exec(r.status)?.[1]?.replace(/\./g, '') ?? 0);
    const counts = await countsShown(page, server);
    return { ms: r.ms, bytes: log.reduce((n, x) => n + x.bytes, 0), requests: log.length, results: count, status: r.status, countsMs: counts.at, countsBytes: counts.bytes };
  } finally {
    await context.close();
  }
}

export interface Target {
  site: string;
  server: CountingServer;
  modes: Mode[];
  /** The page the "api" mode runs on. */
  apiPage: string;
}

/**
 * Measure every (target, mode, word) `reps` times, interleaved (rep by rep) so that a slow
 * moment on the machine hits all of them alike.
 */
export async function measureSearch(targets: Target[], words: string[], reps: number, log: (s: string) => void = () => {}): Promise<Measured[]> {
  const browser = await launchChromium();
  const results = new Map<string, Measured>();
  try {
    // One warm-up of the browser itself (not counted).
    for (const t of targets) await once(browser, t.server, 'api', words[0]!, t.apiPage).catch(() => undefined);
    for (let rep = 0; rep < reps; rep++) {
      for (const word of words) {
        for (const t of targets) {
          for (const mode of t.modes) {
            if ((mode === 'filter' || mode === 'typo-url' || mode === 'typo-ui') && word !== words[0]) continue; // once per round (the typo is of the first word)
            const key = `${t.site}|${mode}|${word}`;
            let m = results.get(key);
            if (!m) results.set(key, (m = { site: t.site, mode, word, samples: [], medianMs: 0, minMs: 0, maxMs: 0, medianBytes: 0, medianRequests: 0, results: 0 }));
            const s = await once(browser, t.server, mode, mode.startsWith('typo') ? typo(word) : word, t.apiPage);
            m.samples.push(s);
          }
        }
      }
      log(`    zoeken: ronde ${rep + 1}/${reps} klaar`);
    }
  } finally {
    await browser.close();
  }
  for (const m of results.values()) {
    const ms = m.samples.map((s) => s.ms);
    m.medianMs = Math.round(median(ms));
    m.minMs = Math.round(Math.min(...ms));
    m.maxMs = Math.round(Math.max(...ms));
    m.medianBytes = Math.round(median(m.samples.map((s) => s.bytes)));
    m.medianRequests = median(m.samples.map((s) => s.requests));
    m.results = m.samples[0]!.results;
    if (m.samples.every((s) => s.countsMs !== undefined)) {
      m.medianCountsMs = Math.round(median(m.samples.map((s) => s.countsMs!)));
      m.medianCountsBytes = Math.round(median(m.samples.map((s) => s.countsBytes!)));
    }
    if (m.samples.every((s) => s.fromStartMs !== undefined)) m.medianFromStartMs = Math.round(median(m.samples.map((s) => s.fromStartMs!)));
    for (const s of m.samples) s.ms = Math.round(s.ms);
  }
  return [...results.values()];
}

/**
 * Before a page loads: note when /zoeken/'s status line first says something (the results, or that
 * there are none) and what it says. Read it with resultsShown once the page has loaded.
 */
export async function watchResultsShown(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __shown?: number; __status?: string };
    document.addEventListener('DOMContentLoaded', () => {
      const status = document.querySelector<HTMLElement>('[data-search-status]');
      if (!status) return;
      new MutationObserver((_, observer) => {
        if (!status.textContent?.trim()) return;
        w.__shown = performance.now();
        w.__status = status.textContent.trim();
        observer.disconnect();
      }).observe(status, { childList: true, characterData: true, subtree: true });
    });
  });
}

/** When the status line first spoke (ms from the navigation's start) and what it said; waits for it. */
export async function resultsShown(page: Page): Promise<{ ms: number; status: string }> {
  await page.waitForFunction(() => (window as unknown as { __shown?: number }).__shown !== undefined, undefined, { timeout: 30_000 });
  return page.evaluate(() => {
    const w = window as unknown as { __shown: number; __status: string };
    return { ms: w.__shown, status: w.__status };
  });
}
