/**
 * Astro integration: build the Pagefind search index from the finished HTML after every
 * `astro build`, so each preview and deploy has a current index. Only the main content of pages
 * (data-pagefind-body) is indexed; the header, footer, 404 page and /admin/ are not.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'mao:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const started = Date.now();
        const fail = (what: string, errors: string[]) => {
          throw new Error(`Pagefind: ${what} mislukt:\n  ${errors.join('\n  ')}`);
        };
        const { index, errors } = await pagefind.createIndex({});
        if (errors.length || !index) fail('index maken', errors);
        const added = await index!.addDirectory({ path: site });
        if (added.errors.length) fail('pagina\'s lezen', added.errors);
        const written = await index!.writeFiles({ outputPath: join(site, 'pagefind') });
        if (written.errors.length) fail('index schrijven', written.errors);
        await pagefind.close();
        logger.info(`${added.page_count} pagina's in de zoekindex (${Date.now() - started} ms)`);
      },
    },
  };
}
