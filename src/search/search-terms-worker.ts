/**
 * One thread of the search-terms step (search-terms-files.ts): learn a share of the pages, send
 * their words, wait for the words of the whole site, then add the terms to the share's pages.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { PageShare, type FromWorker, type WorkerInput } from './search-terms-files.ts';
import type { WordCounts } from './vocabulary.ts';

const port = parentPort!;
const send = (message: FromWorker) => port.postMessage(message);
const failed = (error: unknown) => send({ failed: error instanceof Error ? error.message : String(error) });

const { site, files, glossary } = workerData as WorkerInput;
const share = new PageShare(site, files, glossary);
try {
  send({ learnt: share.learn() });
  port.once('message', (siteWords: WordCounts) => {
    try {
      send({ applied: share.apply(siteWords) });
    } catch (error) {
      failed(error);
    }
  });
} catch (error) {
  failed(error);
}
