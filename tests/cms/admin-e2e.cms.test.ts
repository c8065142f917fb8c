/**
 * The admin end to end, in Chromium, on a temporary copy of the project (never the real content/):
 * decap-server (fs mode) and `astro dev` with the CMS integration, then /admin/ → "Inloggen" (local
 * backend) → a new practice with every required field (themes and advice through the relation
 * widgets) → "Publiceer" → "Publiceer nu" → "Item opgeslagen": the Markdown file appears in the
 * copy's content/practices/, passes the content model and renders as a page. Then a practice with an
 * empty title and an event without a place are refused with the Dutch messages, and no file is
 * written. An existing practice shows its chosen themes by title and finds others by a word. A new
 * newsletter picks practices by title (published ones and the practice just created) and stores
 * their file names. Runs when CI=true; without Chromium (and CI unset) it is skipped with a message.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it, onTestFailed } from 'vitest';
import { tmpdir } from 'node:os';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { EVENT_MESSAGES } from '../../src/model/collections/events.ts';
import { MAX_UPLOAD_BYTES } from '../../cms/config.ts';
import { readGlossary } from '../../src/model/glossary-file.ts';
import YAML from 'yaml';
import { copyProject, freePort, removeProject, startDecapServer, startSite, type Running } from '../support/cms-project.ts';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';

if (!HAVE_CHROMIUM) {
  if (IN_CI) throw new Error(`CI=true, maar Chromium ontbreekt op ${CHROMIUM}: de browsertest van het beheer kan niet draaien.`);
  console.warn(`Overgeslagen: de browsertest van het beheer heeft Chromium nodig op ${CHROMIUM} (of zet CHROMIUM_PATH).`);
}

describe.skipIf(!HAVE_CHROMIUM)('the admin in Chromium, on a copy of the project', () => {
  let dir = '';
  let decap: Running | undefined;
  let site: Running | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let base = '';
  const otherHosts: string[] = [];
  const dialogs: string[] = [];
  const pageErrors: string[] = [];

  const files = (collection: string) => readdirSync(join(dir, 'content', collection)).sort();

  beforeAll(async () => {
    dir = copyProject();
    const [cmsPort, sitePort] = [await freePort(), await freePort()];
    decap = await startDecapServer(dir, cmsPort);
    site = await startSite(dir, sitePort, { CMS_LOCAL_PORT: String(cmsPort) });
    base = `http://127.0.0.1:${sitePort}`;
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'America/New_York' });
    // A shared 2-core machine can be slow: give the admin time, not the test a hair trigger.
    page.setDefaultTimeout(45_000);
    page.on('dialog', (d) => {
      dialogs.push(d.message()); // "leave with unsaved changes?" between the cases, the upload limit
      void d.accept();
    });
    // Decap itself rejects a refused save with `undefined`; anything with a message is a real error.
    page.on('pageerror', (e) => e.message && e.message !== 'undefined' && pageErrors.push(`${e.name}: ${e.message}\n${e.stack ?? ''}`));
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (/^https?:$/.test(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname)) otherHosts.push(r.url());
    });
    await page.goto(`${base}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Praktijkvoorbeelden').first().waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await site?.stop();
    await decap?.stop();
    if (dir) removeProject(dir);
  });

  // On a failure, a screenshot of the admin goes to the temp folder (named in the output).
  beforeEach((context) => {
    onTestFailed(async () => {
      const file = join(tmpdir(), `cms-e2e-${context.task.name.replace(/\W+/g, '-').slice(0, 60)}.png`);
      await page?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
      console.error(`Schermafbeelding: ${file}`);
    });
  });

  /** The control of a field, found through its <label for>. */
  async function control(label: string, nth = 0) {
    const labels = page.locator('label').filter({ hasText: new RegExp(`^${label.replace(/[()']/g, '.')}$`, 'i') });
    const id = await labels.nth(nth).getAttribute('for');
    return page.locator(`[id="${id}"]`);
  }
  async function choose(label: string, option: string) {
    const input = await control(label);
    await input.click();
    await input.fill(option);
    await page.getByRole('option', { name: option, exact: true }).first().click();
  }
  /** A new entry in a freshly loaded admin (switching between two new entries in place mixes up Decap's editor). */
  async function fresh(collection: string) {
    await page.goto('about:blank');
    await page.goto(`${base}/admin/#/collections/${collection}/new`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Publiceer', { exact: true }).waitFor();
  }
  /** Every entry names a source (issue 15): add one with its title and publisher. */
  async function addSource(title: string, publisher: string) {
    await page.getByRole('button', { name: 'Voeg bron toe' }).click();
    await (await control('Titel van de bron')).fill(title);
    await (await control('Uitgegeven door')).fill(publisher);
  }

  async function publish() {
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByText('Publiceer nu').click();
  }

  it('creates a practice that passes the model and becomes a page', async () => {
    const before = files('practices');
    await fresh('practices');
    await (await control('Titel')).fill('Samen sterk in Zwolle: de test');
    await (await control('Samenvatting')).fill('Een praktijkvoorbeeld dat de browsertest van het beheer aanmaakt.');
    await expect.poll(() => page.getByText('65 van 300 tekens').count()).toBe(1);
    await (await control('Plaats')).fill('Zwolle');
    await choose('Provincie', 'Overijssel');
    await choose("Thema's", 'Passend onderwijs');
    await choose("Thema's", 'Ouderbetrokkenheid');
    await page.getByRole('button', { name: 'Voeg advies toe' }).click();
    await choose('Advies', 'Het verbreden van teams (interprofessioneel)');
    await choose('Sectoren', 'Primair onderwijs');
    await choose('Leeftijden', '4 tot 12 jaar');
    await choose('Fase', 'Pilot');
    await choose('Onderbouwing', 'Beschreven praktijk');
    await (await control('Naam')).fill('Team Passend Onderwijs Zwolle');
    await (await control('Op deze site sinds')).fill('2026-03-10');
    // The worksheet is one step, under its own heading; the heading itself stores nothing.
    expect(await page.getByTestId('cms-step').textContent()).toContain('Voor wie, Doel, Werkzame elementen, Wat heb je nodig, Kosten, Wat we leerden');
    await (await control('Doel (optioneel)')).fill('Dat school en jeugdhulp samen werken.');
    await addSource('Eigen beschrijving door Team Passend Onderwijs Zwolle', 'Team Passend Onderwijs Zwolle');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Zo werken school en jeugdhulp samen in Zwolle.');
    await publish();
    await page.getByText('Item opgeslagen').waitFor({ timeout: 20_000 });

    const added = files('practices').filter((f) => !before.includes(f));
    expect(added).toEqual(['samen-sterk-in-zwolle-de-test.md']);
    const text = readFileSync(join(dir, 'content', 'practices', added[0]!), 'utf8');
    expect(text).toMatch(/^---\ntitle: "Samen sterk in Zwolle: de test"\n/);
    expect(text).toContain('themes:\n  - passend-onderwijs\n  - ouderbetrokkenheid\n');
    expect(text).toContain('advice:\n  - advice: verbreden-van-teams\n');
    expect(text).toContain('Zo werken school en jeugdhulp samen in Zwolle.');
    expect(text).toMatch(/^goal: "?Dat school en jeugdhulp samen werken\."?$/m);
    expect(text).not.toContain('step-');

    const { entries, problems } = loadContent(join(dir, 'content'), dir);
    expect(problems.map(formatProblem)).toEqual([]);
    const entry = entries.practices.find((e) => e.id === 'samen-sterk-in-zwolle-de-test');
    expect(entry?.data).toMatchObject({ province: 'overijssel', sectors: ['po'], ageGroups: ['4-12'], phase: 'pilot', evidence: 'praktijkervaring', published: '2026-03-10', draft: false, organisations: [], links: [] });

    // The site (astro dev in the copy) renders it as a page.
    const url = `${base}/praktijkvoorbeelden/samen-sterk-in-zwolle-de-test/`;
    let res = await fetch(url);
    for (let i = 0; i < 60 && res.status === 404; i++) {
      await new Promise((r) => setTimeout(r, 500)); // the content layer picks the new file up
      res = await fetch(url);
    }
    expect(res.status, `${url}\n${(await res.clone().text()).slice(0, 300)}\n${site!.output().slice(-3000)}`).toBe(200);
    const html = await res.text();
    expect(html).toContain('Samen sterk in Zwolle: de test');
    expect(html).toContain('Zo werken school en jeugdhulp samen in Zwolle.');
  }, 90_000);

  it('refuses a practice without a title, in Dutch, and writes nothing', async () => {
    const before = files('practices');
    await fresh('practices');
    await (await control('Samenvatting')).fill('Zonder titel.');
    await publish();
    await page.getByText('Oeps, sommige verplichte velden zijn niet ingevuld.').waitFor();
    await expect.poll(() => page.getByText('Titel is vereist.').count()).toBe(1);
    await page.waitForTimeout(500);
    expect(files('practices')).toEqual(before);
  }, 30_000);

  it('refuses an event with neither a place nor online, with the build\'s message', async () => {
    const before = files('events');
    await fresh('events');
    await (await control('Titel')).fill('Netwerkdag zonder plaats');
    await (await control('Samenvatting')).fill('Een bijeenkomst zonder plaats.');
    await choose('Soort bijeenkomst', 'Netwerkbijeenkomst');
    await (await control('Begin')).fill('2026-11-05T14:00');
    await (await control('Naam van de locatie (optioneel)')).fill('Stadhuis');
    await (await control('Organisator')).fill('Programmabureau');
    await addSource('Uitnodiging netwerkdag', 'Programmabureau');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Welkom.');
    await publish();
    await expect.poll(() => page.getByText(EVENT_MESSAGES.place, { exact: true }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(files('events')).toEqual(before);
    // Online instead: saved, with the start in Dutch time whatever the browser's zone (New York here).
    await (await control('Online (optioneel)')).click();
    await publish();
    await page.getByText('Item opgeslagen').waitFor({ timeout: 20_000 });
    const added = files('events').filter((f) => !before.includes(f));
    expect(added).toEqual(['netwerkdag-zonder-plaats.md']);
    const text = readFileSync(join(dir, 'content', 'events', added[0]!), 'utf8');
    expect(text).toContain('start: "2026-11-05T14:00:00+01:00"'); // the repository's layout: date-times quoted
    expect(text).toContain('online: true');
    expect(loadContent(join(dir, 'content'), dir).problems.map(formatProblem)).toEqual([]);
  }, 60_000);

  it('refuses an upload above the size limit with a Dutch message', async () => {
    const uploads = join(dir, 'public', 'uploads');
    const before = existsSync(uploads) ? readdirSync(uploads) : [];
    await fresh('practices');
    await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
    await page.getByText('Nieuwe uploaden').waitFor();
    dialogs.length = 0;
    await page.locator('input[type="file"]').setInputFiles({ name: 'groot.jpg', mimeType: 'image/jpeg', buffer: Buffer.alloc(MAX_UPLOAD_BYTES + 1, 1) });
    await expect.poll(() => dialogs.length).toBe(1);
    expect(dialogs[0]).toBe(`Dit bestand is te groot. Een bestand mag hoogstens ${Math.floor(MAX_UPLOAD_BYTES / 1000)} kB zijn. Maak de afbeelding kleiner (bijvoorbeeld 1600 pixels breed) en probeer het opnieuw.`);
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toEqual(before);
  }, 30_000);

  it('shows the chosen entries of an existing practice by their titles, and finds others by a word', async () => {
    // The relation widget reads its collection once (cms/widgets/FastRelation.tsx); the values already
    // chosen must still be shown by title, and a search must find entries by a word of their title.
    await page.goto('about:blank');
    await page.goto(`${base}/admin/#/collections/practices/entries/dokwerk-gorinchem`, { waitUntil: 'domcontentloaded' });
    const themes = await control("Thema's");
    const box = page.locator('div', { has: themes }).filter({ hasText: 'Passend onderwijs' }).last();
    // The widget reads its collection first; on a loaded machine that takes more than poll's 1 s.
    await expect.poll(() => box.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(async () => (await box.innerText()).includes('Overgangen'), { timeout: 30_000 }).toBe(true);
    await themes.click();
    await themes.fill('ouder');
    await expect.poll(async () => (await page.getByRole('option').allInnerTexts()).join('|')).toContain('Ouderbetrokkenheid');
    for (const option of await page.getByRole('option').allInnerTexts()) expect(option.toLowerCase()).toContain('ouder');
    await page.keyboard.press('Escape');
  }, 60_000);

  it("offers practices by title in the newsletter's picker and saves the chosen practice's file name", async () => {
    // The picker offers the published practices the admin was built with at once, and the rest
    // (here: the practice the first case created, after the admin was built) once it has read the
    // folder (cms/widgets/FastRelation.tsx). What it stores is the practice's file name.
    const titles = new Map(loadContent(join(dir, 'content'), dir).entries.practices.map((e) => [e.data?.title as string, e.id]));
    expect(titles.get('Samen sterk in Zwolle: de test')).toBe('samen-sterk-in-zwolle-de-test');
    // The published titles come with the admin page (cms/bundle.ts), not in admin.js.
    const adminPage = await (await fetch(`${base}/admin/`)).text();
    expect(adminPage).toContain('dokwerk-gorinchem');
    expect(adminPage, 'the admin was built before the first case created this practice').not.toContain('samen-sterk-in-zwolle-de-test');
    const before = files('newsletters');
    await fresh('newsletters');
    await (await control('Titel')).fill('Nieuwsbrief kiezer test');
    await (await control('Nummer')).fill('2');
    await (await control('Datum')).fill('2026-12-01');
    await page.locator('[data-slate-editor="true"]').click();
    await page.keyboard.type('Twee praktijkvoorbeelden.');
    await choose('Status', 'Concept');
    await page.getByRole('button', { name: 'Voeg blok toe' }).click();
    await (await control('Kop')).fill('Praktijkvoorbeelden');
    for (let i = 0; i < 2; i++) {
      await page.getByRole('button', { name: 'Voeg een item toe' }).click();
      await page.getByRole('menuitem', { name: 'Praktijkvoorbeeld' }).click();
    }
    // Before anything is typed: practices, each named by its title.
    const first = await control('Praktijkvoorbeeld', 0);
    await first.click();
    await expect.poll(() => page.getByRole('option').count(), { timeout: 30_000 }).toBeGreaterThan(0);
    for (const option of await page.getByRole('option').allInnerTexts()) expect(titles.has(option.trim()), option).toBe(true);
    // A word of a title: only practices with that word, and the one chosen by its title.
    await first.fill('dokwerk');
    const dokwerk = 'Dokwerk: vmbo-lesstof in een veilige kleine groep op de praktijkschool';
    await expect.poll(async () => (await page.getByRole('option').allInnerTexts()).map((o) => o.trim())).toEqual([dokwerk]);
    await page.getByRole('option', { name: dokwerk, exact: true }).click();
    // A practice that is newer than the admin, found by two words of its title.
    const second = await control('Praktijkvoorbeeld', 1);
    await second.click();
    await second.fill('zwolle test');
    await page.getByRole('option', { name: 'Samen sterk in Zwolle: de test', exact: true }).click();
    await publish();
    await page.getByText('Item opgeslagen').waitFor({ timeout: 20_000 });

    const added = files('newsletters').filter((f) => !before.includes(f));
    expect(added).toHaveLength(1);
    const text = readFileSync(join(dir, 'content', 'newsletters', added[0]!), 'utf8');
    expect(text).toContain('items:\n      - type: practice\n        practice: dokwerk-gorinchem\n      - type: practice\n        practice: samen-sterk-in-zwolle-de-test\n');
    expect(loadContent(join(dir, 'content'), dir).problems.map(formatProblem)).toEqual([]);

    // Opened again: the chosen practices are shown by their titles, also the one the admin was not
    // built with (the widget then waits for its read). Decap shows saved list items folded: unfold
    // the blocks, then their items, so the pickers appear.
    await page.goto('about:blank');
    await page.goto(`${base}/admin/#/collections/newsletters/entries/${added[0]!.replace(/\.md$/, '')}`, { waitUntil: 'domcontentloaded' });
    await page.getByText('Praktijkvoorbeelden', { exact: true }).first().waitFor();
    const unfold = page.getByRole('button', { name: 'Uitklappen' });
    for (let i = 0; i < 10 && (await unfold.count()) > 0; i++) await unfold.first().click();
    await expect.poll(() => page.getByText('Samen sterk in Zwolle: de test', { exact: true }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
    await expect.poll(() => page.getByText(dokwerk, { exact: true }).count()).toBeGreaterThan(0);
  }, 90_000);

  it('edits the begrippenlijst as one file: a changed explanation is saved, an empty one refused', async () => {
    const file = join(dir, 'content', 'begrippen.yml');
    const before = readFileSync(file, 'utf8');
    await page.goto('about:blank');
    await page.goto(`${base}/admin/#/collections/begrippen/entries/begrippen`, { waitUntil: 'domcontentloaded' });
    // The terms are listed collapsed, each under its own term; open the first with its (unnamed)
    // chevron button, the first button of the innermost block that holds the term.
    const item = page.locator('div').filter({ has: page.getByText('samenwerkingsverband', { exact: true }) }).filter({ has: page.locator('button') }).last();
    await item.locator('button').first().click();
    const explanation = await control('Uitleg');
    await expect.poll(() => explanation.inputValue(), { timeout: 30_000 }).toContain('schoolbesturen');
    // Empty: refused in Dutch, the file is untouched.
    await explanation.fill('');
    await publish();
    await expect.poll(() => page.getByText('Uitleg is vereist.', { exact: true }).count()).toBeGreaterThan(0);
    await page.waitForTimeout(500);
    expect(readFileSync(file, 'utf8')).toBe(before);
    // A new explanation: saved into content/begrippen.yml, and the build's check accepts it.
    await explanation.fill('Een groep schoolbesturen in een regio. Samen zorgen zij voor een passende plek op school voor elk kind.');
    await publish();
    await page.getByText('Item opgeslagen').waitFor({ timeout: 20_000 });
    const after = readFileSync(file, 'utf8');
    // Only the changed line differs: the header comment and every other term stay as they were.
    const [a, b] = [before.split('\n'), after.split('\n')];
    expect(b.length).toBe(a.length);
    expect(b.filter((line, i) => line !== a[i])).toEqual(['    explanation: "Een groep schoolbesturen in een regio. Samen zorgen zij voor een passende plek op school voor elk kind."']);
    const { terms, problems } = readGlossary(join(dir, 'content'));
    expect(problems).toEqual([]);
    expect(terms.length).toBe((YAML.parse(before) as { terms: unknown[] }).terms.length);
  }, 60_000);

  it("serves a change to the admin's own code at the next load of the page, bundled again", async () => {
    // Under npm start the bundle comes from its cache while nothing it was made from changed
    // (cms/admin-cache.ts); a changed file under cms/ must reach the editor after a reload.
    const css = join(dir, 'cms', 'preview.css');
    const before = await (await fetch(`${base}/admin/preview.css`)).text();
    writeFileSync(css, `${readFileSync(css, 'utf8')}\n.admin-reload-probe { color: #123456; }\n`);
    expect((await fetch(`${base}/admin/`)).status).toBe(200);
    const after = await (await fetch(`${base}/admin/preview.css`)).text();
    expect(before).not.toContain('admin-reload-probe');
    expect(after).toContain('.admin-reload-probe{color:#123456}');
  }, 60_000);

  it('loaded nothing from other hosts and threw no errors', () => {
    expect(otherHosts).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
