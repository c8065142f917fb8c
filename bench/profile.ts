/**
 * Where does the site's build spend its time? Build a generated content root (from an earlier
 * `npm run bench` work folder) with V8's CPU profiler on, then add the samples up:
 * self and inclusive time per package / project file / bundled chunk, and the heaviest functions.
 *
 *   node bench/profile.ts --work /tmp/mao-bench-1000 [--target site|floor] [--top 40] [--in-place]
 *
 * Timings under the profiler are slower than a normal build; read the shares, not the seconds. The
 * build is cold, Node's compile cache included (see bench/run.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { PROJECT_ROOT, DEFAULT_SITE_NOW } from './generate.ts';
import { runMeasured } from './lib/proc.ts';
import { snapshotSite } from './lib/snapshot.ts';
import { benchArgs } from './lib/args.ts';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; children?: number[] }
interface CpuProfile { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number }

const { argv, value } = benchArgs();
const WORK = resolve(value('--work') ?? join(tmpdir(), 'mao-bench-1000'));
const TARGET = value('--target') ?? 'site';
const TOP = Number(value('--top') ?? 40);
const content = join(WORK, 'content');
if (!existsSync(content)) throw new Error(`Geen content in ${content}: draai eerst npm run bench -- --practices N --work ${WORK}`);

/** Group a script URL: a package, a project file, a bundled chunk of the build, or Node itself. */
export function category(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  if (url.startsWith('node:')) return `node:${url.slice(5).split('/')[0]}`;
  const path = url.replace(/^file:\/\//, '');
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = path.slice(nm + 14).split('/');
    return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (path.startsWith(PROJECT_ROOT + '/')) return path.slice(PROJECT_ROOT.length + 1);
  const snapshot = /\/(?:profile-)?site-src\/(.*)$/.exec(path);
  if (snapshot) return snapshot[1]!;
  if (path.includes('/.prerender/') || path.includes('/chunks/') || path.includes('/pages/')) return `build chunk ${basename(path)}`;
  return path;
}

function analyse(profiles: CpuProfile[]) {
  const self = new Map<string, number>();
  const incl = new Map<string, number>();
  const fnSelf = new Map<string, number>();
  const fnIncl = new Map<string, number>();
  let total = 0;
  for (const p of profiles) {
    const byId = new Map(p.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    // For each node: the categories and functions on its stack (computed once, memoised).
    const stackCats = new Map<number, { cats: Set<string>; fns: Set<string> }>();
    const stackOf = (id: number): { cats: Set<string>; fns: Set<string> } => {
      const known = stackCats.get(id);
      if (known) return known;
      const chain: number[] = [];
      let cur: number | undefined = id;
      while (cur !== undefined && !stackCats.has(cur)) {
        chain.push(cur);
        cur = parent.get(cur);
      }
      let base = cur !== undefined ? stackCats.get(cur)! : { cats: new Set<string>(), fns: new Set<string>() };
      for (let i = chain.length - 1; i >= 0; i--) {
        const n = byId.get(chain[i]!)!;
        const cats = new Set(base.cats);
        const fns = new Set(base.fns);
        cats.add(category(n.callFrame.url, n.callFrame.functionName));
        fns.add(fnKey(n.callFrame));
        base = { cats, fns };
        stackCats.set(n.id, base);
      }
      return base;
    };
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (p.timeDeltas[i] ?? 0) / 1000;
      const node = byId.get(p.samples[i]!)!;
      const cat = category(node.callFrame.url, node.callFrame.functionName);
      if (cat === '(idle)') continue;
      total += dt;
      self.set(cat, (self.get(cat) ?? 0) + dt);
      const key = fnKey(node.callFrame);
      fnSelf.set(key, (fnSelf.get(key) ?? 0) + dt);
      const s = stackOf(node.id);
      for (const c of s.cats) incl.set(c, (incl.get(c) ?? 0) + dt);
      for (const f of s.fns) fnIncl.set(f, (fnIncl.get(f) ?? 0) + dt);
    }
  }
  return { total, self, incl, fnSelf, fnIncl };
}

function fnKey(f: CallFrame): string {
  const where = f.url ? `${category(f.url, f.functionName)}:${f.lineNumber + 1}` : '';
  return `${f.functionName || '(anonymous)'} ${where}`.trim();
}

async function main() {
  const dir = join(WORK, `cpuprofile-${TARGET}`);
  const out = join(WORK, `profile-dist-${TARGET}`);
  const cache = join(WORK, `profile-cache-${TARGET}`) + '/';
  for (const d of [dir, out, cache]) rmSync(d, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  mkdirSync(join(WORK, 'logs'), { recursive: true });
  const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
  const site = TARGET === 'site';
  const siteRoot = argv.includes('--in-place') ? PROJECT_ROOT : join(WORK, 'profile-site-src');
  if (site && siteRoot !== PROJECT_ROOT) snapshotSite(siteRoot);
  console.log(`Profiel van de build (${TARGET}) van ${content}...`);
  const r = await runMeasured(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, astro, 'build', ...(site ? ['--config', 'bench/astro.bench.config.mjs'] : []), '--outDir', out],
    {
      cwd: site ? siteRoot : join(PROJECT_ROOT, 'bench', 'floor'),
      env: site
        ? { CONTENT_DIR: content, SITE_NOW: DEFAULT_SITE_NOW, SITE_URL: 'https://bench.example.nl', BENCH_ASTRO_CACHE_DIR: cache, ADMIN_CACHE_DIR: join(cache, 'admin'), NODE_COMPILE_CACHE: join(cache, 'node-compile-cache') }
        : { CONTENT_DIR: content, FLOOR_CACHE_DIR: cache, NODE_COMPILE_CACHE: join(cache, 'node-compile-cache') },
      logFile: join(WORK, 'logs', `profile-${TARGET}.log`),
    },
  );
  if (r.exitCode !== 0) throw new Error(`build mislukt, zie ${join(WORK, 'logs', `profile-${TARGET}.log`)}`);
  const profiles = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile')).map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
  const a = analyse(profiles);
  const pct = (ms: number) => `${((ms / a.total) * 100).toFixed(1)} %`;
  const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const top = (m: Map<string, number>, n: number) => [...m.entries()].sort((x, y) => y[1] - x[1]).slice(0, n);
  const lines: string[] = [];
  lines.push(`# CPU profile: ${TARGET} build of ${content}`, '', `Wall ${s(r.wallMs)}, CPU samples ${s(a.total)} (excluding idle) in ${profiles.length} profile(s).`, '');
  lines.push('## Self time by package / file', '', '| where | self | share |', '| --- | ---: | ---: |');
  for (const [k, v] of top(a.self, TOP)) lines.push(`| ${k} | ${s(v)} | ${pct(v)} |`);
  lines.push('', '## Inclusive time by package / file (time with it anywhere on the stack)', '', '| where | inclusive | share |', '| --- | ---: | ---: |');
  for (const [k, v] of top(a.incl, TOP)) lines.push(`| ${k} | ${s(v)} | ${pct(v)} |`);
  lines.push('', '## Functions by self time', '', '| function | self | share |', '| --- | ---: | ---: |');
  for (const [k, v] of top(a.fnSelf, TOP)) lines.push(`| ${k} | ${s(v)} | ${pct(v)} |`);
  lines.push('', '## Functions by inclusive time', '', '| function | inclusive | share |', '| --- | ---: | ---: |');
  for (const [k, v] of top(a.fnIncl, TOP * 2)) lines.push(`| ${k} | ${s(v)} | ${pct(v)} |`);
  const report = lines.join('\n') + '\n';
  const file = join(WORK, `profile-${TARGET}.md`);
  writeFileSync(file, report);
  console.log(report);
  console.log(`Geschreven: ${file}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
