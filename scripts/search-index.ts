/**
 * Index a built site with Pagefind and write the facet table beside it, in a process of its own:
 *   node scripts/search-index.ts <folder>
 * Run by scripts/build.mjs after `astro build` has exited (see INDEX_SEPARATELY).
 */
import { resolve } from 'node:path';
import { buildSearchIndex, indexedMessage } from '../src/integrations/search-index.ts';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('gebruik: node scripts/search-index.ts <map met de gebouwde site>\n');
  process.exit(2);
}
try {
  const result = await buildSearchIndex(resolve(folder));
  process.stdout.write(`[mao:pagefind] ${indexedMessage(result)}\n`);
} catch (error) {
  process.stderr.write(`[mao:pagefind] ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
