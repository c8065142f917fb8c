/**
 * Two (or more) builds of the site measured against each other in one browser, interleaved rep by
 * rep (bench/lib/search.ts), with the floor's API search beside them: for a before/after of a
 * change to the search page on a shared machine, where two separate runs differ by more than the
 * change. Uses the work folder of `npm run bench` (its content, generate.json and floor-dist).
 *
 *   node bench/ab-search.ts --work /tmp/mao-bench-1000 --site before=/tmp/dist-a --site after=/tmp/dist-b \
 *     [--modes url,typo-url,typo-ui] [--reps 9]
 *
 * Prints a table of medians (time, and the ratio to the floor's API search for the same word).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serve, type CountingServer } from './lib/serve.ts';
import { measureSearch, typo, type Mode, type Target } from './lib/search.ts';

const argv = process.argv.slice(2);
const values = (name: string) => argv.flatMap((a, i) => (a === name && argv[i + 1] ? [argv[i + 1]!] : []));
const WORK = resolve(values('--work')[0] ?? '');
const REPS = Math.max(3, Number(values('--reps')[0] ?? 9));
const MODES = (values('--modes')[0] ?? 'url,typo-url,typo-ui').split(',') as Mode[];
const SITES = values('--site').map((s) => {
  const [name, dist] = s.split('=');
  if (!name || !dist || !existsSync(dist)) throw new Error(`--site ${s}: naam=map van een gebouwde site`);
  return { name, dist: resolve(dist) };
});
if (!values('--work')[0] || SITES.length === 0) throw new Error('Gebruik: --work <werkmap van npm run bench> --site naam=map [--site naam=map]');

async function main() {
  const gen = JSON.parse(readFileSync(join(WORK, 'generate.json'), 'utf8')) as { markers: Record<'rare' | 'medium' | 'common', { word: string }> };
  const words = [gen.markers.rare.word, gen.markers.medium.word, gen.markers.common.word];
  // The practice page the API search runs on: the first practice, as npm run bench takes it.
  const practice = readdirSync(join(WORK, 'content', 'practices')).filter((f) => f.endsWith('.md')).sort()[0]!.slice(0, -3);
  const servers: CountingServer[] = [];
  const targets: Target[] = [];
  for (const site of SITES) {
    const server = await serve(site.dist);
    servers.push(server);
    targets.push({ site: site.name, server, modes: MODES, apiPage: `/praktijkvoorbeelden/${practice}/` });
  }
  const floorDist = join(WORK, 'floor-dist');
  if (existsSync(floorDist)) {
    const server = await serve(floorDist);
    servers.push(server);
    targets.push({ site: 'floor', server, modes: ['api'], apiPage: `/${practice}/` });
  }
  const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
  const loadBefore = load();
  let measured;
  try {
    measured = await measureSearch(targets, words, REPS, (s) => console.log(s));
  } finally {
    for (const s of servers) await s.close();
  }
  console.log(`\nLoad average (1, 5, 15 min) before: ${loadBefore}; after: ${load()}. Medians of ${REPS}, interleaved.\n`);
  console.log(`| measurement | ${SITES.map((s) => s.name).join(' | ')} |`);
  console.log(`| --- | ${SITES.map(() => '---:').join(' | ')} |`);
  const find = (site: string, mode: Mode, word: string) => measured.find((m) => m.site === site && m.mode === mode && m.word === word);
  for (const word of words) {
    const floor = find('floor', 'api', word);
    if (floor) console.log(`| floor API "${word}" | ${SITES.map(() => `${floor.medianMs} ms`).join(' | ')} |`);
    for (const mode of MODES) {
      const label = mode.startsWith('typo') ? `${mode} "${typo(word)}": no results → suggestion` : `${mode} "${word}"`;
      const cells = SITES.map((s) => {
        const m = find(s.name, mode, word);
        if (!m) return '';
        const r = floor && !mode.startsWith('typo') ? ` (${(m.medianMs / floor.medianMs).toFixed(2)}×)` : '';
        const extra = m.medianFromStartMs !== undefined ? `; from start ${m.medianFromStartMs} ms` : '';
        return `${m.medianMs} ms${r}, ${(m.medianBytes / 1024).toFixed(1)} KB${extra}`;
      });
      if (cells.some(Boolean)) console.log(`| ${label} | ${cells.join(' | ')} |`);
    }
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
