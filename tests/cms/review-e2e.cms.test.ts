/**
 * The review flow end to end, in Chromium: `npm start` (scripts/start.mjs) in a copy of the project
 * that is a Git repository made for the test, so the admin talks to the review server
 * (cms/review/server.ts) and the site is `astro dev` on the copy's working tree.
 *
 * A region saves a new practice as a concept (the site does not show it), sends it for review, the
 * bureau sends it back, approves it and publishes it: the site shows it without a restart. A concept
 * is deleted. And the faults: a second editor saving the same entry is told and keeps their text; a
 * branch deleted outside the CMS does not break the board; an entry made invalid outside the CMS
 * cannot go to review; a conflicting change on main is refused with nothing half-merged; the Media
 * tab cannot publish an upload around review; the developer's own uncommitted changes are untouched.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumOrSkip, control, fillPractice, openBrowser, screenshotOnFailure, type AdminBrowser } from './admin-page.ts';
import { copyProject, freePort, initGit, removeProject, run, waitFor, type Running } from '../support/cms-project.ts';

describe.skipIf(!chromiumOrSkip('de browsertest van de beoordeling'))('the review flow in Chromium, on a Git repository made for the test', () => {
  let dir = '';
  let start: Running | undefined;
  let ui: AdminBrowser | undefined;
  let page: Page;
  let base = '';
  let api = '';
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C' } }).trim();
  const branches = () => git('for-each-ref', '--format=%(refname:short)', 'refs/heads/cms/').split('\n').filter(Boolean);
  const status = (path: string) => fetch(`${base}${path}`).then((r) => r.status);

  beforeAll(async () => {
    dir = copyProject();
    initGit(dir);
    // The developer's own work, which the CMS must leave alone: a changed file and a new one.
    writeFileSync(join(dir, 'README.md'), readFileSync(join(dir, 'README.md'), 'utf8') + '\nMijn eigen aantekening.\n');
    writeFileSync(join(dir, 'mijn-notities.txt'), 'nog niet vastgelegd\n');
    const [sitePort, cmsPort] = [await freePort(), await freePort()];
    start = run(process.execPath, [join(dir, 'scripts', 'start.mjs')], dir, { PORT: String(sitePort), CMS_LOCAL_PORT: String(cmsPort), NODE_ENV: 'development', ASTRO_TELEMETRY_DISABLED: '1' });
    api = `http://127.0.0.1:${cmsPort}/api/v1`;
    await waitFor(api, 60_000, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"action":"info"}' }, 'de reviewserver', start);
    base = `http://localhost:${sitePort}`;
    await waitFor(`${base}/admin/`, 120_000, undefined, 'astro dev', start);
    expect(start.output()).toContain('Beheer met beoordeling');
    ui = await openBrowser();
    page = ui.page;
    await page.goto(`${base}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Praktijkvoorbeelden').first().waitFor();
  }, 240_000);

  afterAll(async () => {
    await ui?.browser.close();
    await start?.stop();
    if (dir) removeProject(dir);
  });

  beforeEach((context) => screenshotOnFailure(() => ui?.page, context.task.name));

  async function openNew(collection: string) {
    await page.goto('about:blank');
    await page.goto(`${base}/admin/#/collections/${collection}/new`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Opslaan' }).waitFor();
  }
  async function openEntry(p: Page, collection: string, slug: string) {
    await p.goto('about:blank');
    await p.goto(`${base}/admin/#/collections/${collection}/entries/${slug}`, { waitUntil: 'domcontentloaded' });
    await p.getByText(/^Status: /).waitFor();
  }
  async function save(p: Page = page) {
    await p.getByRole('button', { name: 'Opslaan' }).click();
  }
  async function setStatus(word: string) {
    await page.getByText(/^Status: /).click();
    await page.getByRole('menuitem').filter({ hasText: new RegExp(`^\\s*${word}\\s*$`) }).first().click();
  }
  const toast = (text: string | RegExp) => page.getByText(text).first().waitFor({ timeout: 30_000 });

  it('concept → ter beoordeling → terug → klaar → gepubliceerd; the site shows it only then, without a restart', async () => {
    const slug = 'samen-leren-in-deventer';
    const file = join(dir, 'content', 'practices', `${slug}.md`);
    const main = git('rev-parse', 'main');
    await openNew('practices');
    await fillPractice(page, 'Samen leren in Deventer');
    await save();
    await page.getByText('Status: Concept').waitFor({ timeout: 30_000 });
    expect(branches()).toEqual([`cms/practices/${slug}`]);
    expect(git('rev-parse', 'main')).toBe(main);
    expect(existsSync(file)).toBe(false);
    expect(await status(`/praktijkvoorbeelden/${slug}/`)).toBe(404);

    await setStatus('Ter beoordeling');
    await page.getByText('Status: Ter beoordeling').waitFor();
    // The bureau opens it, says why in a note, and sends it back; the editor finds the note.
    await openEntry(page, 'practices', slug);
    // Decap opens the notes pane by itself on an entry in review (its first choice of right pane);
    // the toggle opens it when someone closed it before.
    const noteBox = page.getByPlaceholder('Schrijf een opmerking…');
    await page.getByTitle('Opmerkingen tonen of verbergen').waitFor();
    if (!(await noteBox.isVisible())) await page.getByTitle('Opmerkingen tonen of verbergen').click();
    await noteBox.fill('Noem ook wie je kunt bellen.');
    await page.getByRole('button', { name: 'Opmerking plaatsen' }).click();
    await toast('Opmerking geplaatst');
    await setStatus('Concept');
    await page.getByText('Status: Concept').waitFor();
    await openEntry(page, 'practices', slug);
    await page.getByText('Noem ook wie je kunt bellen.').first().waitFor({ timeout: 30_000 });
    await setStatus('Klaar');
    await page.getByText('Status: Klaar').waitFor();
    // The board shows it in "Klaar", with a date in numbers.
    await page.goto(`${base}/admin/#/workflow`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Van concept tot publicatie').waitFor();
    for (const column of ['Concept', 'Ter beoordeling', 'Klaar']) await page.getByText(column, { exact: true }).first().waitFor();
    await page.getByText('Samen leren in Deventer').first().waitFor();
    expect(await page.locator('body').innerText()).not.toMatch(/January|February|March|April|May|June|July|August|September|October|November|December/);
    expect(await status(`/praktijkvoorbeelden/${slug}/`)).toBe(404);

    await openEntry(page, 'practices', slug);
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByText('Publiceer nu').click();
    await toast('Gepubliceerd: het item staat nu op de site');
    expect(branches()).toEqual([]);
    expect(git('rev-parse', 'main^')).toBe(main);
    expect(readFileSync(file, 'utf8')).toMatch(/^---\ntitle: "Samen leren in Deventer"\n/);
    let code = 404;
    for (let i = 0; i < 60 && code !== 200; i++) {
      await new Promise((r) => setTimeout(r, 500));
      code = await status(`/praktijkvoorbeelden/${slug}/`);
    }
    expect(code, start!.output().slice(-2000)).toBe(200);
  }, 240_000);

  it('deletes an unpublished entry', async () => {
    await openNew('practices');
    await fillPractice(page, 'Weg ermee');
    await save();
    await page.getByText('Status: Concept').waitFor({ timeout: 30_000 });
    expect(branches()).toContain('cms/practices/weg-ermee');
    await page.getByRole('button', { name: 'Verwijder dit concept' }).click();
    await expect.poll(() => branches()).not.toContain('cms/practices/weg-ermee');
    expect(existsSync(join(dir, 'content', 'practices', 'weg-ermee.md'))).toBe(false);
  }, 120_000);

  it('tells the second of two editors who save the same concept, and keeps their text', async () => {
    const slug = 'twee-redacteuren';
    await openNew('practices');
    await fillPractice(page, 'Twee redacteuren');
    await save();
    await page.getByText('Status: Concept').waitFor({ timeout: 30_000 });
    const other = await ui!.browser.newPage({ locale: 'nl-NL' });
    try {
      other.setDefaultTimeout(45_000);
      await other.goto(`${base}/admin/`, { waitUntil: 'domcontentloaded' });
      await other.getByRole('button', { name: 'Inloggen' }).click();
      await openEntry(other, 'practices', slug);
      await openEntry(page, 'practices', slug);
      await (await control(page, 'Plaats')).fill('Deventer');
      await save(page);
      await page.getByText('Wijzigingen opgeslagen').or(page.getByText('Item opgeslagen')).first().waitFor({ timeout: 30_000 });
      await (await control(other, 'Plaats')).fill('Apeldoorn');
      await save(other);
      await other.getByText(/Iemand anders heeft dit item opgeslagen nadat jij het opende/).first().waitFor({ timeout: 30_000 });
      expect(await (await control(other, 'Plaats')).inputValue()).toBe('Apeldoorn');
      expect(git('show', `cms/practices/${slug}:content/practices/${slug}.md`)).toContain('place: "Deventer"');
    } finally {
      await other.close();
    }
  }, 180_000);

  it('keeps the board working when a branch is deleted outside the CMS, and checks entries changed outside it', async () => {
    // An entry made invalid outside the CMS (a commit on its branch) cannot go to review.
    const slug = 'twee-redacteuren';
    const path = `content/practices/${slug}.md`;
    const broken = git('show', `cms/practices/${slug}:${path}`).replace(/^province: .*$/m, 'province: atlantis');
    const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: dir, input: broken + '\n', encoding: 'utf8' }).trim();
    git('update-index', '--add', '--cacheinfo', `100644,${blob},${path}`);
    const tree = git('write-tree');
    git('reset', '-q'); // the real index as it was; only the branch gets the commit
    const commit = execFileSync('git', ['commit-tree', tree, '-p', `cms/practices/${slug}`, '-m', 'buiten het beheer'], { cwd: dir, encoding: 'utf8' }).trim();
    git('update-ref', `refs/heads/cms/practices/${slug}`, commit);
    // …and another concept whose branch someone deletes.
    await openNew('practices');
    await fillPractice(page, 'Verdwijnt buiten het beheer');
    await save();
    await page.getByText('Status: Concept').waitFor({ timeout: 30_000 });
    git('branch', '-D', 'cms/practices/verdwijnt-buiten-het-beheer');

    await page.goto('about:blank');
    await page.goto(`${base}/admin/#/workflow`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Twee redacteuren').first().waitFor();
    expect(await page.getByText('Verdwijnt buiten het beheer').count()).toBe(0);

    await openEntry(page, 'practices', slug);
    await setStatus('Ter beoordeling');
    await toast(/Status niet veranderd\. Dit item klopt nog niet.*content\/practices\/twee-redacteuren\.md: Provincie/);
    expect(git('config', '--get', `branch.cms/practices/${slug}.description`)).toBe('decap-cms/draft');
  }, 180_000);

  it('refuses to publish over a conflicting change on main, with nothing half-merged', async () => {
    const slug = 'dokwerk-gorinchem';
    const path = `content/practices/${slug}.md`;
    await openEntry(page, 'practices', slug).catch(async () => {
      // A published entry without a concept opens without a status; that is fine too.
      await page.getByRole('button', { name: 'Opslaan' }).waitFor();
    });
    await (await control(page, 'Titel')).fill('DOKwerk Gorinchem, herzien in het beheer');
    await save();
    await page.getByText('Status: Concept').waitFor({ timeout: 30_000 });
    // The review diff shows only what the editor changed: the file keeps the repository's layout.
    const diff = git('diff', '--unified=0', `main...cms/practices/${slug}`).split('\n').filter((l) => /^[-+][^-+]/.test(l));
    expect(diff).toEqual([expect.stringMatching(/^-title: /), '+title: "DOKwerk Gorinchem, herzien in het beheer"']);
    await setStatus('Klaar');
    await page.getByText('Status: Klaar').waitFor();
    // Meanwhile the developer commits a change to the same line on main.
    const original = readFileSync(join(dir, path), 'utf8');
    writeFileSync(join(dir, path), original.replace(/^title: .*$/m, 'title: DOKwerk Gorinchem (ontwikkelaar)'));
    git('commit', '-q', '-m', 'titel', '--', path);
    const main = git('rev-parse', 'main');
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByText('Publiceer nu').click();
    await toast(/Niet gepubliceerd\. content\/practices\/dokwerk-gorinchem\.md is op de site veranderd/);
    expect(git('rev-parse', 'main')).toBe(main);
    expect(readFileSync(join(dir, path), 'utf8')).toContain('DOKwerk Gorinchem (ontwikkelaar)');
    expect(existsSync(join(dir, '.git', 'MERGE_HEAD'))).toBe(false);
    expect(branches()).toContain(`cms/practices/${slug}`);
  }, 180_000);

  it('says in Dutch when the backend does not answer, and the same save works when tried again', async () => {
    await openNew('practices');
    await fillPractice(page, 'Opnieuw proberen');
    await page.route(api, (route) => (/"action":"persistEntry"/.test(route.request().postData() ?? '') ? route.abort('connectionrefused') : route.continue()));
    await save();
    await toast(/Niet opgeslagen\. Het beheer op deze computer is niet bereikbaar.*probeer het opnieuw/);
    expect(branches()).not.toContain('cms/practices/opnieuw-proberen');
    await page.unroute(api);
    await save();
    await page.getByText('Status: Concept').waitFor({ timeout: 30_000 });
    expect(branches()).toContain('cms/practices/opnieuw-proberen');
  }, 120_000);

  it('refuses an upload in the Media tab, which would bypass review', async () => {
    const main = git('rev-parse', 'main');
    await page.goto('about:blank');
    await page.goto(`${base}/admin/#/collections/practices`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Media' }).or(page.getByText('Media', { exact: true })).first().click();
    await page.getByText('Nieuwe uploaden').waitFor();
    await page.locator('input[type="file"]').setInputFiles({ name: 'los.png', mimeType: 'image/png', buffer: Buffer.from('89504e470d0a1a0a', 'hex') });
    await toast(/Upload haar in het item zelf/);
    expect(git('rev-parse', 'main')).toBe(main);
    expect(existsSync(join(dir, 'public', 'uploads', 'los.png'))).toBe(false);
  }, 60_000);

  it('left the developer\'s own uncommitted changes as they were, and committed nothing of theirs', () => {
    expect(readFileSync(join(dir, 'README.md'), 'utf8')).toMatch(/Mijn eigen aantekening\.\n$/);
    expect(readFileSync(join(dir, 'mijn-notities.txt'), 'utf8')).toBe('nog niet vastgelegd\n');
    const changed = git('status', '--porcelain').split('\n').map((l) => l.trim()).sort();
    expect(changed).toEqual(['?? mijn-notities.txt', 'M README.md']);
    expect(git('log', '--format=%an', 'main').split('\n')).toEqual(['Ontwikkelaar', 'Beheer (lokaal)', 'Ontwikkelaar']);
    for (const b of branches()) expect(git('diff', '--name-only', `main...${b}`).split('\n').every((p) => p.startsWith('content/') || p.startsWith('public/uploads/'))).toBe(true);
    expect(ui!.otherHosts).toEqual([]);
  });
});
