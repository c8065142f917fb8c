/**
 * Search under `npm start` (issue 17): how long until the dev server has a fresh search index, with N
 * practices. See bench/README.md.
 *
 *   node bench/dev-search.ts --practices 1000          (default 1000)
 *   node bench/dev-search.ts --practices 1000 --reps 5 --work /tmp/x --seed 1 --clean
 *
 * It generates the content set (bench/generate.ts, same seed as `npm run bench`) into <work>/content,
 * starts `astro dev` on it in a copy of the project with the search integration
 * (src/integrations/pagefind-dev.ts), and reads the dev server's own log lines
 * ("zoekindex voor npm start: N pagina's (X ms)"):
 *
 *   start     from starting `astro dev` to the first index written (what a first-time user waits);
 *   first     the first index alone (every page rendered for the first time, Vite compiling);
 *   restart   `astro dev` stopped and started again with nothing changed: from the start to the index
 *             of the last start being served (kept in Astro's cache folder, pagefind-dev.ts);
 *   save      after a practice is changed (as a save in the CMS does): the change seen by the watcher
 *             to the new index written, --reps times (median); each time one practice's body changes.
 *   pulled    `astro dev` stopped, two more practices changed (as a `git pull` does), started again:
 *             from the start to the fresh index (the saved one served first, then the pages of the
 *             changed practices asked for), and to every page rendered and indexed again after it.
 *
 * Results: bench/results/<date>-dev-search-<N>.json and .md.
 */
import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEFAULT_SEED, generate, PROJECT_ROOT, validate } from './generate.ts';
import { machine } from './lib/proc.ts';
import { copyProject, freePort, removeProject, run, type Running } from '../tests/support/cms-project.ts';
import { benchArgs } from './lib/args.ts';
import { median } from './lib/median.ts';

const { flag, value } = benchArgs();
const N = Number(value('--practices') ?? 1000);
const SEED = Number(value('--seed') ?? DEFAULT_SEED);
const REPS = Math.max(1, Number(value('--reps') ?? 3));
const WORK = resolve(value('--work') ?? join(tmpdir(), `mao-bench-dev-search-${N}`));
const TIMEOUT_MS = Number(value('--timeout') ?? 600_000);
if (!Number.isInteger(N) || N < 10) throw new Error('--practices: een heel getal, minstens 10');

const say = (s: string) => console.log(s);
const LINE = /zoekindex voor npm start: (\d+) pagina's \((\d+) ms;/g;

/** The index lines the dev server has printed so far. */
function indexLines(site: Running, line: RegExp = LINE): { pages: number; ms: number }[] {
  return [...site.output().matchAll(line)].map((m) => ({ pages: Number(m[1]), ms: Number(m[2]) }));
}

/** The last index line as printed (with the time spent asking the dev server for pages). */
function lastLine(site: Running): string {
  return [...site.output().matchAll(/zoekindex voor npm start: [^\n]*/g)].at(-1)?.[0] ?? '';
}

/** The line of an index taken from the last start (pagefind-dev.ts, devIndexedMessage). */
const REUSED = /zoekindex voor npm start: (\d+) pagina's van de vorige start[^(\n]*\((\d+) ms\)/g;

async function nextIndex(site: Running, seen: number, line: RegExp = LINE): Promise<{ pages: number; ms: number; at: number }> {
  const until = Date.now() + TIMEOUT_MS;
  while (Date.now() < until) {
    if (site.child.exitCode !== null) throw new Error(`astro dev stopte:\n${site.output()}`);
    if (/zoekindex voor npm start mislukt/.test(site.output())) throw new Error(`de zoekindex mislukte:\n${site.output()}`);
    const lines = indexLines(site, line);
    if (lines.length > seen) return { ...lines[seen]!, at: Date.now() };
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`geen nieuwe zoekindex binnen ${TIMEOUT_MS} ms:\n${site.output()}`);
}

async function main() {
  const date = new Date().toISOString().slice(0, 10);
  say(`Zoeken onder npm start: ${N} praktijkvoorbeelden, seed ${SEED}, werkmap ${WORK}`);
  const content = join(WORK, 'content');
  const meta = join(WORK, 'generate.json');
  const existing = existsSync(meta) ? (JSON.parse(readFileSync(meta, 'utf8')) as { practices: number; seed: number }) : undefined;
  if (existing?.practices === N && existing.seed === SEED && !flag('--regenerate')) say(`1. Content: hergebruikt uit ${content}`);
  else {
    say('1. Content genereren...');
    const gen = generate({ practices: N, out: content, seed: SEED, log: () => {} });
    const v = await validate(content);
    if (v.problems.length) throw new Error(`De gegenereerde content is niet geldig:\n${v.problems.slice(0, 10).join('\n')}`);
    say(`  ${gen.practices} praktijkvoorbeelden (${gen.generateMs} ms)`);
    writeFileSync(meta, JSON.stringify({ practices: N, seed: SEED }));
  }

  const dir = copyProject({ search: true });
  const port = await freePort();
  const loadBefore = loadavg()[0]!;
  say('2. astro dev starten en wachten op de eerste zoekindex...');
  const started = Date.now();
  const startDev = () =>
    run(process.execPath, [join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)], dir, {
      NODE_ENV: 'development',
      ASTRO_TELEMETRY_DISABLED: '1',
      CONTENT_DIR: content,
    });
  let site = startDev();
  const stop = () => void site.stop().then(() => removeProject(dir)).finally(() => process.exit(1));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const first = await nextIndex(site, 0);
    const startMs = first.at - started;
    say(`  eerste index: ${lastLine(site)}; vanaf de start van astro dev: ${startMs} ms`);

    say('3. astro dev opnieuw starten, niets veranderd: de index van de vorige start...');
    // The first full index is kept in Astro's cache folder (the copy's .astro-cache) once made.
    const about = join(dir, '.astro-cache', 'dev-search-index', 'saved.json');
    for (const until = Date.now() + TIMEOUT_MS; !existsSync(about); await new Promise((r) => setTimeout(r, 100))) {
      if (Date.now() > until) throw new Error(`de zoekindex werd niet bewaard (${about})`);
    }
    await site.stop();
    const restarted = Date.now();
    site = startDev();
    const again = await nextIndex(site, 0, REUSED);
    const restartMs = again.at - restarted;
    say(`  ${lastLine(site)}; vanaf de start van astro dev: ${restartMs} ms`);

    say(`4. ${REPS}× een praktijkvoorbeeld wijzigen en wachten op de nieuwe index...`);
    const practices = readdirSync(join(content, 'practices')).filter((f) => f.endsWith('.md')).sort();
    const saves: number[] = [];
    /** From writing the file to the new index written, the watcher's wait included. */
    const walls: number[] = [];
    for (let i = 0; i < REPS; i++) {
      const file = join(content, 'practices', practices[(i * 97) % practices.length]!);
      const seen = indexLines(site).length;
      const saved = Date.now();
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nGewijzigd voor de meting, keer ${i + 1}.\n`);
      const next = await nextIndex(site, seen);
      saves.push(next.ms);
      walls.push(next.at - saved);
      say(`  keer ${i + 1}: ${lastLine(site)}`);
      // The dev index asks for the changed page once more after 2 s (and indexes again if it changed
      // since): let that pass before the next change.
      await new Promise((r) => setTimeout(r, 4000));
      const extra = indexLines(site).length - seen - 1;
      if (extra > 0) say(`  (daarna nog ${extra}× geïndexeerd: de pagina was bij de eerste vraag nog niet bijgewerkt)`);
    }
    say('5. astro dev gestopt, twee praktijkvoorbeelden gewijzigd (zoals na een git pull), opnieuw gestart...');
    await site.stop();
    for (let i = 0; i < 2; i++) {
      const file = join(content, 'practices', practices[(i * 89 + 7) % practices.length]!);
      writeFileSync(file, `${readFileSync(file, 'utf8').trimEnd()}\n\nGewijzigd terwijl de server stil stond, keer ${i + 1}.\n`);
    }
    const pulled = Date.now();
    site = startDev();
    const reusedAgain = await nextIndex(site, 0, REUSED);
    const stale = Number(/van de vorige start, (\d+) pagina/.exec(lastLine(site))?.[1] ?? 0);
    say(`  ${lastLine(site)}`);
    const fresh = await nextIndex(site, 0);
    const pulledMs = fresh.at - pulled;
    say(`  ${lastLine(site)}; vanaf de start van astro dev: ${pulledMs} ms`);
    const refreshed = await nextIndex(site, 1);
    const refreshMs = refreshed.at - pulled;
    say(`  ${lastLine(site)}; vanaf de start van astro dev: ${refreshMs} ms`);
    if (reusedAgain.at > fresh.at) throw new Error('de index van de vorige start kwam na de verse index');

    const result = { date, practices: N, seed: SEED, reps: REPS, machine: machine(), loadBefore, loadAfter: loadavg()[0]!, pages: first.pages, startMs, firstMs: first.ms, restartMs, saveMs: saves, saveMedianMs: median(saves), saveWallMs: walls, saveWallMedianMs: median(walls), stale, pulledMs, refreshMs };
    const base = join(PROJECT_ROOT, 'bench', 'results', `${date}-dev-search-${N}`);
    writeFileSync(`${base}.json`, `${JSON.stringify(result, null, 2)}\n`);
    const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
    const md = [
      `# Zoeken onder npm start, ${N} praktijkvoorbeelden (${date})`,
      '',
      `\`node bench/dev-search.ts --practices ${N} --reps ${REPS}\`; ${result.pages} pagina's in de index; load average ${loadBefore.toFixed(1)} → ${result.loadAfter.toFixed(1)}.`,
      '',
      '| meting | tijd |',
      '| --- | ---: |',
      `| start van astro dev → eerste index | ${s(startMs)} |`,
      `| eerste index (alle pagina's voor het eerst gerenderd) | ${s(first.ms)} |`,
      `| opnieuw gestart, niets veranderd: start van astro dev → de index van de vorige start | ${s(restartMs)} |`,
      `| na een wijziging: nieuwe index maken (mediaan van ${REPS}) | ${s(result.saveMedianMs)} |`,
      `| na een wijziging: bestand opgeslagen → nieuwe index (mediaan) | ${s(result.saveWallMedianMs)} |`,
      `| opnieuw gestart, ${stale} praktijkvoorbeelden veranderd: start van astro dev → verse index | ${s(pulledMs)} |`,
      `| … → alle pagina's opnieuw gerenderd en geïndexeerd (op de achtergrond) | ${s(refreshMs)} |`,
      '',
    ];
    writeFileSync(`${base}.md`, md.join('\n'));
    say(`\n${md.join('\n')}`);
  } finally {
    await site.stop();
    removeProject(dir);
    if (flag('--clean')) rmSync(WORK, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
