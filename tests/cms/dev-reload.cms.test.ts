/**
 * `astro dev`, as an editor uses it through the local CMS: a saved file shows on the site at once.
 * The collections are loaded from the content check (src/content.config.ts), so this checks that
 * a change, a new file, a refused change and a removed file each reach the running site: a refused
 * change (a field the schema refuses, or YAML that cannot be read) is named in the terminal (file,
 * field, found, allowed) and the page keeps its last good version; a practice whose body starts with a horizontal rule keeps all of its text.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { copyProject, freePort, removeProject, startSite, type Running } from '../support/cms-project.ts';

const ID = 'dokwerk-gorinchem';
let dir = '';
let site: Running | undefined;
let base = '';

async function page(path: string): Promise<{ status: number; html: string }> {
  const res = await fetch(`${base}${path}`);
  return { status: res.status, html: await res.text() };
}

/** Poll until the page satisfies `ok` (the watcher and the store update take a moment). */
async function until(path: string, ok: (p: { status: number; html: string }) => boolean, what: string): Promise<{ status: number; html: string }> {
  const deadline = Date.now() + 30_000;
  let last = { status: 0, html: '' };
  while (Date.now() < deadline) {
    last = await page(path);
    if (ok(last)) return last;
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what}: ${path} gaf ${last.status}\n${site?.output().slice(-3000)}`);
}

describe('astro dev reloads content that an editor saves', () => {
  beforeAll(async () => {
    dir = copyProject();
    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    site = await startSite(dir, port, {});
  }, 120_000);

  afterAll(async () => {
    await site?.stop();
    if (dir) removeProject(dir);
  });

  const file = () => join(dir, 'content', 'practices', `${ID}.md`);
  let pristine = '';
  beforeAll(() => {
    pristine = readFileSync(file(), 'utf8');
  });
  // A failed step must not leave a broken file behind for the next test.
  afterEach(() => writeFileSync(file(), pristine));

  it('shows a changed title, and keeps the last good version of a refused change', async () => {
    const first = await until(`/praktijkvoorbeelden/${ID}/`, (p) => p.status === 200, 'de pagina');
    expect(first.html).toContain('Dokwerk: vmbo-lesstof');

    const original = pristine;

    // A save in two steps, as the CMS's local server and many editors do it: the file is emptied,
    // then written. The site must wait for the whole file, not report an empty one.
    const before = site!.output().length;
    const fd = openSync(file(), 'w');
    await new Promise((r) => setTimeout(r, 60));
    writeSync(fd, original.replace(/^title: .*$/m, 'title: "Dokwerk in twee stappen"'));
    closeSync(fd);
    await until(`/praktijkvoorbeelden/${ID}/`, (p) => p.html.includes('Dokwerk in twee stappen'), 'de titel na een opslag in twee stappen');
    await new Promise((r) => setTimeout(r, 500));
    expect(site!.output().slice(before)).not.toMatch(/dokwerk-gorinchem\.md: bestand: gevonden een leeg bestand/);

    writeFileSync(file(), original.replace(/^title: .*$/m, 'title: "Dokwerk vernieuwd"'));
    await until(`/praktijkvoorbeelden/${ID}/`, (p) => p.html.includes('Dokwerk vernieuwd'), 'de nieuwe titel');
    writeFileSync(file(), original.replace(/^title: .*$/m, 'title: ""'));
    const deadline = Date.now() + 30_000;
    while (!/practices\/dokwerk-gorinchem\.md: title/.test(site!.output()) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 300));
    expect(site!.output()).toMatch(/content\/practices\/dokwerk-gorinchem\.md: title \(Titel\): gevonden .*; toegestaan: /);
    const kept = await page(`/praktijkvoorbeelden/${ID}/`);
    expect(kept.status).toBe(200);
    expect(kept.html).toContain('Dokwerk vernieuwd');

    // YAML that cannot be read at all (a field twice): named with its line, and the page stays too.
    writeFileSync(file(), original.replace(/^(title: .*)$/m, '$1\ntitle: "Nog een titel"'));
    const yamlDeadline = Date.now() + 30_000;
    while (!/dokwerk-gorinchem\.md: front matter/.test(site!.output()) && Date.now() < yamlDeadline) await new Promise((r) => setTimeout(r, 300));
    expect(site!.output()).toMatch(/content\/practices\/dokwerk-gorinchem\.md: front matter: gevonden YAML die niet te lezen is \(regel 3: /);
    const stillThere = await page(`/praktijkvoorbeelden/${ID}/`);
    expect(stillThere.status).toBe(200);
    expect(stillThere.html).toContain('Dokwerk vernieuwd');
    writeFileSync(file(), original);
  }, 90_000);

  it('shows a new practice, with a body that starts with a horizontal rule, and drops a removed one', async () => {
    const fresh = join(dir, 'content', 'practices', 'nieuw-voorbeeld-test.md');
    const original = pristine;
    const frontMatter = original.slice(0, original.indexOf('\n---', 4) + 4).replace(/^title: .*$/m, 'title: "Nieuw voorbeeld"');
    writeFileSync(fresh, `${frontMatter}\n---\n\nEerste alinea na een lijn.\n\n---\n\nTweede alinea.\n`);
    const shown = await until('/praktijkvoorbeelden/nieuw-voorbeeld-test/', (p) => p.status === 200 && p.html.includes('Nieuw voorbeeld'), 'het nieuwe voorbeeld');
    expect(shown.html).toContain('Eerste alinea na een lijn.');
    expect(shown.html).toContain('Tweede alinea.');
    expect(shown.html).toMatch(/<hr\s*\/?>/);

    rmSync(fresh);
    await until('/praktijkvoorbeelden/nieuw-voorbeeld-test/', (p) => p.status === 404, 'het verwijderde voorbeeld');
  }, 90_000);
});
