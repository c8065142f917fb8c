/**
 * Global setup of the "site" project: build the site a few times, once each, before any test runs,
 * and serve the main build on 127.0.0.1.
 * - site: the real content (content/, or TEST_CONTENT_DIR, e.g. tests/fixtures/valid while content/
 *   is being written), with SITE_NOW fixed and the build machine in another time zone;
 * - fixture: the valid fixture set plus a draft, a concept newsletter and hostile Markdown;
 * - broken: the valid fixture set with two problems (this build must fail, fast).
 * The builds run one after the other (2 cores; each has its own Astro cache dir). Their outcome
 * (exit code, output) is handed to the tests, which fail with the build output when a build broke.
 * Each run works in its own directory, tests/.tmp/run-<pid>/, removed afterwards, so runs side by
 * side do not overwrite each other's builds; the build logs stay in tests/.tmp/build-<name>.log.
 * TEST_REUSE_BUILD=1 builds into tests/.tmp/reuse/ and reuses what is there (for working on the
 * tests themselves; the content folders are still regenerated).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { PROJECT_ROOT, TMP } from './paths.ts';
import { writeBrokenContent, writeFixtureContent } from './build-sets.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

export type BuildName = 'site' | 'fixture' | 'broken';

export interface BuildResult {
  name: BuildName;
  /** CONTENT_DIR of the build, relative to the project. */
  contentDir: string;
  outDir: string;
  exitCode: number | null;
  /** stdout and stderr, interleaved as printed. */
  output: string;
  seconds: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    builds: Record<BuildName, BuildResult>;
    /** http://127.0.0.1:<port> serving the "site" build, or "" when it failed. */
    baseUrl: string;
    /** This run's scratch directory (absolute). */
    runDir: string;
  }
}

/** "Now" for the site build: upcoming and past events are decided against it. */
export const SITE_NOW = process.env.TEST_SITE_NOW || '2026-11-23T12:00:00+01:00';

const REUSE = process.env.TEST_REUSE_BUILD === '1';
const RUN_DIR = join(TMP, REUSE ? 'reuse' : `run-${process.pid}`);

function astroBuild(name: BuildName, contentDir: string, extraEnv: Record<string, string> = {}): Promise<BuildResult> {
  const outDir = join(RUN_DIR, `dist-${name}`);
  const cacheDir = join(RUN_DIR, 'cache', name);
  const resultFile = join(RUN_DIR, `build-${name}.json`);
  if (REUSE && existsSync(resultFile) && existsSync(outDir)) {
    const previous = JSON.parse(readFileSync(resultFile, 'utf8')) as BuildResult;
    if (previous.contentDir === contentDir) return Promise.resolve(previous);
  }
  rmSync(outDir, { recursive: true, force: true });
  rmSync(cacheDir, { recursive: true, force: true });
  const started = Date.now();
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--config', 'tests/support/astro.test.config.mjs', '--outDir', outDir],
      {
        cwd: PROJECT_ROOT,
        env: {
          ...process.env,
          CONTENT_DIR: contentDir,
          TEST_ASTRO_CACHE_DIR: cacheDir,
          // The admin's bundle (cms/admin-cache.ts): shared by this run's builds, not a developer's.
          ADMIN_CACHE_DIR: join(RUN_DIR, 'cache', 'admin'),
          ASTRO_TELEMETRY_DISABLED: '1',
          FORCE_COLOR: '0',
          NO_COLOR: '1',
          ...extraEnv,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    let done = false;
    const finish = (exitCode: number | null) => {
      if (done) return;
      done = true;
      const result: BuildResult = { name, contentDir, outDir, exitCode, output, seconds: (Date.now() - started) / 1000 };
      writeFileSync(join(TMP, `build-${name}.log`), output);
      writeFileSync(resultFile, JSON.stringify(result, null, 2));
      resolve(result);
    };
    // 'close' comes once the output pipes are drained. A grandchild that inherited them (a tool's
    // service process) could hold them open forever, so after 'exit' wait a moment, not forever.
    child.on('close', (exitCode) => finish(exitCode));
    child.on('exit', (exitCode) => setTimeout(() => finish(exitCode), 3000).unref());
  });
}

let server: StaticServer | undefined;

/** Remove the directories of runs that were killed before their teardown (their process is gone). */
function removeAbandonedRuns(): void {
  if (!existsSync(TMP)) return;
  for (const name of readdirSync(TMP)) {
    const pid = /^run-(\d+)$/.exec(name)?.[1];
    if (!pid || Number(pid) === process.pid) continue;
    try {
      process.kill(Number(pid), 0);
    } catch {
      rmSync(join(TMP, name), { recursive: true, force: true });
    }
  }
}

export default async function setup(project: TestProject) {
  removeAbandonedRuns();
  mkdirSync(RUN_DIR, { recursive: true });
  const siteContent = process.env.TEST_CONTENT_DIR?.trim() || 'content';
  // The build machine's time zone must not matter: build in New York time.
  const site = await astroBuild('site', siteContent, { SITE_NOW, TZ: 'America/New_York' });
  const fixture = await astroBuild('fixture', writeFixtureContent(RUN_DIR), { SITE_NOW });
  const broken = await astroBuild('broken', writeBrokenContent(RUN_DIR), { SITE_NOW });
  for (const b of [site, fixture, broken]) console.log(`[site tests] astro build "${b.name}" (CONTENT_DIR=${b.contentDir}): exit ${b.exitCode} in ${b.seconds.toFixed(1)} s`);

  project.provide('builds', { site, fixture, broken });
  if (site.exitCode === 0) server = await serveStatic(site.outDir);
  project.provide('baseUrl', server?.url ?? '');
  project.provide('runDir', RUN_DIR);

  return async () => {
    await server?.close();
    server = undefined;
    if (!REUSE) rmSync(RUN_DIR, { recursive: true, force: true });
  };
}
