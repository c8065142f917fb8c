/**
 * `npm run bench` — build a generated content set with the real site and with the bare floor
 * (bench/floor/), and report every figure as a table, as JSON (bench/results/<date>-<N>.json) and
 * as a ratio to the floor. See bench/README.md.
 *
 *   npm run bench -- --practices 1000            (default 10000)
 *   npm run bench -- --practices 1000 --reps 5   (searches per word and mode; default 5, at least 3)
 *   npm run bench -- --skip-floor                (only the site; no ratios)
 *   npm run bench -- --search-only               (reuse the builds in the work folder, measure search)
 *   npm run bench -- --skip-search --skip-incremental --work /tmp/x --seed 1 --clean
 *   npm run bench -- --in-place                  (build in the project instead of a snapshot copy)
 *   npm run bench -- --skip-pagefind-cli         (skip running the pagefind CLI on the site's dist too)
 *   npm run bench -- --rounds 3                  (cold builds of site and floor, alternating; the median counts)
 *   npm run bench -- --label abc1234             (results as bench/results/<date>-<N>-abc1234.*)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { snapshotSite, treeHash } from './lib/snapshot.ts';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { DEFAULT_SEED, DEFAULT_SITE_NOW, generate, PROJECT_ROOT, validate, type GenerateResult } from './generate.ts';
import { machine, runMeasured, type RunResult } from './lib/proc.ts';
import { dirSize, pageWeight, phases, profileByType, type PageWeight, type TypeProfile } from './lib/pages.ts';
import { serve } from './lib/serve.ts';
import { FILTER_ONLY_PATH, measureSearch, typo, type Measured, type Mode, type Target } from './lib/search.ts';
import { benchArgs } from './lib/args.ts';

// --------------------------------------------------------------------------------------------
// Arguments

const { flag, value } = benchArgs();
const N = Number(value('--practices') ?? 10000);
const SEED = Number(value('--seed') ?? DEFAULT_SEED);
const REPS = Math.max(3, Number(value('--reps') ?? 5));
const WORK = resolve(value('--work') ?? join(tmpdir(), `mao-bench-${N}`));
const SKIP_FLOOR = flag('--skip-floor');
const SEARCH_ONLY = flag('--search-only');
const SKIP_SEARCH = flag('--skip-search');
const SKIP_INCREMENTAL = flag('--skip-incremental') || SEARCH_ONLY;
const SITE_NOW = value('--now') ?? DEFAULT_SITE_NOW;
/** Build in the project itself instead of a snapshot of it (see snapshotSite). */
const IN_PLACE = flag('--in-place');
/**
 * Cold builds of the site and the floor, alternating (site, floor, floor, site, …). On a shared
 * machine one build can take a quarter longer than the next; the run whose build + index time is the
 * median of its kind is the one every build figure comes from, and the table lists all of them.
 */
const ROUNDS = Math.max(1, Number(value('--rounds') ?? 1));
/** Added to the results' file names (`<date>-<N>-<label>.json`), so a run never overwrites another's. */
const LABEL = value('--label');
if (LABEL !== undefined && !/^[\w.-]+$/.test(LABEL)) throw new Error('--label: alleen letters, cijfers, punt, streepje en liggend streepje');

/** The middle element by a measure (the lower middle of an even count). */
function medianBy<T>(items: T[], measure: (item: T) => number): T {
  const sorted = [...items].sort((a, b) => measure(a) - measure(b));
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
if (!Number.isInteger(N) || N < 10) throw new Error('--practices: een heel getal, minstens 10');

const paths = {
  content: join(WORK, 'content'),
  siteDist: join(WORK, 'site-dist'),
  floorDist: join(WORK, 'floor-dist'),
  siteCache: join(WORK, 'site-cache') + '/',
  floorCache: join(WORK, 'floor-cache') + '/',
  logs: join(WORK, 'logs'),
  generated: join(WORK, 'generate.json'),
  siteRoot: IN_PLACE ? PROJECT_ROOT : join(WORK, 'site-src'),
};
const FLOOR = join(PROJECT_ROOT, 'bench', 'floor');

/**
 * Node's compile cache for one side's builds, inside that side's Astro cache folder, so the same
 * rmSync makes a build cold in both. `astro` turns the cache on (module.enableCompileCache), and
 * it keeps the compiled content-store module: a JavaScript string of the whole store (93 MB at
 * 10,000 practices) that takes V8 about 11 s to compile. Shared between runs in the system's temp
 * folder, it let a "cold" build whose store had not changed skip that (the floor's store never
 * changes; the site's build folder did), and a deploy on a fresh machine never has it. The
 * incremental build keeps it, as a developer's second build would.
 */
const compileCache = (astroCache: string) => join(astroCache, 'node-compile-cache');
const NODE = process.execPath;
const ASTRO = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const PAGEFIND = join(PROJECT_ROOT, 'node_modules', 'pagefind', 'lib', 'runner', 'bin.cjs');

const say = (s: string) => console.log(s);
const mb = (b: number | undefined) => (b === undefined ? '—' : `${(b / 1024 / 1024).toFixed(1)} MB`);
const kb = (b: number | undefined) => (b === undefined ? '—' : `${(b / 1024).toFixed(1)} KB`);
const sec = (ms: number | undefined) => (ms === undefined ? '—' : `${(ms / 1000).toFixed(1)} s`);
const msf = (ms: number | undefined) => (ms === undefined ? '—' : `${Math.round(ms)} ms`);
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? undefined : Math.round((a / b) * 100) / 100);
const rf = (r: number | undefined) => (r === undefined ? '—' : `${r.toFixed(2)}×`);

function version(pkg: string): string {
  try {
    return JSON.parse(readFileSync(join(PROJECT_ROOT, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
}
function git(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'astro.config.mjs'], { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim() !== '';
    return { commit, dirty };
  } catch {
    return { commit: '?', dirty: false };
  }
}

/** A RunResult without its log lines (they are in the log file). */
function summary(r: RunResult) {
  const { lines: _lines, ...rest } = r;
  return rest;
}

function check(r: RunResult, what: string) {
  if (r.exitCode !== 0) {
    const tail = r.lines.slice(-30).map((l) => l.text).join('\n');
    throw new Error(`${what} mislukt (exit ${r.exitCode}). Laatste regels:\n${tail}`);
  }
}

const echo = (line: string) => /\[mao:pagefind\]|page\(s\) built|\[content\] Synced|Completed in|error|Error/.test(line) && !/[├└]─/.test(line);

// --------------------------------------------------------------------------------------------
// Builds

async function buildSite(tag: string) {
  // `npm run build` as a deploy runs it: astro build, then Pagefind in a process of its own, then the swap.
  say(`  site: npm run build (${tag})...`);
  const r = await runMeasured(NODE, [join(paths.siteRoot, 'scripts/build.mjs'), '--config', 'bench/astro.bench.config.mjs', '--outDir', paths.siteDist], {
    cwd: paths.siteRoot,
    // The admin's bundle is kept in the site's cache folder too (cms/admin-cache.ts): a cold round,
    // which empties that folder, bundles it; the incremental build after one change takes it from there.
    env: {
      CONTENT_DIR: paths.content,
      SITE_NOW,
      SITE_URL: 'https://bench.example.nl',
      BENCH_ASTRO_CACHE_DIR: paths.siteCache,
      ADMIN_CACHE_DIR: join(paths.siteCache, 'admin'),
      NODE_COMPILE_CACHE: compileCache(paths.siteCache),
    },
    logFile: join(paths.logs, `site-build-${tag}.log`),
    echo,
  });
  check(r, 'De build van de site');
  const p = phases(r.lines);
  return { run: r, phases: p };
}

async function buildFloor(tag: string) {
  say(`  floor: astro build (${tag})...`);
  const astro = await runMeasured(NODE, [ASTRO, 'build', '--outDir', paths.floorDist], {
    cwd: FLOOR,
    env: { CONTENT_DIR: paths.content, FLOOR_CACHE_DIR: paths.floorCache, NODE_COMPILE_CACHE: compileCache(paths.floorCache) },
    logFile: join(paths.logs, `floor-build-${tag}.log`),
    echo,
  });
  check(astro, 'De build van de floor');
  say(`  floor: pagefind --site (${tag})...`);
  const pagefind = await runMeasured(NODE, [PAGEFIND, '--site', paths.floorDist], { cwd: FLOOR, logFile: join(paths.logs, `floor-pagefind-${tag}.log`) });
  check(pagefind, 'Pagefind voor de floor');
  return { astro, pagefind, phases: phases(astro.lines) };
}

// --------------------------------------------------------------------------------------------

function indexSizes(dist: string) {
  const pf = join(dist, 'pagefind');
  const entry = join(pf, 'pagefind-entry.json');
  return {
    dist: dirSize(dist),
    pagefind: dirSize(pf),
    pagefindIndex: dirSize(join(pf, 'index')),
    pagefindFragments: dirSize(join(pf, 'fragment')),
    pagefindFilters: dirSize(join(pf, 'filter')),
    pagefindEntryBytes: existsSync(entry) ? readFileSync(entry).length : 0,
  };
}

/** Gzip size and script use of every practice page (the aim: no JavaScript, under 25 KB gzip). */
function allPracticePages(dist: string, ids: string[], prefix: string) {
  const gz: number[] = [];
  let withScript = 0;
  let maxPath = '';
  let max = 0;
  for (const id of ids) {
    const file = join(dist, prefix, id, 'index.html');
    if (!existsSync(file)) continue;
    const html = readFileSync(file);
    const size = gzipSync(html).length;
    gz.push(size);
    if (size > max) {
      max = size;
      maxPath = `${prefix}/${id}/`;
    }
    const text = html.toString('utf8');
    for (const m of text.matchAll(/<script\b([^>]*)>/gi)) {
      const type = /type\s*=\s*["']?([^"'\s>]+)/i.exec(m[1]!)?.[1]?.toLowerCase();
      if (!type || type === 'module' || type.includes('javascript')) {
        withScript++;
        break;
      }
    }
  }
  gz.sort((a, b) => a - b);
  return { pages: gz.length, medianGzipBytes: gz[gz.length >> 1] ?? 0, maxGzipBytes: max, maxGzipPath: maxPath, pagesWithScript: withScript };
}

function changeOnePractice(id: string) {
  const file = join(paths.content, 'practices', `${id}.md`);
  const text = readFileSync(file, 'utf8');
  const changed = text
    .replace(/^updated: .*\n/m, '')
    .replace(/^draft: false$/m, `updated: "2026-11-22"\ndraft: false`)
    .replace(/\n## Lessen\n/, '\nDeze zin is toegevoegd voor de incrementele build.\n\n## Lessen\n');
  writeFileSync(file, changed);
}

// --------------------------------------------------------------------------------------------

async function main() {
  const date = new Date().toISOString().slice(0, 10);
  const started = Date.now();
  say(`Benchmark: ${N} praktijkvoorbeelden, seed ${SEED}, werkmap ${WORK}`);
  const env = { ...machine(), astro: version('astro'), pagefind: version('pagefind'), playwright: version('playwright-core'), git: git() };
  say(`  machine: ${env.nproc} cores (${env.cpuModel}), ${mb(env.memoryBytes)}, Node ${env.node}; astro ${env.astro}, pagefind ${env.pagefind}; site ${env.git.commit}${env.git.dirty ? ' (met wijzigingen)' : ''}`);
  mkdirSync(paths.logs, { recursive: true });

  // 1. Content
  let gen: GenerateResult & { validation?: { ms: number; problems: number; entries: number } };
  if (SEARCH_ONLY) {
    gen = JSON.parse(readFileSync(paths.generated, 'utf8'));
  } else {
    say('1. Content genereren...');
    gen = generate({ practices: N, out: paths.content, seed: SEED, log: say });
    say(`  ${Object.entries(gen.counts).map(([k, v]) => `${v} ${k}`).join(', ')}; ${mb(gen.bytes)}; ${gen.generateMs} ms`);
    const v = await validate(paths.content);
    say(`  loadContent: ${v.entries} bestanden, ${v.problems.length} problemen (${v.ms} ms)`);
    if (v.problems.length) {
      for (const p of v.problems.slice(0, 20)) say(`    ${p}`);
      throw new Error('De gegenereerde content is niet geldig volgens src/model/');
    }
    gen.validation = { ms: v.ms, problems: 0, entries: v.entries };
    writeFileSync(paths.generated, JSON.stringify(gen, null, 2));
  }
  const practiceIds = readdirSync(join(paths.content, 'practices')).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort();
  const samplePractice = practiceIds[0]!;

  // 2. Builds
  let site: Awaited<ReturnType<typeof buildSite>> | undefined;
  let floor: Awaited<ReturnType<typeof buildFloor>> | undefined;
  const siteRounds: Awaited<ReturnType<typeof buildSite>>[] = [];
  const floorRounds: Awaited<ReturnType<typeof buildFloor>>[] = [];
  let srcHash: string | undefined;
  if (!SEARCH_ONLY) {
    say('2. Builds...');
    srcHash = IN_PLACE ? treeHash(join(PROJECT_ROOT, 'src')) : snapshotSite(paths.siteRoot);
    say(`  site: ${IN_PLACE ? 'in het project' : `kopie in ${paths.siteRoot}`} (src ${srcHash})`);
    rmSync(paths.siteCache, { recursive: true, force: true });
    rmSync(paths.floorCache, { recursive: true, force: true });
    site = await buildSite('eerste');
    say(`  site: ${sec(site.run.wallMs)}, piek ${mb(site.run.peakTreeRssBytes)}`);
    if (!SKIP_FLOOR) {
      floor = await buildFloor('eerste');
      say(`  floor: astro ${sec(floor.astro.wallMs)} + pagefind ${sec(floor.pagefind.wallMs)}`);
    }
    siteRounds.push(site);
    if (floor) floorRounds.push(floor);
    for (let round = 2; round <= ROUNDS; round++) {
      // Alternate which goes first, so neither always builds on a machine the other just warmed or loaded.
      const order = round % 2 === 0 ? ['floor', 'site'] : ['site', 'floor'];
      for (const which of order) {
        if (which === 'site') {
          rmSync(paths.siteCache, { recursive: true, force: true });
          const again = await buildSite(`ronde-${round}`);
          say(`  site (ronde ${round}): ${sec(again.run.wallMs)}`);
          siteRounds.push(again);
        } else if (!SKIP_FLOOR) {
          rmSync(paths.floorCache, { recursive: true, force: true });
          const again = await buildFloor(`ronde-${round}`);
          say(`  floor (ronde ${round}): astro ${sec(again.astro.wallMs)} + pagefind ${sec(again.pagefind.wallMs)}`);
          floorRounds.push(again);
        }
      }
    }
    site = medianBy(siteRounds, (r) => r.run.wallMs);
    if (floorRounds.length) floor = medianBy(floorRounds, (r) => r.astro.wallMs + r.pagefind.wallMs);
  }

  // 2b. The same Pagefind, as a separate process on the site's dist (as the floor runs it): how much
  // of the site's Pagefind time and memory is the index itself, and how much running it inside astro.
  let sitePagefindCli: Awaited<ReturnType<typeof runMeasured>> | undefined;
  if (!SEARCH_ONLY && !flag('--skip-pagefind-cli')) {
    say('  site: pagefind --site (apart, ter vergelijking)...');
    const outDir = join(WORK, 'site-pagefind-cli');
    rmSync(outDir, { recursive: true, force: true });
    sitePagefindCli = await runMeasured(NODE, [PAGEFIND, '--site', paths.siteDist, '--output-path', outDir], { cwd: WORK, logFile: join(paths.logs, 'site-pagefind-cli.log') });
    check(sitePagefindCli, 'Pagefind (apart) voor de site');
    rmSync(outDir, { recursive: true, force: true });
  }

  // 3. Weights and sizes
  say('3. Gewicht van pagina\'s en index...');
  const siteSizes = indexSizes(paths.siteDist);
  const floorSizes = !SKIP_FLOOR && existsSync(paths.floorDist) ? indexSizes(paths.floorDist) : undefined;
  const sitePages: Record<string, PageWeight> = {
    practice: pageWeight(paths.siteDist, `/praktijkvoorbeelden/${samplePractice}/`),
    home: pageWeight(paths.siteDist, '/'),
    search: pageWeight(paths.siteDist, '/zoeken/'),
    practiceList: pageWeight(paths.siteDist, '/praktijkvoorbeelden/'),
  };
  const floorPages: Record<string, PageWeight> | undefined = floorSizes ? { practice: pageWeight(paths.floorDist, `/${samplePractice}/`) } : undefined;
  const siteAllPractices = allPracticePages(paths.siteDist, practiceIds, '/praktijkvoorbeelden');
  const floorAllPractices = floorSizes ? allPracticePages(paths.floorDist, practiceIds, '') : undefined;
  const profile: TypeProfile[] = site ? profileByType(paths.siteDist, site.run.lines) : [];

  // 4. Search
  let search: Measured[] = [];
  if (!SKIP_SEARCH) {
    say(`4. Zoeken in Chromium (${REPS}× per woord en manier)...`);
    const words = [gen.markers.rare.word, gen.markers.medium.word, gen.markers.common.word];
    const siteServer = await serve(paths.siteDist);
    const floorServer = floorSizes ? await serve(paths.floorDist) : undefined;
    try {
      const targets: Target[] = [{ site: 'site', server: siteServer, modes: ['api', 'ui', 'url', 'filter', 'typo-url', 'typo-ui'] as Mode[], apiPage: `/praktijkvoorbeelden/${samplePractice}/` }];
      if (floorServer) targets.push({ site: 'floor', server: floorServer, modes: ['api', 'link'], apiPage: `/${samplePractice}/` });
      search = await measureSearch(targets, words, REPS, say);
    } finally {
      await siteServer.close();
      await floorServer?.close();
    }
  }

  // 5. Incremental
  let siteIncremental: Awaited<ReturnType<typeof buildSite>> | undefined;
  let floorIncremental: Awaited<ReturnType<typeof buildFloor>> | undefined;
  if (!SKIP_INCREMENTAL) {
    say(`5. Incrementele build na een wijziging in ${gen.incrementalPractice}...`);
    changeOnePractice(gen.incrementalPractice);
    siteIncremental = await buildSite('incrementeel');
    if (!SKIP_FLOOR) floorIncremental = await buildFloor('incrementeel');
  }

  // --------------------------------------------------------------------------------------------
  // Figures, ratios, aims

  const floorBuildMs = floor ? floor.astro.wallMs + floor.pagefind.wallMs : undefined;
  const floorPeak = floor ? Math.max(floor.astro.peakTreeRssBytes, floor.pagefind.peakTreeRssBytes) : undefined;
  const floorCpu = floor && floor.astro.cpuS !== undefined && floor.pagefind.cpuS !== undefined ? floor.astro.cpuS + floor.pagefind.cpuS : undefined;
  const sitePagefindMs = site?.phases.pagefindMs;
  const siteAstroOnlyMs = site && sitePagefindMs !== undefined ? site.run.wallMs - sitePagefindMs : undefined;
  const find = (s: string, mode: Mode, w: string) => search.find((m) => m.site === s && m.mode === mode && m.word === w);

  type Row = { figure: string; site?: number; floor?: number; unit: 'ms' | 's' | 'MB' | 'KB' | 'n' | 'cpu'; ratio?: number };
  const rows: Row[] = [];
  const row = (figure: string, s: number | undefined, f: number | undefined, unit: Row['unit']) => rows.push({ figure, site: s, floor: f, unit, ratio: ratio(s, f) });
  if (site) {
    row('build + index, wall (site: npm run build = astro build, then Pagefind apart; floor: astro build + pagefind CLI)', site.run.wallMs, floorBuildMs, 's');

    row('  astro build without Pagefind, wall', siteAstroOnlyMs, floor?.astro.wallMs, 's');
    row('  Pagefind, wall', sitePagefindMs, floor?.pagefind.wallMs, 's');
    row('  startup: config, integrations (site: the content check), until the content sync', site.phases.startupMs, floor?.phases.startupMs, 's');
    row('  content sync (from the log)', site.phases.contentSyncMs, floor?.phases.contentSyncMs, 's');
    row('  bundling (from the log)', site.phases.bundleMs, floor?.phases.bundleMs, 's');
    row('  page rendering (from the log)', site.phases.renderMs, floor?.phases.renderMs, 's');
    row('build + index, CPU user+sys', site.run.cpuS, floorCpu, 'cpu');
    row('  … sampled from /proc: also processes nobody waits for (esbuild\'s service for the admin)', site.run.sampledCpuS, floor ? floor.astro.sampledCpuS + floor.pagefind.sampledCpuS : undefined, 'cpu');
    row('peak RSS, whole process tree (sampled)', site.run.peakTreeRssBytes, floorPeak, 'MB');
    row('  astro build peak RSS (floor)', undefined, floor?.astro.peakTreeRssBytes, 'MB');
    row('  pagefind peak RSS (floor)', undefined, floor?.pagefind.peakTreeRssBytes, 'MB');
    if (sitePagefindCli) {
      row('  Pagefind as a separate process on the site\'s dist (pagefind CLI): wall', sitePagefindCli.wallMs, floor?.pagefind.wallMs, 's');
      row('  … its CPU user+sys', sitePagefindCli.cpuS, floor?.pagefind.cpuS, 'cpu');
      row('  … its peak RSS', sitePagefindCli.peakTreeRssBytes, floor?.pagefind.peakTreeRssBytes, 'MB');
    }
    row('max RSS of one process (/usr/bin/time)', site.run.maxSingleRssBytes, floor ? Math.max(floor.astro.maxSingleRssBytes ?? 0, floor.pagefind.maxSingleRssBytes ?? 0) : undefined, 'MB');
    row('pages built', site.phases.pages, floor?.phases.pages, 'n');
  }
  row('dist/ size', siteSizes.dist.bytes, floorSizes?.dist.bytes, 'MB');
  row('dist/ files', siteSizes.dist.files, floorSizes?.dist.files, 'n');
  row('search index (dist/pagefind) size', siteSizes.pagefind.bytes, floorSizes?.pagefind.bytes, 'MB');
  row('  index chunks', siteSizes.pagefindIndex.bytes, floorSizes?.pagefindIndex.bytes, 'MB');
  row('  fragments', siteSizes.pagefindFragments.bytes, floorSizes?.pagefindFragments.bytes, 'MB');
  row('  filter chunks', siteSizes.pagefindFilters.bytes, floorSizes?.pagefindFilters.bytes, 'MB');
  row('  pagefind-entry.json', siteSizes.pagefindEntryBytes, floorSizes?.pagefindEntryBytes, 'KB');
  row('practice page HTML, raw', sitePages.practice!.htmlBytes, floorPages?.practice!.htmlBytes, 'KB');
  row('practice page HTML, gzip', sitePages.practice!.htmlGzipBytes, floorPages?.practice!.htmlGzipBytes, 'KB');
  row('practice pages HTML gzip, median of all', siteAllPractices.medianGzipBytes, floorAllPractices?.medianGzipBytes, 'KB');
  row('practice pages HTML gzip, largest', siteAllPractices.maxGzipBytes, floorAllPractices?.maxGzipBytes, 'KB');
  row('practice page JavaScript', sitePages.practice!.jsBytes, floorPages?.practice!.jsBytes, 'KB');
  row('practice pages with a script', siteAllPractices.pagesWithScript, floorAllPractices?.pagesWithScript, 'n');
  row('home page HTML, raw', sitePages.home!.htmlBytes, undefined, 'KB');
  row('home page HTML, gzip', sitePages.home!.htmlGzipBytes, undefined, 'KB');
  row('home page JavaScript', sitePages.home!.jsBytes, undefined, 'KB');
  row('/zoeken/ HTML gzip', sitePages.search!.htmlGzipBytes, undefined, 'KB');
  row('/zoeken/ JavaScript (own, without Pagefind)', sitePages.search!.jsBytes, undefined, 'KB');
  row('/praktijkvoorbeelden/ HTML gzip', sitePages.practiceList!.htmlGzipBytes, undefined, 'KB');
  for (const level of ['rare', 'medium', 'common'] as const) {
    const w = gen.markers[level].word;
    const fa = find('floor', 'api', w);
    const fLink = find('floor', 'link', w);
    if (fLink) {
      row(`search ${level} "${w}" (${fLink.results} results, floor): shared link, bare page + Pagefind API from DOMContentLoaded, time`, undefined, fLink.medianMs, 'ms');
      row(`search ${level} "${w}" (floor): shared link, bytes`, undefined, fLink.medianBytes, 'KB');
    }
    for (const mode of ['api', 'ui', 'url'] as Mode[]) {
      const s = find('site', mode, w);
      if (!s) continue;
      const label = mode === 'api' ? 'Pagefind API on a practice page' : mode === 'ui' ? '/zoeken/ typed (incl. 150 ms debounce)' : '/zoeken/?q= page load to results';
      // A shared link is held against the floor's shared link (page load included), the rest against its API call.
      const f = mode === 'url' && fLink ? fLink : fa;
      const against = mode === 'url' && fLink ? ' (floor: its shared link)' : '';
      row(`search ${level} "${w}" (${s.results} results): ${label}, time${against}`, s.medianMs, f?.medianMs, 'ms');
      row(`search ${level} "${w}": ${label}, bytes${against}`, s.medianBytes, f?.medianBytes, 'KB');
      if (mode === 'url' && fLink && fa) row(`search ${level} "${w}": ${label}, time against the floor's API call on an idle page`, s.medianMs, fa.medianMs, 'ms');
      if (mode === 'ui') {
        const qb = [...s.samples.map((x) => x.queryBytes ?? 0)].sort((a, b) => a - b)[s.samples.length >> 1];
        row(`search ${level} "${w}": ${label}, bytes after typing (the rest loads with the page)`, qb, fa?.medianBytes, 'KB');
      }
      if (s.medianCountsMs !== undefined) {
        row(`search ${level} "${w}": ${label}, until the filter counts show, time`, s.medianCountsMs, undefined, 'ms');
        row(`search ${level} "${w}": ${label}, until the filter counts show, bytes${mode === 'ui' ? ' (after typing)' : ''}`, s.medianCountsBytes, undefined, 'KB');
      }
    }
  }
  const fo = find('site', 'filter', gen.markers.rare.word);
  if (fo) {
    row(`search on filters alone, ${FILTER_ONLY_PATH} (${fo.results} results): page load to results, time`, fo.medianMs, undefined, 'ms');
    row(`search on filters alone: page load to results, bytes`, fo.medianBytes, undefined, 'KB');
    if (fo.medianCountsMs !== undefined) row(`search on filters alone: page load to counts, time`, fo.medianCountsMs, undefined, 'ms');
    if (fo.medianCountsBytes !== undefined) row(`search on filters alone: page load to counts, bytes`, fo.medianCountsBytes, undefined, 'KB');
  }
  const rareWord = gen.markers.rare.word;
  for (const mode of ['typo-url', 'typo-ui'] as Mode[]) {
    const t = find('site', mode, rareWord);
    if (!t) continue;
    const label = mode === 'typo-url' ? '/zoeken/?q=' : '/zoeken/ typed';
    row(`"Bedoel je …?" for "${typo(rareWord)}" (${t.results} results; suggests ${JSON.stringify(t.samples[0]?.suggestion ?? '')}), ${label}: from the "no results" state to the suggestion, time`, t.medianMs, undefined, 'ms');
    row(`"Bedoel je …?", ${label}: bytes fetched in that time`, t.medianBytes, undefined, 'KB');
    row(`"Bedoel je …?", ${label}: from ${mode === 'typo-url' ? 'navigation start' : 'typing (incl. 150 ms debounce)'} to the suggestion, time`, t.medianFromStartMs, undefined, 'ms');
  }
  if (siteIncremental) {
    row('incremental build after one change, wall', siteIncremental.run.wallMs, floorIncremental ? floorIncremental.astro.wallMs + floorIncremental.pagefind.wallMs : undefined, 's');
    row('  of which astro build', siteIncremental.phases.pagefindMs !== undefined ? siteIncremental.run.wallMs - siteIncremental.phases.pagefindMs : undefined, floorIncremental?.astro.wallMs, 's');
    row('  of which Pagefind', siteIncremental.phases.pagefindMs, floorIncremental?.pagefind.wallMs, 's');
    row('  startup (site: the content check)', siteIncremental.phases.startupMs, floorIncremental?.phases.startupMs, 's');
    row('  content sync', siteIncremental.phases.contentSyncMs, floorIncremental?.phases.contentSyncMs, 's');
    row('  page rendering', siteIncremental.phases.renderMs, floorIncremental?.phases.renderMs, 's');
    row('  CPU user+sys', siteIncremental.run.cpuS, floorIncremental && floorIncremental.astro.cpuS !== undefined && floorIncremental.pagefind.cpuS !== undefined ? floorIncremental.astro.cpuS + floorIncremental.pagefind.cpuS : undefined, 'cpu');
    row('  CPU user+sys, sampled from /proc', siteIncremental.run.sampledCpuS, floorIncremental ? floorIncremental.astro.sampledCpuS + floorIncremental.pagefind.sampledCpuS : undefined, 'cpu');
  }

  const fmt = (v: number | undefined, unit: Row['unit']) =>
    unit === 's' ? sec(v) : unit === 'ms' ? msf(v) : unit === 'MB' ? mb(v) : unit === 'KB' ? kb(v) : unit === 'cpu' ? (v === undefined ? '—' : `${v.toFixed(1)} s`) : v === undefined ? '—' : String(v);

  // Aims (issue 8, at 10,000 practices; checked at every size)
  const sr = (level: 'rare' | 'medium' | 'common') => find('site', 'api', gen.markers[level].word);
  const su = (level: 'rare' | 'medium' | 'common') => find('site', 'ui', gen.markers[level].word);
  const fl = (level: 'rare' | 'medium' | 'common') => find('floor', 'api', gen.markers[level].word);
  const aims: { aim: string; value: string; ok: boolean | undefined }[] = [];
  const aim = (text: string, v: string, ok: boolean | undefined) => aims.push({ aim: text, value: v, ok });
  if (site) {
    const rb = ratio(site.run.wallMs, floorBuildMs);
    aim('build + index within 1.3× of the floor (wall)', rf(rb), rb === undefined ? undefined : rb <= 1.3);
    const rc = ratio(site.run.cpuS, floorCpu);
    aim('  (same, CPU time: steadier on a busy machine)', rf(rc), rc === undefined ? undefined : rc <= 1.3);
    const rm = ratio(site.run.peakTreeRssBytes, floorPeak);
    aim('peak memory within 1.3× of the floor', rf(rm), rm === undefined ? undefined : rm <= 1.3);
  }
  for (const level of ['rare', 'medium', 'common'] as const) {
    const a = sr(level);
    const expected = gen.markers[level].practices;
    if (a) aim(`(check) the site's index finds "${gen.markers[level].word}" on its ${expected} practices`, `${a.results} results${fl(level) ? `, floor ${fl(level)!.results}` : ''}`, a.results >= expected);
  }
  aim('practice pages: no JavaScript', `${siteAllPractices.pagesWithScript} pages with a script, ${kb(sitePages.practice!.jsBytes)}`, siteAllPractices.pagesWithScript === 0 && sitePages.practice!.jsBytes === 0);
  aim('practice pages under 25 KB gzip HTML', `largest ${kb(siteAllPractices.maxGzipBytes)}`, siteAllPractices.maxGzipBytes < 25 * 1024);
  for (const level of ['rare', 'medium'] as const) {
    const a = sr(level);
    const u = su(level);
    if (a) aim(`first search for a ${level} word within 300 ms (API)`, msf(a.medianMs), a.medianMs <= 300);
    if (u) aim(`first search for a ${level} word within 300 ms (/zoeken/, after the debounce)`, msf(u.medianMs - 150), u.medianMs - 150 <= 300);
  }
  for (const level of ['rare', 'medium', 'common'] as const) {
    const u = find('site', 'url', gen.markers[level].word);
    const link = find('floor', 'link', gen.markers[level].word);
    const f = fl(level);
    if (u && link) {
      const r = ratio(u.medianMs, link.medianMs)!;
      aim(`shared link /zoeken/?q= (${level}) within 1.5× of the floor's shared link (bare page + Pagefind API, page load included)`, `${msf(u.medianMs)} against ${msf(link.medianMs)}, ${rf(r)}`, r <= 1.5);
    }
    if (u && f) {
      const r = ratio(u.medianMs, f.medianMs)!;
      aim(`(for comparison, not an aim) shared link /zoeken/?q= (${level}) against the floor's API call on an idle page, no page load`, `${msf(u.medianMs)}, ${rf(r)}`, undefined);
    }
  }
  const suggested = (['typo-url', 'typo-ui'] as Mode[]).map((mode) => find('site', mode, gen.markers.rare.word));
  if (suggested.some(Boolean)) {
    aim(`"Bedoel je …?" within 150 ms of "no results" (/zoeken/?q=, typed)`, suggested.map((t) => msf(t?.medianMs)).join(', '), suggested.every((t) => t && t.medianMs <= 150));
  }
  for (const level of ['rare', 'medium', 'common'] as const) {
    const a = sr(level);
    const f = fl(level);
    if (a && f) {
      const rt = ratio(a.medianMs, f.medianMs)!;
      const rb = ratio(a.medianBytes, f.medianBytes)!;
      aim(`${level} query within 1.3× of the floor's time and bytes (API)`, `${rf(rt)} time, ${rf(rb)} bytes`, rt <= 1.3 && rb <= 1.3);
    }
  }

  // --------------------------------------------------------------------------------------------
  // Report

  const lines: string[] = [];
  lines.push(`## ${N} praktijkvoorbeelden — ${date}`, '');
  lines.push(`Machine: ${env.nproc} cores (${env.cpuModel}), ${mb(env.memoryBytes)} RAM, Node ${env.node}, astro ${env.astro}, pagefind ${env.pagefind}, site at ${env.git.commit}${env.git.dirty ? ' + uncommitted changes in src/' : ''} (src/ snapshot ${srcHash ?? '—'}). Load average before/after the site build: ${site ? `${site.run.loadBefore.toFixed(1)} / ${site.run.loadAfter.toFixed(1)}` : '—'}.`);
  lines.push(`Content: ${Object.entries(gen.counts).map(([k, v]) => `${v} ${k}`).join(', ')}; practice bodies ${gen.bodyWords.min}–${gen.bodyWords.max} words (mean ${gen.bodyWords.mean}); seed ${gen.seed}.`);
  if (siteRounds.length > 1 || floorRounds.length > 1) {
    const list = (values: number[]) => values.map((v) => (v / 1000).toFixed(1)).join(' / ');
    lines.push(`Builds: ${ROUNDS} rounds of cold builds, site and floor alternating; build + index wall per round: site ${list(siteRounds.map((r) => r.run.wallMs))} s, floor ${list(floorRounds.map((r) => r.astro.wallMs + r.pagefind.wallMs))} s. Every build figure below is from each side's median round.`);
  }
  lines.push(`Search words: rare "${gen.markers.rare.word}" (${gen.markers.rare.practices} practices), medium "${gen.markers.medium.word}" (${gen.markers.medium.practices}), common "${gen.markers.common.word}" (all ${gen.markers.common.practices}, and other pages). Medians of ${REPS} fresh pages.`, '');
  lines.push('| figure | site | floor | site / floor |', '| --- | ---: | ---: | ---: |');
  for (const r of rows) lines.push(`| ${r.figure} | ${fmt(r.site, r.unit)} | ${fmt(r.floor, r.unit)} | ${rf(r.ratio)} |`);
  lines.push('', '| aim | value | met |', '| --- | --- | --- |');
  for (const a of aims) lines.push(`| ${a.aim} | ${a.value} | ${a.ok === undefined ? '—' : a.ok ? 'yes' : '**no**'} |`);
  if (profile.length) {
    lines.push('', 'Site profile by page type (render time from Astro\'s per-page log, HTML bytes on disk). The site renders four pages at a time (`build.concurrency`), so a page\'s logged time includes the others in flight: the totals add up to about four times the rendering phase. Compare the types with each other, not with the phase.', '');
    lines.push('| page type | pages | render total | slowest page | HTML total | largest page |', '| --- | ---: | ---: | ---: | ---: | ---: |');
    for (const p of profile.slice(0, 25)) {
      lines.push(`| ${p.type} | ${p.pages} | ${sec(p.renderMs)} | ${msf(p.maxRenderMs)} ${p.maxRenderPath ? `(${p.maxRenderPath})` : ''} | ${mb(p.htmlBytes)} | ${kb(p.maxHtmlBytes)} |`);
    }
  }
  const report = lines.join('\n');
  say('\n' + report + '\n');

  const result = {
    date,
    practices: N,
    seed: SEED,
    reps: REPS,
    rounds: {
      site: siteRounds.map((r) => ({ wallMs: r.run.wallMs, cpuS: r.run.cpuS, phases: r.phases })),
      floor: floorRounds.map((r) => ({ astroWallMs: r.astro.wallMs, pagefindWallMs: r.pagefind.wallMs, phases: r.phases })),
    },
    durationS: Math.round((Date.now() - started) / 1000),
    machine: env,
    srcHash,
    inPlace: IN_PLACE,
    workDir: WORK,
    generate: gen,
    site: {
      build: site ? { ...summary(site.run), phases: site.phases } : undefined,
      incremental: siteIncremental ? { ...summary(siteIncremental.run), phases: siteIncremental.phases } : undefined,
      sizes: siteSizes,
      pages: sitePages,
      practicePages: siteAllPractices,
      profile,
    },
    sitePagefindCli: sitePagefindCli ? summary(sitePagefindCli) : undefined,
    floor: floor || floorSizes
      ? {
          build: floor ? { astro: { ...summary(floor.astro), phases: floor.phases }, pagefind: summary(floor.pagefind) } : undefined,
          incremental: floorIncremental ? { astro: { ...summary(floorIncremental.astro), phases: floorIncremental.phases }, pagefind: summary(floorIncremental.pagefind) } : undefined,
          sizes: floorSizes,
          pages: floorPages,
          practicePages: floorAllPractices,
        }
      : undefined,
    search,
    table: rows,
    aims,
  };
  const dir = join(PROJECT_ROOT, 'bench', 'results');
  mkdirSync(dir, { recursive: true });
  const base = `${date}-${N}${LABEL ? `-${LABEL}` : ''}${SEARCH_ONLY ? '-search' : ''}`;
  writeFileSync(join(dir, `${base}.json`), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(dir, `${base}.md`), report + '\n');
  say(`Resultaten: bench/results/${base}.json en .md (logs in ${paths.logs})`);
  if (flag('--clean')) rmSync(WORK, { recursive: true, force: true });
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
