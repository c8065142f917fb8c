/**
 * `npm run build` (scripts/build.mjs) replaces the output folder only when the whole build succeeded.
 * Against the small valid fixture set, in this run's own folder (never the project's dist/):
 * 1. a good build writes the site;
 * 2. a build that fails late — an MDX page that passes the content check but throws while Astro
 *    renders it, after Astro has started writing its output — exits non-zero, says so, and leaves the
 *    previous output byte for byte, with no temporary folder beside it;
 * 3. a build that fails early (the content check) does the same;
 * 4. the next good build replaces the output, leaves no temporary or old folder either, and removes
 *    the folder a killed build left;
 * 5. a build with the previous build's cache renders again only the Markdown bodies that changed
 *    (src/lib/entry-html.ts), and shows the changed one;
 * 6. the CMS admin is bundled in a process of its own beside Astro (scripts/build-admin.ts), and a
 *    failing admin bundle fails the build the same way, with its own message.
 * Each build runs the real script with the tests' Astro config (its own cache dir, see
 * tests/support/astro.test.config.mjs) and CONTENT_DIR, as global-setup.ts does.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { joinFrontMatter, splitFrontMatter, type Data } from '../support/content-fixture.ts';
import { listFiles } from '../support/dist.ts';
import { tail } from '../support/build-result.ts';
import { PROJECT_ROOT, VALID_FIXTURES } from '../support/paths.ts';

const runDir = inject('runDir');
const work = join(runDir, 'build-safety');
const outDir = join(work, 'site');
/** One content folder, rewritten before each build, as a repository's content/ changes between builds. */
const contentDir = join(work, 'content');
const PRACTICE_PAGE = 'praktijkvoorbeelden/voorbeeldpraktijk/index.html';

interface Run {
  code: number | null;
  output: string;
}

/**
 * The valid fixture set in the content folder, with `change` applied (`edit` changes one file's
 * front matter; `write` adds a file).
 */
function content(change: (c: { edit(rel: string, f: (d: Data) => void): void; write(rel: string, text: string): void }) => void = () => {}): void {
  rmSync(contentDir, { recursive: true, force: true });
  cpSync(VALID_FIXTURES, contentDir, { recursive: true });
  change({
    edit(rel, f) {
      const { data, body } = splitFrontMatter(readFileSync(join(contentDir, rel), 'utf8'));
      f(data);
      writeFileSync(join(contentDir, rel), joinFrontMatter(data, body));
    },
    write: (rel, text) => writeFileSync(join(contentDir, rel), text),
  });
}

let builds = 0;
/**
 * `node scripts/build.mjs --outDir <work>/site` with CONTENT_DIR=<work>/content and an Astro cache of
 * its own (a fresh one each time: a removed page must not linger in the content-layer store).
 * Its output goes to a file, not a pipe, so a helper process that outlives the build cannot hold it.
 */
function build(cache = join(work, `cache-${++builds}`), env: Record<string, string> = {}): Run {
  const log = join(work, 'build.log');
  const fd = openSync(log, 'w');
  try {
    const run = spawnSync(process.execPath, ['scripts/build.mjs', '--config', 'tests/support/astro.test.config.mjs', '--outDir', relative(PROJECT_ROOT, outDir)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CONTENT_DIR: relative(PROJECT_ROOT, contentDir), TEST_ASTRO_CACHE_DIR: cache, SITE_NOW: '2026-11-23T12:00:00+01:00', ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
      stdio: ['ignore', fd, fd],
      // An upper bound for a stuck build, not a timing: a build takes ~30 s on an idle 2-core machine.
      timeout: 280_000,
    });
    return { code: run.status, output: readFileSync(log, 'utf8') + (run.error ? `\n${run.error.message}` : '') };
  } finally {
    closeSync(fd);
  }
}

/** Every file of a folder with the SHA-256 of its bytes. */
function snapshot(dir: string): Record<string, string> {
  return Object.fromEntries(listFiles(dir).map((rel) => [rel, createHash('sha256').update(readFileSync(join(dir, rel))).digest('hex')]));
}

/** What sits beside the output folder that is not the output folder, the content or a cache. */
const leftovers = () => readdirSync(work).filter((name) => name.startsWith('site.'));

describe('npm run build swaps in a new site only when the build succeeded', { timeout: 300_000 }, () => {
  let first: Record<string, string>;

  beforeAll(() => {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work, { recursive: true });
  });

  test('a good build writes the site', () => {
    content();
    const run = build();
    expect(run.code, tail(run.output)).toBe(0);
    expect(existsSync(join(outDir, 'index.html'))).toBe(true);
    expect(existsSync(join(outDir, 'pagefind/pagefind.js')), 'the search index is in the swapped-in folder').toBe(true);
    expect(existsSync(join(outDir, 'pagefind/mao-facets.json.gz')), 'the facet table is beside it').toBe(true);
    // Pagefind ran after Astro had exited, in a process of its own (so their memory is never held at once).
    const deferred = run.output.indexOf('zoekindex: volgt na de build');
    const indexed = run.output.search(/\[mao:pagefind\] \d+ pagina's in de zoekindex/);
    expect(deferred, tail(run.output)).toBeGreaterThan(-1);
    expect(indexed).toBeGreaterThan(deferred);
    expect(existsSync(join(outDir, 'admin/index.html')), 'the CMS admin is in the swapped-in folder').toBe(true);
    expect(existsSync(join(outDir, 'admin/admin.js'))).toBe(true);
    // The admin was bundled beside Astro, in a process of its own, not inside Astro's build.
    expect(run.output).toContain('/admin/: gebouwd in een eigen proces naast de build');
    expect(run.output).toMatch(/\[mao:cms\] \/admin\/ gebouwd: admin\.js/);
    expect(run.output).toContain('Klaar: de nieuwe site staat in');
    expect(leftovers()).toEqual([]);
    first = snapshot(outDir);
  });

  test('a page that fails while rendering: exit non-zero, the previous site byte for byte, no temporary folder', () => {
    expect(first, 'needs the first build').toBeDefined();
    // Valid front matter (the content check passes), but the page throws when Astro renders it.
    content((c) => c.write('pages/kapot.mdx', '---\ntitle: Kapot\ndescription: Deze pagina breekt tijdens het bouwen.\n---\nTekst.\n\n{(() => { throw new Error("Kapotte pagina tijdens het renderen") })()}\n'));
    const run = build();
    expect(run.code, tail(run.output)).not.toBe(0);
    expect(run.code).not.toBe(null);
    // It failed late: Astro was writing into the temporary folder, and rendering failed.
    expect(run.output).toMatch(/directory: .*\/site\.new-\d+\//);
    expect(run.output).toContain('Kapotte pagina tijdens het renderen');
    expect(run.output).not.toContain('De content heeft');
    expect(run.output).toContain('De build is mislukt');
    expect(run.output).toContain('The build failed');
    expect(snapshot(outDir)).toEqual(first);
    expect(leftovers()).toEqual([]);
  });

  test('content the check refuses: the same', () => {
    content((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.themes = ['bestaat-niet'])));
    const run = build();
    expect(run.code, tail(run.output)).not.toBe(0);
    expect(run.output).toContain('De content heeft');
    expect(run.output).toContain('De build is mislukt');
    expect(snapshot(outDir)).toEqual(first);
    expect(leftovers()).toEqual([]);
  });

  test('the next good build replaces the site, and removes folders left by a killed build', () => {
    expect(first, 'needs the first build').toBeDefined();
    // A build that was killed left its folder; its process id is not running (Linux's highest is 4194304).
    const abandoned = join(work, 'site.new-4194303');
    mkdirSync(abandoned);
    writeFileSync(join(abandoned, 'half.html'), '<p>half');
    const abandonedAdmin = join(work, 'site.admin-4194303');
    mkdirSync(abandonedAdmin);
    writeFileSync(join(abandonedAdmin, 'admin.js'), '/* half */');
    content((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.title = 'Een vernieuwde voorbeeldpraktijk')));
    const run = build();
    expect(run.code, tail(run.output)).toBe(0);
    expect(readFileSync(join(outDir, PRACTICE_PAGE), 'utf8')).toContain('Een vernieuwde voorbeeldpraktijk');
    expect(snapshot(outDir)[PRACTICE_PAGE]).not.toBe(first[PRACTICE_PAGE]);
    expect(leftovers()).toEqual([]);
  });

  test('an admin that cannot be bundled: exit non-zero with its message, the previous site byte for byte', () => {
    content();
    const before = build();
    expect(before.code, tail(before.output)).toBe(0);
    const good = snapshot(outDir);
    // A Git host without its repository: Astro builds the site, the admin's own process refuses.
    const run = build(undefined, { CMS_BACKEND: 'github', CMS_REPO: '' });
    expect(run.code, tail(run.output)).not.toBe(0);
    expect(run.output).toContain('/admin/ bouwen mislukt');
    expect(run.output).toContain('CMS_REPO');
    expect(run.output).toContain('De build is mislukt');
    expect(snapshot(outDir)).toEqual(good);
    expect(leftovers()).toEqual([]);
  });

  test('a build with the previous cache renders only the bodies that changed, and shows them', () => {
    const cache = join(work, 'cache-incremental');
    rmSync(cache, { recursive: true, force: true });
    content();
    const run = build(cache);
    expect(run.code, tail(run.output)).toBe(0);
    // Mark the saved HTML of a news item that will not change: the next build must take it from the
    // cache, not render its Markdown again.
    const saved = join(cache, 'mao-entry-html', 'news.json');
    const file = JSON.parse(readFileSync(saved, 'utf8')) as { version: number; bodies: Record<string, [string, string]> };
    expect(Object.keys(file.bodies)).toContain('voorbeeldnieuws');
    file.bodies.voorbeeldnieuws![1] = '<p>Uit-de-cache-Kramsvogel</p>';
    writeFileSync(saved, JSON.stringify(file));
    content((c) => {
      const rel = 'practices/voorbeeldpraktijk.md';
      c.write(rel, `${readFileSync(join(contentDir, rel), 'utf8').trimEnd()}\n\nEen nieuwe alinea over de Wielewaal.\n`);
    });
    const again = build(cache);
    expect(again.code, tail(again.output)).toBe(0);
    expect(readFileSync(join(outDir, 'nieuws/voorbeeldnieuws/index.html'), 'utf8')).toContain('Uit-de-cache-Kramsvogel');
    expect(readFileSync(join(outDir, PRACTICE_PAGE), 'utf8')).toContain('Een nieuwe alinea over de Wielewaal.');
  });
});
