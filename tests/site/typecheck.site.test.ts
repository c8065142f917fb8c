/**
 * The whole project type-checks in strict mode (tsconfig.json: astro/tsconfigs/strict plus
 * noUncheckedIndexedAccess): src, cms, scripts, tests and bench. It runs in the "site" project
 * because tsc needs the types Astro generates for the content collections (.astro/types.d.ts),
 * which the global setup's builds write.
 */
import { expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(import.meta.dirname, '..', '..');

test('tsc --noEmit finds no type error', async () => {
  expect(existsSync(join(ROOT, '.astro', 'types.d.ts')), 'the builds of the global setup write .astro/types.d.ts').toBe(true);
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  const result = await promisify(execFile)(process.execPath, [tsc, '--noEmit', '-p', ROOT], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 }).then(
    () => '',
    (error: { stdout?: string; stderr?: string }) => `${error.stdout ?? ''}${error.stderr ?? ''}`.trim() || String(error),
  );
  expect(result).toBe('');
}, 400_000); // an upper bound: tsc takes ~25 s of CPU, but minutes of wall time on a busy machine
