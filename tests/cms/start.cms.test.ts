/**
 * `npm start` (scripts/start.mjs), run in a temporary copy of the project: it starts the site and
 * decap-server together with prefixed output, decap-server listens on 127.0.0.1 only, Ctrl-C (SIGINT)
 * stops both, and when one of them dies the other is stopped too.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { copyProject, freePort, removeProject, run, waitFor, type Running } from '../support/cms-project.ts';

const info = { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' };

function childrenOf(pid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'pid=', '--ppid', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const refused = async (url: string, init?: RequestInit) => fetch(url, init).then(() => false, () => true);

function exited(r: Running, ms: number): Promise<number | null> {
  return new Promise((ok, fail) => {
    if (r.child.exitCode !== null) return ok(r.child.exitCode);
    const timer = setTimeout(() => fail(new Error(`npm start stopte niet binnen ${ms} ms:\n${r.output()}`)), ms);
    r.child.once('exit', (code) => {
      clearTimeout(timer);
      ok(code);
    });
  });
}

describe('npm start', () => {
  let dir = '';
  let start: Running | undefined;

  afterEach(async () => {
    await start?.stop();
    if (dir) removeProject(dir);
  });

  async function launch() {
    dir = copyProject();
    const [sitePort, cmsPort] = [await freePort(), await freePort()];
    start = run(process.execPath, [join(dir, 'scripts', 'start.mjs')], dir, { PORT: String(sitePort), CMS_LOCAL_PORT: String(cmsPort), NODE_ENV: 'development' });
    const cms = `http://127.0.0.1:${cmsPort}/api/v1`;
    const site = `http://localhost:${sitePort}/`;
    await waitFor(cms, 60_000, info, 'decap-server', start);
    await waitFor(site, 90_000, undefined, 'astro dev', start);
    return { cms, site, cmsPort, sitePort };
  }

  it('runs both, prefixed, decap-server on 127.0.0.1 only, and Ctrl-C stops both', async () => {
    const { cms, site, cmsPort } = await launch();
    const output = start!.output();
    // The copy is no Git repository: no review flow, decap-server writes into content/, and it says why.
    expect(output).toMatch(/^\[start\] Beheer zonder beoordeling: deze map is geen Git-repository met een branch "main"/m);
    expect(output).toMatch(/^\[cms\] .*Decap CMS Proxy Server listening on 127\.0\.0\.1:\d+/m);
    expect(output).toMatch(/^\[site\] .*astro/m);
    // Not reachable on another address of this machine (only the loopback one).
    const res = await fetch(cms, info);
    expect(await res.json()).toMatchObject({ type: 'local_fs', publish_modes: ['simple'] });
    expect(execFileSync('ss', ['-ltnH', `sport = :${cmsPort}`], { encoding: 'utf8' })).toMatch(/127\.0\.0\.1:\d+/);

    const children = childrenOf(start!.child.pid!);
    expect(children.length).toBe(2);
    process.kill(start!.child.pid!, 'SIGINT');
    expect(await exited(start!, 15_000)).toBe(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(children.filter(alive)).toEqual([]);
    expect(await refused(cms, info)).toBe(true);
    expect(await refused(site)).toBe(true);
  }, 150_000);

  it('stops the site when decap-server dies', async () => {
    const { site } = await launch();
    const [cmsChild] = childrenOf(start!.child.pid!).filter((pid) => /decap-server/.test(execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' })));
    expect(cmsChild).toBeTypeOf('number');
    process.kill(cmsChild!, 'SIGKILL');
    expect(await exited(start!, 15_000)).not.toBe(0);
    expect(start!.output()).toMatch(/\[cms\] gestopt/);
    await new Promise((r) => setTimeout(r, 300));
    expect(await refused(site)).toBe(true);
  }, 150_000);
});
