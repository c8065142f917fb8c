/**
 * Bundle the CMS admin (cms/bundle.ts) into a folder, in a process of its own:
 *   node scripts/build-admin.ts <folder>
 * Run by scripts/build.mjs beside `astro build`, from the start: Astro's start-up and content sync
 * use one core, so esbuild has the other, and it is done before Astro renders the pages, when
 * Astro's memory is at its largest (see ADMIN_SEPARATELY in src/integrations/cms.ts).
 */
import { resolve } from 'node:path';
import { buildAdmin, writeAdminFiles } from '../cms/bundle.ts';

const folder = process.argv[2];
if (!folder) {
  process.stderr.write('gebruik: node scripts/build-admin.ts <map voor /admin/>\n');
  process.exit(2);
}
const started = Date.now();
try {
  const admin = await buildAdmin({ env: process.env });
  await writeAdminFiles(resolve(folder), admin);
  process.stdout.write(`[mao:cms] /admin/ gebouwd: ${Object.keys(admin.files).join(', ')} (${Math.round(admin.bytes / 1024)} kB, ${Date.now() - started} ms${admin.fromCache ? ', bundel uit de cache' : ''})\n`);
} catch (error) {
  process.stderr.write(`[mao:cms] /admin/ bouwen mislukt: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
