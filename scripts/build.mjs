#!/usr/bin/env node
/**
 * `npm run build`: `astro build` into a temporary folder beside the output folder, swapped into place
 * only when the whole build succeeded. A content error, a page that fails to render or a failing
 * Pagefind index leaves the last good site in dist/ exactly as it was, and no temporary folder.
 *
 *   npm run build                      → dist/
 *   npm run build -- --outDir public_html   → public_html/ (any other astro build option is passed on)
 *
 * Steps: build into `<out>.new-<pid>`; on success rename `<out>` to `<out>.old-<pid>`, the new folder
 * to `<out>`, and remove the old one; on failure remove the new folder and leave `<out>` alone.
 * Folders left by a build that was killed (its process is gone) are removed at the next build.
 * The integrations write into the folder Astro hands them (`dir` in astro:build:done), so they write
 * into the temporary folder too. The search index is made after `astro build` has exited, by
 * scripts/search-index.ts in a process of its own, so that Astro's memory and Pagefind's are never
 * held at once (see INDEX_SEPARATELY in src/integrations/pagefind.ts). The CMS admin is bundled by
 * scripts/build-admin.ts beside Astro, from the start, into `<out>.admin-<pid>` (Astro empties its own
 * folder when it starts), and moved into the new site when both succeeded (ADMIN_SEPARATELY in
 * src/integrations/cms.ts).
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const astroBin = join(projectRoot, 'node_modules/astro/bin/astro.mjs');

/** The arguments without --outDir, and the output folder they named (default: dist/ of the project). */
export function splitOutDir(args, cwd = process.cwd()) {
  const rest = [];
  let outDir;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--outDir') outDir = args[++i];
    else if (arg.startsWith('--outDir=')) outDir = arg.slice('--outDir='.length);
    else rest.push(arg);
  }
  if (outDir === undefined || outDir === '') return { rest, outDir: join(projectRoot, 'dist') };
  return { rest, outDir: resolve(cwd, outDir) };
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM';
  }
}

/** Remove `<out>.new-<pid>`, `<out>.old-<pid>` and `<out>.admin-<pid>` folders of builds whose process is gone. */
function removeAbandoned(outDir) {
  const parent = dirname(outDir);
  if (!existsSync(parent)) return;
  const pattern = new RegExp(`^${basename(outDir).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:new|old|admin)-(\\d+)$`);
  for (const name of readdirSync(parent)) {
    const pid = pattern.exec(name)?.[1];
    if (pid && Number(pid) !== process.pid && !alive(Number(pid))) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Run node with these arguments, passing Ctrl-C on; its exit code and signal. */
async function run(name, args, env) {
  const child = spawn(process.execPath, args, { cwd: process.cwd(), stdio: 'inherit', env });
  const forward = (signal) => child.kill(signal);
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  try {
    return await new Promise((done) => {
      child.on('error', (error) => {
        say(`${name} kon niet starten / could not start ${name}: ${error.message}`);
        done({ code: 1, signal: null });
      });
      child.on('exit', (code, signal) => done({ code, signal }));
    });
  } finally {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
  }
}

function say(line) {
  process.stderr.write(`[build] ${line}\n`);
}

async function main() {
  const args = process.argv.slice(2);
  if (args.includes('--help') || args.includes('-h')) {
    // Nothing is built: astro only prints its help.
    const help = spawn(process.execPath, [astroBin, 'build', ...args], { stdio: 'inherit' });
    help.on('exit', (code) => (process.exitCode = code ?? 1));
    return;
  }
  const { rest, outDir } = splitOutDir(args);
  const shown = outDir.startsWith(projectRoot + '/') ? outDir.slice(projectRoot.length + 1) : outDir;
  const fresh = `${outDir}.new-${process.pid}`;
  const old = `${outDir}.old-${process.pid}`;
  const admin = `${outDir}.admin-${process.pid}`;
  removeAbandoned(outDir);
  rmSync(fresh, { recursive: true, force: true });
  rmSync(admin, { recursive: true, force: true });

  const adminBuilt = run('admin', [join(projectRoot, 'scripts/build-admin.ts'), admin], process.env);
  let { code, signal } = await run('astro', [astroBin, 'build', ...rest, '--outDir', fresh], { ...process.env, MAO_INDEX_SEPARATELY: '1', MAO_ADMIN_SEPARATELY: '1' });
  const adminRun = await adminBuilt;
  if (code === 0 && adminRun.code !== 0) ({ code, signal } = adminRun);
  const built = code === 0 && existsSync(fresh) && statSync(fresh).isDirectory() && readdirSync(fresh).length > 0 && existsSync(admin);
  if (built) {
    renameSync(admin, join(fresh, 'admin'));
    ({ code, signal } = await run('pagefind', [join(projectRoot, 'scripts/search-index.ts'), fresh], process.env));
  }
  const indexed = built && code === 0;
  rmSync(admin, { recursive: true, force: true });
  if (!indexed) {
    rmSync(fresh, { recursive: true, force: true });
    say(`De build is mislukt${signal ? ` (${signal})` : ''}: ${shown}/ is niet veranderd, de vorige versie staat er nog.`);
    say(`The build failed${signal ? ` (${signal})` : ''}: ${shown}/ was left as it was.`);
    process.exitCode = code || 1;
    return;
  }
  try {
    const hadOld = existsSync(outDir);
    if (hadOld) renameSync(outDir, old);
    try {
      renameSync(fresh, outDir);
    } catch (error) {
      if (hadOld) renameSync(old, outDir);
      throw error;
    }
    rmSync(old, { recursive: true, force: true });
  } catch (error) {
    rmSync(fresh, { recursive: true, force: true });
    say(`De nieuwe site kon niet op zijn plaats worden gezet (${error.message}): ${shown}/ is niet veranderd.`);
    say(`Could not move the new site into place (${error.message}): ${shown}/ was left as it was.`);
    process.exitCode = 1;
    return;
  }
  say(`Klaar: de nieuwe site staat in ${shown}/. / Done: the new site is in ${shown}/.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
