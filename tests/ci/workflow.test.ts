/**
 * The example CI workflow (.github/workflows/site.yml) cannot rot silently: it runs on pull
 * requests, on pushes to main and daily; the pull-request job installs Debian's chromium, uses the
 * Node of .nvmrc and runs the content check and every test; the deploy job never runs for a pull
 * request, waits for the tests, builds and publishes dist/ with dist/_headers; and every secret and
 * variable it reads is named in the README.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { parse } from 'yaml';
import { PROJECT_ROOT } from '../support/paths.ts';

interface Step {
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, string>;
  env?: Record<string, string>;
}
interface Job {
  if?: string;
  needs?: string | string[];
  container?: string;
  env?: Record<string, string>;
  steps: Step[];
}

const FILE = join(PROJECT_ROOT, '.github/workflows/site.yml');
const TEXT = readFileSync(FILE, 'utf8');
const WORKFLOW = parse(TEXT) as { on: Record<string, any>; jobs: Record<string, Job> };
const SCRIPTS = (JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
const README = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');

const jobs = Object.entries(WORKFLOW.jobs);
/** The commands a job runs, one per line, in order. */
const commands = (job: Job) => job.steps.flatMap((s) => (s.run ?? '').split('\n').map((l) => l.trim()).filter(Boolean));
const runsOnPullRequests = (job: Job) => !job.if || !/pull_request/.test(job.if);
const testJob = jobs.find(([, j]) => runsOnPullRequests(j) && commands(j).includes('npm test'));
const deployJob = jobs.find(([, j]) => commands(j).includes('npm run build'));

describe('.github/workflows/site.yml', () => {
  it('runs on pull requests, on pushes to main and every day', () => {
    expect(Object.keys(WORKFLOW.on)).toEqual(expect.arrayContaining(['pull_request', 'push', 'schedule']));
    expect(WORKFLOW.on.push.branches).toEqual(['main']);
    const crons: string[] = WORKFLOW.on.schedule.map((s: { cron: string }) => s.cron);
    expect(crons.length).toBeGreaterThan(0);
    // Daily: minute and hour fixed, every day of every month.
    for (const cron of crons) expect(cron).toMatch(/^\d{1,2} \d{1,2} \* \* \*$/);
  });

  it('checks the content and runs every test on a pull request, with Chromium and the Node of .nvmrc', () => {
    expect(testJob, 'a job without a pull_request condition that runs npm test').toBeDefined();
    const [, job] = testJob!;
    const cmds = commands(job);
    const order = ['npm ci', 'npm run check:content', 'npm test'].map((c) => cmds.indexOf(c));
    expect(order.every((i) => i >= 0), cmds.join('\n')).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(cmds.some((c) => /apt-get install .*\bchromium\b/.test(c))).toBe(true);
    expect(job.container ?? '').toMatch(/^debian:/);
    expect(job.env?.CI).toBe('true');
    const node = job.steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with?.['node-version-file']).toBe('.nvmrc');
    expect(existsSync(join(PROJECT_ROOT, '.nvmrc'))).toBe(true);
    expect(readFileSync(join(PROJECT_ROOT, '.nvmrc'), 'utf8').trim()).toBe('24');
  });

  it('publishes only after the tests pass, never for a pull request, with the headers in dist/', () => {
    expect(deployJob).toBeDefined();
    const [, job] = deployJob!;
    expect(job.if).toMatch(/github\.event_name != 'pull_request'/);
    expect([job.needs].flat()).toContain(testJob![0]);
    const cmds = commands(job);
    expect(cmds.indexOf('npm ci')).toBeGreaterThanOrEqual(0);
    expect(cmds.indexOf('npm ci')).toBeLessThan(cmds.indexOf('npm run build'));
    expect(cmds).toContain('test -s dist/_headers');
    const publish = job.steps.at(-1)!;
    expect(publish.uses).toMatch(/^cloudflare\/wrangler-action@/);
    expect(publish.with?.command).toMatch(/^pages deploy dist /);
    expect(job.steps.find((s) => s.run === 'npm run build')?.env?.SITE_URL).toBe('${{ vars.SITE_URL }}');
  });

  it('refuses to build for publishing without a public https address in SITE_URL', () => {
    const [, job] = deployJob!;
    const check = job.steps.findIndex((s) => s.env?.SITE_URL === '${{ vars.SITE_URL }}' && s.run !== 'npm run build');
    expect(check, 'a step that checks SITE_URL').toBeGreaterThanOrEqual(0);
    expect(check).toBeLessThan(job.steps.findIndex((s) => s.run === 'npm run build'));
    const run = (url: string) => spawnSync('bash', ['-e', '-c', job.steps[check]!.run!], { env: { PATH: process.env.PATH, SITE_URL: url }, encoding: 'utf8' });
    for (const bad of ['', 'http://localhost:4321', 'www.example.nl']) {
      const result = run(bad);
      expect(result.status, bad || '(empty)').toBe(1);
      expect(result.stderr).toContain('Zet de variabele SITE_URL');
    }
    expect(run('https://www.example.nl').status).toBe(0);
  });

  it("keeps Astro's cache between deploys, restored after npm ci (which empties node_modules/)", () => {
    const [, job] = deployJob!;
    const at = (test: (s: Step) => boolean) => job.steps.findIndex(test);
    const cache = at((s) => !!s.uses?.startsWith('actions/cache@') && s.with?.path === 'node_modules/.astro');
    expect(cache, 'an actions/cache step for node_modules/.astro').toBeGreaterThanOrEqual(0);
    expect(cache).toBeGreaterThan(at((s) => s.run === 'npm ci'));
    expect(cache).toBeLessThan(at((s) => s.run === 'npm run build'));
    // A new key every run, so the newest cache is saved; restored from the latest one before it.
    expect(job.steps[cache]!.with?.key).toContain('${{ github.run_id }}');
    expect(job.steps[cache]!.with?.key?.startsWith(job.steps[cache]!.with?.['restore-keys'] ?? '?')).toBe(true);
  });

  it('runs only scripts that package.json has', () => {
    for (const [, job] of jobs) {
      for (const cmd of commands(job)) {
        const script = /^npm run ([\w:-]+)/.exec(cmd)?.[1];
        if (script) expect(SCRIPTS, cmd).toHaveProperty([script]);
      }
    }
    expect(SCRIPTS.test).toBeDefined();
  });

  it('reads only secrets and variables that the README names', () => {
    const used = [...TEXT.matchAll(/\$\{\{\s*(secrets|vars)\.(\w+)\s*\}\}/g)].map((m) => m[2]!);
    expect(used.length).toBeGreaterThan(0);
    for (const name of new Set(used)) expect(README, `README.md names ${name}`).toContain(`\`${name}\``);
  });
});
