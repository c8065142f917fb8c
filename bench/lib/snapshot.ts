import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../generate.ts';

/**
 * A copy of the site's code as it is now (everything but node_modules, dist, content, tests, bench
 * and dot-folders; node_modules is linked), so that both builds of a run — the first and the
 * incremental one — build the same code while others keep editing src/, and so that the benchmark's
 * .astro/ and caches never touch the project's. The code is the project's own, unchanged.
 */
export function snapshotSite(root: string): string {
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'bench'), { recursive: true });
  const skip = new Set(['node_modules', 'dist', 'content', 'tests', 'bench']);
  for (const name of readdirSync(PROJECT_ROOT)) {
    if (skip.has(name) || name.startsWith('.')) continue;
    cpSync(join(PROJECT_ROOT, name), join(root, name), { recursive: true });
  }
  cpSync(join(PROJECT_ROOT, 'bench', 'astro.bench.config.mjs'), join(root, 'bench', 'astro.bench.config.mjs'));
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(root, 'node_modules'));
  return treeHash(join(root, 'src'));
}

/** A short hash of a folder's files (names and contents), to tell snapshots of src/ apart. */
export function treeHash(dir: string): string {
  const hash = createHash('sha1');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else hash.update(p.slice(dir.length)).update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex').slice(0, 10);
}

