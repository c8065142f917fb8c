#!/usr/bin/env node
/**
 * `npm start`: the site (astro dev, http://localhost:4321/) and the CMS's local backend (on
 * 127.0.0.1:8081 only) together. Each line of output is prefixed with where it comes from. Ctrl-C
 * stops both; when one of them stops, the other is stopped too.
 *
 * The local backend is, by default, the review server (cms/review/server.ts): what an editor saves
 * is a concept on a Git branch, and only a published entry reaches the configured branch (and, when
 * that branch is checked out here, content/, which the site shows at once). Without a Git
 * repository, or without that branch, and with `npm run start:direct` (or --direct), it is
 * decap-server in fs mode instead: every save is written into content/ at once, no review.
 *
 * Settings (environment): PORT (site, default 4321), CMS_LOCAL_PORT (backend, default 8081),
 * CMS_BRANCH (the published branch, default main).
 */
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const sitePort = process.env.PORT?.trim() || '4321';
const cmsPort = process.env.CMS_LOCAL_PORT?.trim() || '8081';
const colour = process.stdout.isTTY && !process.env.NO_COLOR;

/** @type {{ name: string, child: import('node:child_process').ChildProcess }[]} */
const running = [];
let stopping = false;
let exitCode = 0;

function prefix(name, code) {
  return colour ? `\x1b[${code}m[${name}]\x1b[0m ` : `[${name}] `;
}

function pipe(stream, out, tag) {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk) => {
    const lines = (rest + chunk).split(/\r?\n/);
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`${tag}${line}\n`);
  });
  stream.on('end', () => {
    if (rest) out.write(`${tag}${rest}\n`);
  });
}

function start(name, code, command, args, env) {
  const child = spawn(command, args, {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so stopping it also stops what it started (Vite's workers and the like).
    detached: true,
  });
  const tag = prefix(name, code);
  pipe(child.stdout, process.stdout, tag);
  pipe(child.stderr, process.stderr, tag);
  child.on('error', (error) => {
    process.stderr.write(`${tag}kon niet starten: ${error.message}\n`);
    exitCode = 1;
    stop();
  });
  child.on('exit', (status, signal) => {
    if (!stopping) {
      process.stderr.write(`${tag}gestopt (${signal ?? `code ${status}`}); ik stop de rest ook.\n`);
      exitCode = status || 1;
      stop();
    }
    running.splice(running.findIndex((r) => r.child === child), 1);
    if (running.length === 0) process.exit(exitCode);
  });
  running.push({ name, child });
  return child;
}

function signal(child, sig) {
  try {
    process.kill(-child.pid, sig);
  } catch {
    try {
      child.kill(sig);
    } catch {
      /* already gone */
    }
  }
}

function stop() {
  if (stopping) return;
  stopping = true;
  for (const { child } of running) signal(child, 'SIGTERM');
  // Whatever does not stop within 5 seconds is stopped hard.
  setTimeout(() => {
    for (const { child } of running) signal(child, 'SIGKILL');
    setTimeout(() => process.exit(exitCode), 500).unref();
  }, 5000).unref();
}

process.on('SIGINT', stop);
process.on('SIGTERM', stop);
process.on('SIGHUP', stop);

/** Why the review flow cannot run here, in Dutch; undefined when it can. */
function noReview() {
  if (process.argv.includes('--direct')) return 'je vroeg om direct publiceren (--direct)';
  try {
    execFileSync('git', ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`], { cwd: root, stdio: 'ignore' });
    return undefined;
  } catch {
    return `deze map is geen Git-repository met een branch "${branch}" (zet CMS_BRANCH, of clone de repository met git)`;
  }
}

const branch = process.env.CMS_BRANCH?.trim() || 'main';
const why = noReview();
const cmsEnv = { PORT: cmsPort, BIND_HOST: '127.0.0.1', GIT_REPO_DIRECTORY: root, CMS_BRANCH: branch };
if (why) {
  process.stdout.write(`${prefix('start', '1')}Beheer zonder beoordeling: ${why}. Wat je opslaat, staat meteen in content/.\n`);
  start('cms', '35', process.execPath, [require.resolve('decap-server/dist/index.js')], { ...cmsEnv, MODE: 'fs' });
} else {
  process.stdout.write(`${prefix('start', '1')}Beheer met beoordeling: opslaan maakt een concept; pas na "Publiceer" staat het in "${branch}" en op de site.\n`);
  start('cms', '35', process.execPath, [join(root, 'cms', 'review', 'server.ts')], cmsEnv);
}
start('site', '36', process.execPath, [join(dirname(require.resolve('astro/package.json')), 'bin', 'astro.mjs'), 'dev', '--port', sitePort], {
  ASTRO_DEV_BACKGROUND: '0',
  CMS_LOCAL_PORT: cmsPort,
});
process.stdout.write(`${prefix('start', '1')}site: http://localhost:${sitePort}/  beheer: http://localhost:${sitePort}/admin/  (Ctrl-C stopt alles)\n`);
