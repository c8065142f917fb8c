/**
 * The scaling table: the newest bench/results/<date>-<N>.json for every N side by side, with the
 * cost per practice, so growth faster than linear shows.
 *
 *   node bench/scaling.ts            (prints Markdown)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from './generate.ts';

interface Phases { startupMs?: number; contentSyncMs?: number; bundleMs?: number; renderMs?: number; pagefindMs?: number }
interface Run { wallMs: number; cpuS?: number; peakTreeRssBytes: number; loadBefore: number; loadAfter: number; phases?: Phases }
interface Search { site: string; mode: string; word: string; medianMs: number; medianBytes: number; results: number; samples: { queryBytes?: number }[] }
interface Weight { htmlBytes: number; htmlGzipBytes: number; jsBytes: number }
interface Result {
  date: string;
  search: Search[];
  generate: { markers: Record<'rare' | 'medium' | 'common', { word: string }> };
  machine: { astro: string; pagefind: string; git: { commit: string } };
  practices: number;
  srcHash?: string;
  site: { build?: Run; incremental?: Run; sizes: { pagefind: { bytes: number }; dist: { bytes: number } }; pages: Record<string, Weight>; practicePages: { maxGzipBytes: number; pagesWithScript: number } };
  floor?: { build?: { astro: Run; pagefind: Run }; incremental?: { astro: Run; pagefind: Run }; sizes?: { pagefind: { bytes: number }; dist: { bytes: number } }; pages?: Record<string, Weight> };
  sitePagefindCli?: Run;
}

const dir = join(PROJECT_ROOT, 'bench', 'results');
const latest = new Map<number, Result>();
for (const name of readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}-\d+\.json$/.test(f)).sort()) {
  const r = JSON.parse(readFileSync(join(dir, name), 'utf8')) as Result;
  if (r.site.build) latest.set(r.practices, r);
}
const rows = [...latest.values()].sort((a, b) => a.practices - b.practices);
const s = (ms?: number) => (ms === undefined ? '—' : (ms / 1000).toFixed(0));
const r2 = (a?: number, b?: number) => (a === undefined || b === undefined || !b ? '—' : (a / b).toFixed(2));
const mb = (b?: number) => (b === undefined ? '—' : (b / 1048576).toFixed(0));

const out: string[] = [];
out.push('| practices | site build+index s | floor s | ratio | site CPU s | floor CPU s | ratio | site peak MB | floor MB | ratio | ms/practice site | ms/practice floor | load avg |');
out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const site = r.site.build!;
  const f = r.floor?.build;
  const fWall = f ? f.astro.wallMs + f.pagefind.wallMs : undefined;
  const fCpu = f && f.astro.cpuS !== undefined && f.pagefind.cpuS !== undefined ? f.astro.cpuS + f.pagefind.cpuS : undefined;
  const fPeak = f ? Math.max(f.astro.peakTreeRssBytes, f.pagefind.peakTreeRssBytes) : undefined;
  out.push(
    `| ${r.practices} | ${s(site.wallMs)} | ${s(fWall)} | ${r2(site.wallMs, fWall)} | ${site.cpuS?.toFixed(0) ?? '—'} | ${fCpu?.toFixed(0) ?? '—'} | ${r2(site.cpuS, fCpu)} | ${mb(site.peakTreeRssBytes)} | ${mb(fPeak)} | ${r2(site.peakTreeRssBytes, fPeak)} | ${(site.wallMs / r.practices).toFixed(1)} | ${fWall ? (fWall / r.practices).toFixed(1) : '—'} | ${site.loadBefore.toFixed(0)} |`,
  );
}
out.push('', 'Phases (seconds, site / floor):', '');
out.push('| practices | startup (content check) | content sync | bundling | page rendering | Pagefind | incremental build |');
out.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  const p = r.site.build!.phases ?? {};
  const fp = r.floor?.build?.astro.phases ?? {};
  const inc = r.site.incremental;
  const finc = r.floor?.incremental;
  out.push(
    `| ${r.practices} | ${s(p.startupMs)} / ${s(fp.startupMs)} | ${s(p.contentSyncMs)} / ${s(fp.contentSyncMs)} | ${s(p.bundleMs)} / ${s(fp.bundleMs)} | ${s(p.renderMs)} / ${s(fp.renderMs)} | ${s(p.pagefindMs)} / ${s(r.floor?.build?.pagefind.wallMs)} | ${s(inc?.wallMs)} / ${s(finc ? finc.astro.wallMs + finc.pagefind.wallMs : undefined)} |`,
  );
}
out.push('', 'Pages, index and first search (site / floor; search: median of fresh pages, Pagefind API on a practice page; /zoeken/ typed includes the 150 ms debounce):', '');
out.push('| practices | src | dist MB | index MB | practice page gzip KB (largest) | home gzip KB | JS on practice pages | rare ms | rare KB | medium ms | medium KB | common ms | common KB | /zoeken/ typed rare / medium / common ms |');
out.push('| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
const kb = (b?: number) => (b === undefined ? '—' : (b / 1024).toFixed(0));
for (const r of rows) {
  const find = (site: string, mode: string, level: 'rare' | 'medium' | 'common') => r.search.find((m) => m.site === site && m.mode === mode && m.word === r.generate.markers[level].word);
  const pair = (level: 'rare' | 'medium' | 'common', what: 'ms' | 'kb') => {
    const a = find('site', 'api', level);
    const f = find('floor', 'api', level);
    return what === 'ms' ? `${a?.medianMs ?? '—'} / ${f?.medianMs ?? '—'}` : `${kb(a?.medianBytes)} / ${kb(f?.medianBytes)}`;
  };
  const ui = (['rare', 'medium', 'common'] as const).map((l) => find('site', 'ui', l)?.medianMs ?? '—').join(' / ');
  out.push(
    `| ${r.practices} | ${r.machine.git.commit} ${r.srcHash ?? ''} | ${mb(r.site.sizes.dist.bytes)} / ${mb(r.floor?.sizes?.dist.bytes)} | ${(r.site.sizes.pagefind.bytes / 1048576).toFixed(1)} / ${r.floor?.sizes ? (r.floor.sizes.pagefind.bytes / 1048576).toFixed(1) : '—'} | ${(r.site.pages.practice!.htmlGzipBytes / 1024).toFixed(1)} (${(r.site.practicePages.maxGzipBytes / 1024).toFixed(1)}) / ${r.floor?.pages ? (r.floor.pages.practice!.htmlGzipBytes / 1024).toFixed(1) : '—'} | ${(r.site.pages.home!.htmlGzipBytes / 1024).toFixed(1)} | ${r.site.practicePages.pagesWithScript} pages, ${kb(r.site.pages.practice!.jsBytes)} KB | ${pair('rare', 'ms')} | ${pair('rare', 'kb')} | ${pair('medium', 'ms')} | ${pair('medium', 'kb')} | ${pair('common', 'ms')} | ${pair('common', 'kb')} | ${ui} |`,
  );
}
console.log(out.join('\n'));
