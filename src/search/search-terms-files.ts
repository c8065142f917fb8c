/**
 * The search terms of src/search/search-terms.ts added to the pages of a built site, on every core
 * of the machine: the pages are split into shares, and each share is read, learnt and rewritten by a
 * thread of its own (search-terms-worker.ts). The threads learn their pages' words, the main thread
 * adds them up into the site's words and hands those to every thread, and each thread adds the
 * terms to its own pages. The result is the same as one thread doing all pages (the vocabulary is a
 * sum, and each page's terms depend only on the site's words): tests/search/search-terms-files.test.ts.
 *
 * At 10,000 practices the step took 10 s on one core of the 2-core benchmark machine.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { SearchTermsBuilder, type PageReading } from './search-terms.ts';
import type { GlossaryForms } from './synonyms.ts';
import { addCounts, type WordCounts } from './vocabulary.ts';

/** Below this many pages one thread is faster than starting others. */
export const PAGES_PER_THREAD = 400;

export interface ShareResult {
  /** How often each added term was added. */
  added: WordCounts;
  /** Pages that got terms, and how many of each kind. */
  stats: { pages: number; parts: number; synonyms: number };
}

/** One share of the pages, both passes (in the main thread, or in a worker). */
export class PageShare {
  private readonly site: string;
  private readonly files: string[];
  private readonly builder: SearchTermsBuilder;
  private readings: (PageReading | null)[] = [];

  // No parameter properties: the worker runs this file with Node's own type stripping.
  constructor(site: string, files: string[], glossary: GlossaryForms[]) {
    this.site = site;
    this.files = files;
    this.builder = new SearchTermsBuilder(glossary);
  }

  /** First pass: the words of this share's pages. */
  learn(): WordCounts {
    // Synchronous reads: for some ten thousand small files far faster than the promise API.
    this.readings = this.files.map((file) => this.builder.learn(readFileSync(join(this.site, file), 'utf8')));
    return this.builder.siteWords;
  }

  /** Second pass, given the words of the whole site (when the first pass was shared). */
  apply(siteWords?: WordCounts): ShareResult {
    if (siteWords) this.builder.adoptSiteWords(siteWords);
    this.files.forEach((file, i) => {
      const reading = this.readings[i]!;
      this.readings[i] = null; // let it go once used
      if (!reading) return;
      const html = readFileSync(join(this.site, file), 'utf8');
      const changed = this.builder.apply(html, reading);
      if (changed !== html) writeFileSync(join(this.site, file), changed);
    });
    return { added: this.builder.addedCounts(), stats: { ...this.builder.added } };
  }
}

/** Messages between the main thread and a worker (search-terms-worker.ts). */
export type FromWorker = { learnt: WordCounts } | { applied: ShareResult } | { failed: string };
export interface WorkerInput {
  site: string;
  files: string[];
  glossary: GlossaryForms[];
}

/** The number of threads for this many pages: one per core, each with at least PAGES_PER_THREAD pages. */
export function threadsFor(pages: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(cores, Math.floor(pages / PAGES_PER_THREAD)));
}

/**
 * Add the search terms to `files` (relative to `site`); the site's vocabulary (its words and the
 * added terms, with their counts) and the figures for the build log.
 */
export async function addTermsToPages(
  site: string,
  files: string[],
  glossary: GlossaryForms[],
  threads = threadsFor(files.length),
): Promise<{ vocabulary: WordCounts; stats: ShareResult['stats'] }> {
  if (threads <= 1) {
    const share = new PageShare(site, files, glossary);
    const siteWords = new Map(share.learn());
    const { added, stats } = share.apply();
    addCounts(siteWords, added);
    return { vocabulary: siteWords, stats };
  }
  // Every n-th page to the same thread: neighbouring pages are alike in size.
  const shares = Array.from({ length: threads }, (_, t) => files.filter((_, i) => i % threads === t));
  const workers = shares.map((share) => new Worker(new URL('./search-terms-worker.ts', import.meta.url), { workerData: { site, files: share, glossary } satisfies WorkerInput }));
  try {
    const next = (worker: Worker) =>
      new Promise<FromWorker>((resolve, reject) => {
        const onMessage = (message: FromWorker) => {
          worker.off('error', onError);
          worker.off('exit', onExit);
          if ('failed' in message) reject(new Error(message.failed));
          else resolve(message);
        };
        const onError = (error: Error) => {
          worker.off('message', onMessage);
          worker.off('exit', onExit);
          reject(error);
        };
        const onExit = (code: number) => {
          worker.off('message', onMessage);
          worker.off('error', onError);
          reject(new Error(`zoekwoorden: een thread stopte (code ${code}) voor hij klaar was`));
        };
        worker.once('message', onMessage);
        worker.once('error', onError);
        worker.once('exit', onExit);
      });
    const siteWords: WordCounts = new Map();
    for (const message of await Promise.all(workers.map(next))) if ('learnt' in message) addCounts(siteWords, message.learnt);
    const applied = workers.map(next);
    for (const worker of workers) worker.postMessage(siteWords);
    const vocabulary = new Map(siteWords);
    const stats = { pages: 0, parts: 0, synonyms: 0 };
    for (const message of await Promise.all(applied)) {
      if (!('applied' in message)) continue;
      addCounts(vocabulary, message.applied.added);
      stats.pages += message.applied.stats.pages;
      stats.parts += message.applied.stats.parts;
      stats.synonyms += message.applied.stats.synonyms;
    }
    return { vocabulary, stats };
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
