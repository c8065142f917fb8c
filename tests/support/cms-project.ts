/**
 * A throwaway copy of the project for browser tests of the CMS: the repository without node_modules,
 * dist, .git and tests, with node_modules linked back, so the admin writes into the copy's content/
 * and never into the real one. Starts decap-server (fs mode, 127.0.0.1) and `astro dev` with the CMS
 * integration on free ports, and stops them again.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';

export const REPO = resolve(import.meta.dirname, '..', '..');
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', 'tests', 'bench', '.vite']);

/** `search`: keep the search index integration (under astro dev it indexes the pages: slow, so off by default). */
export function copyProject(options: { search?: boolean } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'mao-cms-'));
  cpSync(REPO, dir, {
    recursive: true,
    filter: (src) => {
      const rel = relative(REPO, src);
      return !rel || !SKIP.has(rel.split(sep)[0]!);
    },
  });
  symlinkSync(join(REPO, 'node_modules'), join(dir, 'node_modules'), 'dir');
  // The project's own config (moved aside), plus the CMS integration when the lead has not wired it
  // in yet, without the search index unless asked; caches stay inside the copy (node_modules is the real one).
  renameSync(join(dir, 'astro.config.mjs'), join(dir, 'astro.project.config.mjs'));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import base from './astro.project.config.mjs';
import { cms } from './src/integrations/cms.ts';
const integrations = (base.integrations ?? []).filter((i) => i && ${options.search ? 'true' : "i.name !== 'mao:pagefind'"});
if (!integrations.some((i) => i.name === 'mao:cms')) integrations.push(cms());
export default {
  ...base,
  integrations,
  cacheDir: './.astro-cache',
  vite: { ...(base.vite ?? {}), cacheDir: './.vite', server: { ...(base.vite?.server ?? {}), fs: { allow: [${JSON.stringify(REPO)}, '.'] } } },
};
`,
  );
  return dir;
}

export function removeProject(dir: string) {
  if (dir.startsWith(tmpdir()) && existsSync(dir)) rmSync(dir, { recursive: true, force: true });
}

export function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => ok(port));
    });
  });
}

export interface Running {
  child: ChildProcess;
  output: () => string;
  stop: () => Promise<void>;
}

/** The environment for a child, without what the test runner sets for itself (NODE_ENV=test, VITEST…). */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VITEST|TEST$|NODE_ENV$|MODE$|PROD$|DEV$|SSR$|BASE_URL$)/.test(key)) continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

export function run(command: string, args: string[], cwd: string, env: Record<string, string>): Running {
  const child = spawn(command, args, { cwd, env: childEnv(env), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let log = '';
  child.stdout!.on('data', (d) => (log += d));
  child.stderr!.on('data', (d) => (log += d));
  return {
    child,
    output: () => log,
    stop: () =>
      new Promise((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        try {
          process.kill(-child.pid!, 'SIGTERM'); // the process group: astro's and node's children too
        } catch {
          done();
        }
        setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            /* gone */
          }
        }, 5000).unref();
      }),
  };
}

export async function waitFor(url: string, timeoutMs: number, init?: RequestInit, what = url, running?: Running): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < until) {
    if (running && running.child.exitCode !== null) throw new Error(`${what} stopte:\n${running.output()}`);
    try {
      const res = await fetch(url, init);
      if (res.status < 500) return;
      last = `HTTP ${res.status}`;
    } catch (error) {
      last = error instanceof Error ? error.message : String(error);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${what} antwoordde niet binnen ${timeoutMs} ms (${last})${running ? `:\n${running.output()}` : ''}`);
}

export async function startDecapServer(dir: string, port: number): Promise<Running> {
  const server = run(process.execPath, [join(REPO, 'node_modules', 'decap-server', 'dist', 'index.js')], dir, {
    PORT: String(port),
    BIND_HOST: '127.0.0.1',
    MODE: 'fs',
    GIT_REPO_DIRECTORY: dir,
    LOG_LEVEL: 'warn',
  });
  await waitFor(`http://127.0.0.1:${port}/api/v1`, 15_000, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }, 'decap-server', server);
  return server;
}

export async function startSite(dir: string, port: number, env: Record<string, string>): Promise<Running> {
  const site = run(process.execPath, [join(REPO, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], dir, {
    NODE_ENV: 'development',
    ASTRO_DEV_BACKGROUND: '0',
    ASTRO_TELEMETRY_DISABLED: '1',
    ...env,
  });
  await waitFor(`http://127.0.0.1:${port}/admin/`, 60_000, undefined, 'astro dev', site);
  return site;
}

/**
 * Make the copy a Git repository of its own, everything committed on `main` by "Ontwikkelaar": the
 * repository the review server works on (node_modules, a link back to the real one, and the caches
 * stay out of it).
 */
export function initGit(dir: string): void {
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Ontwikkelaar');
  git('config', 'user.email', 'dev@example.org');
  writeFileSync(join(dir, '.git', 'info', 'exclude'), 'node_modules\n.astro-cache/\n.vite/\n.astro/\ndist/\n');
  git('add', '-A');
  git('commit', '-q', '-m', 'begin');
}
