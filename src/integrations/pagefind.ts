/**
 * Astro integration: build the Pagefind search index from the finished HTML after every
 * `astro build`, so each preview and deploy has a current index (and under `astro dev`, from the
 * pages the dev server renders: pagefind-dev.ts). The step itself is search-index.ts.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { devIndexHooks } from './pagefind-dev.ts';
import { buildSearchIndex, indexedMessage } from './search-index.ts';

/**
 * Set (to "1") by scripts/build.mjs for `astro build`: the build script then indexes in a process of
 * its own once Astro has exited, so Astro's memory and Pagefind's are never held at the same time
 * (at 10,000 practices that halves the build's peak memory). A bare `astro build` indexes here.
 */
export const INDEX_SEPARATELY = 'MAO_INDEX_SEPARATELY';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mao:pagefind',
    hooks: {
      // Under `astro dev` (npm start): the same index from the rendered pages (pagefind-dev.ts).
      ...devIndexHooks(),
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[INDEX_SEPARATELY] === '1') {
          logger.info('zoekindex: volgt na de build, in een eigen proces (scripts/build.mjs)');
          return;
        }
        logger.info(indexedMessage(await buildSearchIndex(fileURLToPath(dir))));
      },
    },
  };
}
