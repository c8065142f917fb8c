/**
 * The CMS at scale (issue 8): how long the admin takes to show the practice list and the
 * newsletter's practice picker with N practices on the local backend. See bench/README.md.
 *
 *   node bench/cms.ts --practices 1000          (default 1000)
 *   node bench/cms.ts --practices 10000 --reps 3 --label after --work /tmp/x --seed 1 --clean
 *   node bench/cms.ts --practices 1000 --report [--date 2026-11-23]   (only the Markdown, from the JSON)
 *
 * It generates the content set (bench/generate.ts, same seed as `npm run bench`) into
 * <work>/content, starts decap-server (fs mode, like `npm start`) on it behind a counting proxy,
 * bundles the admin (cms/bundle.ts) for that backend and serves it at /admin/, and measures in
 * headless Chromium, each time in a fresh browser context (empty cache, signed in to the local
 * backend as after "Inloggen"):
 *
 *   list     navigation to /admin/#/collections/practices → the first practice visible in the list;
 *   picker   navigation to /admin/#/collections/newsletters/new → "Voeg blok toe" → "Voeg een item toe" →
 *            "Praktijkvoorbeeld" → click into the picker → its first options visible;
 *   query    the same, then type a short query → the options for that query visible (the widget
 *            waits 500 ms after the last key before it asks).
 *
 * with every request to decap-server (count, bytes, action) during each. Each measurement starts when
 * decap-server has answered every request of the pages before (a picker that shows its options before
 * the folder read has arrived leaves that read running). Medians of --reps (at least
 * 3). Results: bench/results/<date>-cms-<N>.json and .md; a run with another --label on the same
 * day is added to the same files (before / after a change).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { DEFAULT_SEED, generate, PROJECT_ROOT, validate } from './generate.ts';
import { machine } from './lib/proc.ts';
import { countingProxy, serveAdmin, type BackendRequest, type CountingProxy } from './lib/cms-serve.ts';
import { freePort, startDecapServer } from '../tests/support/cms-project.ts';
import { launchChromium } from '../tests/support/browser.ts';
import { benchArgs } from './lib/args.ts';
import { median } from './lib/median.ts';

// --------------------------------------------------------------------------------------------
// Arguments

const { flag, value } = benchArgs();
const N = Number(value('--practices') ?? 1000);
const SEED = Number(value('--seed') ?? DEFAULT_SEED);
const REPS = Math.max(3, Number(value('--reps') ?? 3));
const WORK = resolve(value('--work') ?? join(tmpdir(), `mao-bench-cms-${N}`));
const LABEL = value('--label') ?? 'run';
/** A short query an editor would type into the picker (a frequent first part of generated titles). */
const QUERY = value('--query') ?? 'buurt';
const TIMEOUT_MS = Number(value('--timeout') ?? 180_000);
if (!Number.isInteger(N) || N < 10) throw new Error('--practices: een heel getal, minstens 10');

const COLLECTION = 'practices';
const ENTRY_LINK = `a[href*="/collections/${COLLECTION}/entries/"]`;

const say = (s: string) => console.log(s);
const msf = (ms: number | undefined) => (ms === undefined ? '—' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const mb = (b: number | undefined) => (b === undefined ? '—' : b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(1)} MB` : `${(b / 1024).toFixed(1)} KB`);

function git(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'cms'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: '?', dirty: false };
  }
}

function version(pkg: string): string {
  try {
    return JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}

// --------------------------------------------------------------------------------------------
// One measurement

interface Traffic {
  requests: number;
  bytes: number;
  /** "action folder" → [requests, response bytes] */
  byAction: Record<string, [number, number]>;
}

export interface Sample {
  /** ms from navigation start to the figure (list: first entry; picker/query: first options). */
  fromNavigationMs: number;
  /** ms from the editor's action (picker: the click into it; query: the last key) to the options. */
  fromActionMs?: number;
  /** ms from navigation start to the editor's action. */
  actionAtMs?: number;
  /** ms from navigation start to admin.js loaded, and to the admin's first request to decap-server. */
  scriptLoadedMs?: number;
  firstBackendRequestMs?: number;
  /** ms from navigation start until the last response from decap-server before the figure. */
  lastBackendResponseMs?: number;
  /** How many entries the list showed at the figure (list), or options (picker, query). */
  shown: number;
  /** decap-server traffic from navigation start until the figure. */
  traffic: Traffic;
  /** …and during the editor's action only (picker, query). */
  actionTraffic?: Traffic;
  /** Requests that came after the figure (within 2 s): work the page went on doing. */
  after: Traffic;
  /** query: the widget showed its loading message right after typing (so the options seen are the query's). */
  loadingSeen?: boolean;
  firstOption?: string;
  /** The largest decap-server response before the figure: ms from navigation start to its request and its answer. */
  largest?: { what: string; bytes: number; requestMs: number; responseMs: number };
}

function traffic(log: BackendRequest[]): Traffic {
  const byAction: Record<string, [number, number]> = {};
  let bytes = 0;
  for (const r of log) {
    const a = (byAction[r.target ? `${r.action} ${r.target}` : r.action] ??= [0, 0]);
    a[0]++;
    a[1] += r.responseBytes;
    bytes += r.responseBytes;
  }
  return { requests: log.length, bytes, byAction };
}

/** Signed in to the local backend, as after clicking "Inloggen" once (Decap keeps the user in localStorage). */
const SIGNED_IN = () => localStorage.setItem('decap-cms-user', JSON.stringify({ backendName: 'proxy' }));

/** Records, in the page, when the first practice entry is in the list and has a size (before it is painted). */
function watchFirstEntry(selector: string) {
  const w = window as unknown as { __firstEntry?: number };
  const check = () => {
    if (w.__firstEntry !== undefined) return;
    const a = document.querySelector(selector);
    if (a && a.getBoundingClientRect().height > 0) {
      w.__firstEntry = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { childList: true, subtree: true });
}

interface PageTimes {
  timeOrigin: number;
  script?: number;
}

async function pageTimes(page: Page): Promise<PageTimes> {
  return page.evaluate(() => {
    const script = performance.getEntriesByType('resource').find((e) => e.name.includes('/admin/admin.js')) as PerformanceResourceTiming | undefined;
    return { timeOrigin: performance.timeOrigin, script: script?.responseEnd };
  });
}

async function settleAndSplit(proxy: CountingProxy, times: PageTimes, markMs: number, fromIndex = 0) {
  // Whatever the page asks decap-server for in the 2 s after the figure is reported apart.
  await new Promise((r) => setTimeout(r, 2000));
  const markAt = times.timeOrigin + markMs;
  const all = proxy.log.slice(fromIndex);
  const before = all.filter((r) => r.start <= markAt);
  const after = all.filter((r) => r.start > markAt);
  const firstRequest = before.length ? Math.min(...before.map((r) => r.start)) - times.timeOrigin : undefined;
  const lastResponse = before.length ? Math.max(...before.map((r) => r.end)) - times.timeOrigin : undefined;
  const big = before.reduce<BackendRequest | undefined>((a, r) => (!a || r.responseBytes > a.responseBytes ? r : a), undefined);
  const largest = big ? { what: `${big.action} ${big.target ?? ''}`.trim(), bytes: big.responseBytes, requestMs: Math.round(big.start - times.timeOrigin), responseMs: Math.round(big.end - times.timeOrigin) } : undefined;
  return { before, after, firstRequest, lastResponse, largest };
}

/**
 * Waits until decap-server has answered every request of the pages before (at most 60 s): a page
 * closed before its folder read arrived leaves decap-server sending it, which would load the machine
 * during the next measurement and count in its traffic.
 */
async function quiet(proxy: CountingProxy) {
  for (let waited = 0; proxy.open() > 0 && waited < 60_000; waited += 100) await new Promise((r) => setTimeout(r, 100));
}

async function measureList(browser: Browser, adminUrl: string, proxy: CountingProxy): Promise<Sample> {
  await quiet(proxy);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    await context.addInitScript(SIGNED_IN);
    await context.addInitScript(watchFirstEntry, ENTRY_LINK);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    proxy.reset();
    await page.goto(`${adminUrl}/admin/#/collections/${COLLECTION}`, { waitUntil: 'commit' });
    const mark = (await (await page.waitForFunction(() => (window as unknown as { __firstEntry?: number }).__firstEntry, undefined, { polling: 100, timeout: TIMEOUT_MS })).jsonValue()) as number;
    const shown = await page.locator(ENTRY_LINK).count();
    const times = await pageTimes(page);
    const split = await settleAndSplit(proxy, times, mark);
    return {
      fromNavigationMs: Math.round(mark),
      scriptLoadedMs: times.script === undefined ? undefined : Math.round(times.script),
      firstBackendRequestMs: split.firstRequest === undefined ? undefined : Math.round(split.firstRequest),
      lastBackendResponseMs: split.lastResponse === undefined ? undefined : Math.round(split.lastResponse),
      shown,
      traffic: traffic(split.before),
      after: traffic(split.after),
      largest: split.largest,
    };
  } finally {
    await context.close();
  }
}

/** In the page: the picker's menu shows options and is not loading; returns performance.now(), else false. */
function optionsShown(): number | false {
  // The relation widget's own menu list (react-window) drops react-select's listbox; options keep role="option".
  const loading = document.evaluate("//*[starts-with(text(), 'Loading options')]", document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
  if (loading) return false;
  return document.querySelector('[role="option"]') ? performance.now() : false;
}

/** In the page: the picker shows its loading message. */
function loadingShown(): boolean {
  return !!document.evaluate("//*[starts-with(text(), 'Loading options')]", document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue;
}

async function measurePicker(browser: Browser, adminUrl: string, proxy: CountingProxy, query?: string): Promise<Sample> {
  await quiet(proxy);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL' });
  try {
    await context.addInitScript(SIGNED_IN);
    const page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT_MS);
    proxy.reset();
    await page.goto(`${adminUrl}/admin/#/collections/newsletters/new`, { waitUntil: 'commit' });
    // As an editor would: a block, an item of the type "Praktijkvoorbeeld", then into the picker.
    await page.getByRole('button', { name: 'Voeg blok toe' }).click();
    await page.getByRole('button', { name: 'Voeg een item toe' }).click();
    await page.getByRole('menuitem', { name: 'Praktijkvoorbeeld' }).click();
    const id = await page.locator('label').filter({ hasText: /^Praktijkvoorbeeld$/ }).first().getAttribute('for');
    const input = page.locator(`[id="${id}"]`);
    await input.waitFor();
    let actionFrom = proxy.log.length;
    let actionAt = await page.evaluate(() => performance.now());
    await input.click();
    let loadingSeen: boolean | undefined;
    if (query) {
      await page.keyboard.type(query, { delay: 60 });
      actionFrom = proxy.log.length;
      actionAt = await page.evaluate(() => performance.now());
      loadingSeen = await page.evaluate(loadingShown);
    }
    const mark = (await (await page.waitForFunction(optionsShown, undefined, { polling: 'raf', timeout: TIMEOUT_MS })).jsonValue()) as number;
    const options = page.locator('[role="option"]');
    const shown = await options.count();
    const firstOption = shown ? (await options.first().innerText()).trim() : undefined;
    const times = await pageTimes(page);
    const actionLog = proxy.log.slice(actionFrom).filter((r) => r.start <= times.timeOrigin + mark);
    const split = await settleAndSplit(proxy, times, mark);
    return {
      fromNavigationMs: Math.round(mark),
      fromActionMs: Math.round(mark - actionAt),
      scriptLoadedMs: times.script === undefined ? undefined : Math.round(times.script),
      firstBackendRequestMs: split.firstRequest === undefined ? undefined : Math.round(split.firstRequest),
      lastBackendResponseMs: split.lastResponse === undefined ? undefined : Math.round(split.lastResponse),
      shown,
      traffic: traffic(split.before),
      actionTraffic: traffic(actionLog),
      after: traffic(split.after),
      loadingSeen,
      firstOption,
      largest: split.largest,
      actionAtMs: Math.round(actionAt),
    };
  } finally {
    await context.close();
  }
}

// --------------------------------------------------------------------------------------------

type Kind = 'list' | 'picker' | 'query';
const KINDS: Kind[] = ['list', 'picker', 'query'];
const KIND_LABEL: Record<Kind, string> = {
  list: 'practice list: navigation → first practice shown',
  picker: 'newsletter picker, no query: click into it → first options',
  query: `newsletter picker, query "${QUERY}": last key → options for it`,
};

interface Summary {
  kind: Kind;
  samples: Sample[];
  medianFromNavigationMs: number;
  medianFromActionMs?: number;
  medianScriptLoadedMs?: number;
  medianFirstBackendRequestMs?: number;
  /** From the admin's first request to decap-server (Decap has started) to the figure. */
  medianAfterStartMs?: number;
  medianRequests: number;
  medianBytes: number;
  medianActionRequests?: number;
  medianActionBytes?: number;
  medianShown: number;
}

function summarise(kind: Kind, samples: Sample[]): Summary {
  const opt = (xs: (number | undefined)[]) => (xs.every((x) => x !== undefined) ? median(xs as number[]) : undefined);
  return {
    kind,
    samples,
    medianFromNavigationMs: median(samples.map((s) => s.fromNavigationMs)),
    medianFromActionMs: opt(samples.map((s) => s.fromActionMs)),
    medianScriptLoadedMs: opt(samples.map((s) => s.scriptLoadedMs)),
    medianFirstBackendRequestMs: opt(samples.map((s) => s.firstBackendRequestMs)),
    medianAfterStartMs: opt(samples.map((s) => (s.firstBackendRequestMs === undefined ? undefined : s.fromNavigationMs - s.firstBackendRequestMs))),
    medianRequests: median(samples.map((s) => s.traffic.requests)),
    medianBytes: median(samples.map((s) => s.traffic.bytes)),
    medianActionRequests: opt(samples.map((s) => s.actionTraffic?.requests)),
    medianActionBytes: opt(samples.map((s) => s.actionTraffic?.bytes)),
    medianShown: median(samples.map((s) => s.shown)),
  };
}

interface Run {
  label: string;
  date: string;
  practices: number;
  seed: number;
  reps: number;
  query: string;
  machine: ReturnType<typeof machine> & { chromium: string; decapCmsApp: string; decapCmsCore: string; decapServer: string; playwright: string; git: { commit: string; dirty: boolean } };
  loadBefore: number;
  loadAfter: number;
  adminBytes: Record<string, number>;
  contentBytes: number;
  results: Summary[];
}

function table(run: Run): string[] {
  const lines: string[] = [];
  lines.push(`### ${run.label}: ${run.practices} practices — ${run.date}`, '');
  const m = run.machine;
  lines.push(
    `Machine: ${m.nproc} cores (${m.cpuModel}), ${mb(m.memoryBytes)} RAM, Node ${m.node}, Chromium ${m.chromium}, decap-cms-app ${m.decapCmsApp} (core ${m.decapCmsCore}), decap-server ${m.decapServer}; cms/ at ${m.git.commit}${m.git.dirty ? ' + uncommitted changes' : ''}. Load average before/after: ${run.loadBefore.toFixed(1)} / ${run.loadAfter.toFixed(1)}. admin.js ${mb(run.adminBytes['admin.js'])}; practices/ ${mb(run.contentBytes)} on disk. Medians of ${run.reps} fresh pages.`,
    '',
  );
  lines.push('| what | from navigation | from the action | admin.js loaded | first request to decap-server (Decap started) | from that request | requests / bytes from decap-server (whole page) | of which after the action | shown |');
  lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const stored of run.results) {
    const r = { ...summarise(stored.kind, stored.samples), ...stored, medianAfterStartMs: stored.medianAfterStartMs ?? summarise(stored.kind, stored.samples).medianAfterStartMs };
    lines.push(
      `| ${KIND_LABEL[r.kind]} | ${msf(r.medianFromNavigationMs)} | ${r.medianFromActionMs === undefined ? '—' : msf(r.medianFromActionMs)} | ${msf(r.medianScriptLoadedMs)} | ${msf(r.medianFirstBackendRequestMs)} | ${msf(r.medianAfterStartMs)} | ${r.medianRequests} / ${mb(r.medianBytes)} | ${r.medianActionRequests === undefined ? '—' : `${r.medianActionRequests} / ${mb(r.medianActionBytes)}`} | ${r.medianShown} |`,
    );
  }
  const actions = new Map<string, [number, number]>();
  for (const r of run.results) {
    const s = r.samples[r.samples.length >> 1]!;
    for (const [a, [n, b]] of Object.entries(s.traffic.byAction)) {
      const k = `${r.kind}: ${a}`;
      actions.set(k, [n, b]);
    }
  }
  lines.push('', `decap-server requests by action (one sample each): ${[...actions].map(([k, [n, b]]) => `${k} ${n}× ${mb(b)}`).join('; ')}.`);
  const samples = run.results.map((r) => `${r.kind} ${r.samples.map((s) => msf(s.fromActionMs ?? s.fromNavigationMs)).join(', ')}`).join('; ');
  lines.push(`Samples: ${samples}.`, '');
  return lines;
}

/** One file per size and day; runs with other labels (before / after) are kept side by side. */
function writeReport(date: string, run?: Run) {
  const dir = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const base = join(dir, `${date}-cms-${N}`);
  const previous: Run[] = existsSync(`${base}.json`) ? (JSON.parse(readFileSync(`${base}.json`, 'utf8')) as { runs: Run[] }).runs : [];
  const runs = run ? [...previous.filter((r) => r.label !== run.label), run] : previous;
  writeFileSync(`${base}.json`, JSON.stringify({ practices: N, runs }, null, 2) + '\n');
  const md = [`## The CMS with ${N} practices (local backend)`, '', `\`node bench/cms.ts --practices ${N}\`. Times are medians; "from the action" is from the click into the picker, or from the last key typed (the widget itself waits 500 ms after it); "from that request" is from the admin's first request to decap-server (Decap has started) to the figure.`, ''];
  for (const r of runs) md.push(...table(r));
  writeFileSync(`${base}.md`, md.join('\n'));
}

async function main() {
  const date = new Date().toISOString().slice(0, 10);
  // --report: only write the Markdown again from the JSON of that day (e.g. after adding a run by hand).
  if (flag('--report')) return writeReport(value('--date') ?? date);
  const started = Date.now();
  say(`CMS-benchmark: ${N} praktijkvoorbeelden, seed ${SEED}, werkmap ${WORK}, label "${LABEL}"`);
  const content = join(WORK, 'content');
  const meta = join(WORK, 'generate.json');
  const existing = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { practices: number; seed: number }) : undefined;
  if (existing?.practices === N && existing.seed === SEED && !flag('--regenerate')) {
    say(`1. Content: hergebruikt uit ${content}`);
  } else {
    say('1. Content genereren...');
    const gen = generate({ practices: N, out: content, seed: SEED, log: () => {} });
    const v = await validate(content);
    say(`  ${gen.practices} praktijkvoorbeelden (${gen.generateMs} ms); loadContent: ${v.problems.length} problemen (${v.ms} ms)`);
    if (v.problems.length) throw new Error(`De gegenereerde content is niet geldig:\n${v.problems.slice(0, 10).join('\n')}`);
    writeFileSync(meta, JSON.stringify({ practices: N, seed: SEED }));
  }
  const contentBytes = Number(execFileSync('du', ['-sb', join(content, COLLECTION)], { encoding: 'utf8' }).split('\t')[0]);

  say('2. decap-server, proxy en het beheer...');
  const decapPort = await freePort();
  const decap = await startDecapServer(WORK, decapPort);
  const proxy = await countingProxy(decapPort);
  const admin = await serveAdmin(proxy.port, content);
  say(`  admin.js ${mb(admin.sizes['admin.js'])} (${admin.bundleMs} ms), ${admin.url}/admin/`);
  let browser: Browser | undefined;
  const loadBefore = loadavg()[0]!;
  const samples: Record<Kind, Sample[]> = { list: [], picker: [], query: [] };
  try {
    browser = await launchChromium();
    const chromiumVersion = browser.version();
    // Warm-up (not counted): Chromium's own first start, decap-server's first read of the folder.
    await measureList(browser, admin.url, proxy);
    say(`3. Meten in Chromium ${chromiumVersion} (${REPS}× per meting, afwisselend)...`);
    for (let i = 0; i < REPS; i++) {
      for (const kind of KINDS) {
        const s = kind === 'list' ? await measureList(browser, admin.url, proxy) : await measurePicker(browser, admin.url, proxy, kind === 'query' ? QUERY : undefined);
        samples[kind].push(s);
        const l = s.largest;
        say(`  ${kind} #${i + 1}: ${msf(s.fromNavigationMs)} vanaf navigatie${s.fromActionMs === undefined ? '' : `, ${msf(s.fromActionMs)} na de actie (op ${msf(s.actionAtMs)})`}${l ? `; grootste: ${l.what} ${mb(l.bytes)} ${msf(l.requestMs)}–${msf(l.responseMs)}` : ''}; ${s.traffic.requests} verzoeken, ${mb(s.traffic.bytes)}; ${s.shown} getoond${s.firstOption ? ` ("${s.firstOption}")` : ''}${s.loadingSeen === false ? ' [geen laadmelding gezien]' : ''}`);
      }
    }
    const run: Run = {
      label: LABEL,
      date,
      practices: N,
      seed: SEED,
      reps: REPS,
      query: QUERY,
      machine: {
        ...machine(),
        chromium: chromiumVersion,
        decapCmsApp: version('decap-cms-app'),
        decapCmsCore: version('decap-cms-core'),
        decapServer: version('decap-server'),
        playwright: version('playwright-core'),
        git: git(),
      },
      loadBefore,
      loadAfter: loadavg()[0]!,
      adminBytes: admin.sizes,
      contentBytes,
      results: KINDS.map((k) => summarise(k, samples[k])),
    };

    writeReport(date, run);
    say('\n' + table(run).join('\n'));
    say(`Resultaten: bench/results/${date}-cms-${N}.json en .md (${Math.round((Date.now() - started) / 1000)} s)`);
  } finally {
    await browser?.close();
    await admin.close();
    await proxy.close();
    await decap.stop();
    if (flag('--clean')) rmSync(WORK, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
