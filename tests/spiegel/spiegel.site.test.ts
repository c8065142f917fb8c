/**
 * The Spiegel op de zeven adviezen (/spiegel/) in Chromium, on the built site (the "site" build,
 * real content): answering one advice per step, reload, clear, export and import (a good, a damaged
 * and a foreign file), the two weakest with their links, the e-mail to the bureau, print on one A4
 * page, the checklist without JavaScript, axe-core, 375 px, and that only this page loads its script.
 * Expectations about practices, regions and communities are read from the content the site was
 * built from, so they hold as the content grows.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt } from '../support/build-result.ts';
import { htmlDocuments } from '../support/dist.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { loadContent } from '../../src/model/load.ts';
import { FILE_TYPE, FILE_VERSION, STORAGE_KEY } from '../../src/spiegel/file.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const AXE_SCRIPT = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const UNCHANGED = 'Je antwoorden zijn niet veranderd.';

const { site } = inject('builds');
const baseUrl = inject('baseUrl');

type Data = Record<string, any>;
const content = site.exitCode === 0 ? loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT).entries : undefined;
const data = (list: { id: string; data?: unknown }[] | undefined): Data[] => (list ?? []).map((e) => ({ id: e.id, ...(e.data as Data) }));
const advice = data(content?.advice).sort((a, b) => a.number - b.number);
const practices = data(content?.practices).filter((p) => !p.draft);
const regions = data(content?.regions);
const communities = data(content?.communities);

/** What each advice is answered with in the main scenario: 1 weakest, then 2; the last one unknown. */
function plan(number: number): string {
  if (number === 1) return 'nog-niet';
  if (number === 2) return 'verkennen';
  if (number === advice.length) return 'weet-niet';
  return 'geborgd';
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('Spiegel op de zeven adviezen', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI.`);
    assertBuilt(site);
    expect(advice.length).toBeGreaterThanOrEqual(3);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** A fresh browser (own local storage) with one tab on /spiegel/. */
  async function open(options: { width?: number; js?: boolean } = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
    const context = await browser.newContext({
      locale: 'nl-NL',
      timezoneId: 'Europe/Amsterdam',
      viewport: { width: options.width ?? 1280, height: 900 },
      javaScriptEnabled: options.js ?? true,
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto(`${baseUrl}/spiegel/`, { waitUntil: 'load' });
    return { context, page, errors };
  }

  const visibleStep = (page: Page) => page.locator('.spiegel-step:not([hidden])');

  /** Answer every statement through the steps, as a visitor does. */
  async function answerAll(page: Page, answer: (number: number) => string = plan) {
    for (const [i, a] of advice.entries()) {
      const step = visibleStep(page);
      await expect(step.count()).resolves.toBe(1);
      expect(await step.getAttribute('data-advice')).toBe(a.id);
      for (const [j] of a.statements.entries()) await step.locator(`#s${a.number}-${j + 1}-${answer(a.number)}`).check();
      if (i < advice.length - 1) await page.getByRole('button', { name: 'Volgend advies' }).click();
    }
  }

  const checkedValues = (page: Page) =>
    page.evaluate(() => [...document.querySelectorAll<HTMLInputElement>('.spiegel-statement input:checked')].map((i) => i.id));
  /** The table as read: the visible text of each cell, " | " between cells. */
  const rows = (page: Page) =>
    page
      .locator('.spiegel-chart tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...(tr as HTMLTableRowElement).cells].map((c) => c.innerText.replace(/\s+/g, ' ').trim()).join(' | ')));
  const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY);

  test('one advice per step, with legends, progress announced and focus moved to the step', async () => {
    const { context, page, errors } = await open();
    try {
      await expect(visibleStep(page).count()).resolves.toBe(1);
      const progress = page.locator('[data-progress]');
      expect(await progress.getAttribute('role')).toBe('status');
      expect(await progress.textContent()).toBe(`Stap 1 van ${advice.length}: advies 1. Jullie hebben 0 van ${advice.reduce((n, a) => n + a.statements.length, 0)} stellingen beantwoord.`);
      // Every statement is a fieldset with its text as legend, inside the advice's fieldset.
      const structure = await page.evaluate(() =>
        [...document.querySelectorAll('.spiegel-step')].map((step) => ({
          legend: step.querySelector(':scope > legend')?.textContent?.replace(/\s+/g, ' ').trim(),
          statements: [...step.querySelectorAll('fieldset.spiegel-statement')].map((f) => ({
            legend: f.querySelector(':scope > legend')?.textContent?.trim(),
            radios: f.querySelectorAll('input[type="radio"]').length,
          })),
        })),
      );
      expect(structure.map((s) => s.legend)).toEqual(advice.map((a) => `Advies ${a.number}: ${a.title}`));
      // What a screen reader hears for the group of the first step.
      const escape = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      for (const a of advice) expect(await page.getByRole('group', { name: new RegExp(`^Advies ${a.number}\\s?: ${escape(a.title)}$`), includeHidden: true }).count(), a.title).toBe(1);
      structure.forEach((s, i) => expect(s.statements).toEqual(advice[i]!.statements.map((t: string, j: number) => ({ legend: `Stelling ${j + 1}: ${t}`, radios: 5 }))));

      // Keyboard: arrows move within a statement's radio group.
      await page.locator(`#s1-1-nog-niet`).focus();
      await page.keyboard.press('ArrowRight');
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).id)).toBe('s1-1-verkennen');
      expect(await page.locator('#s1-1-verkennen').isChecked()).toBe(true);

      await page.getByRole('button', { name: 'Volgend advies' }).click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(`advies-${advice[1]!.number}`);
      expect(await progress.textContent()).toContain(`Stap 2 van ${advice.length}: advies ${advice[1]!.number}. Jullie hebben 1 van `);
      await page.getByRole('button', { name: 'Vorig advies' }).click();
      expect(await visibleStep(page).getAttribute('data-advice')).toBe(advice[0]!.id);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('answering fills in the table; the answers survive a reload; one button clears them', async () => {
    const { context, page, errors } = await open();
    try {
      await answerAll(page);
      const expectedRows = advice.map((a) => {
        const n = a.statements.length;
        const title = `${a.number}. ${a.title}`;
        if (a.number === 1) return `${title} | – Nog niet begonnen (gemiddeld 0,0 van 3) · zwakst | ${n} van ${n}`;
        if (a.number === 2) return `${title} | ○ Verkennen (gemiddeld 1,0 van 3) · zwakst | ${n} van ${n}`;
        if (a.number === advice.length) return `${title} | Weet ik niet | ${n} van ${n} (${n} keer "weet ik niet")`;
        return `${title} | ● Geborgd (gemiddeld 3,0 van 3) | ${n} van ${n}`;
      });
      expect(await rows(page)).toEqual(expectedRows);
      const checked = await checkedValues(page);
      expect(checked.length).toBe(advice.reduce((n, a) => n + a.statements.length, 0));
      expect(JSON.parse((await stored(page))!)).toMatchObject({ type: FILE_TYPE, version: FILE_VERSION });

      await page.reload({ waitUntil: 'load' });
      expect(await checkedValues(page)).toEqual(checked);
      expect(await rows(page)).toEqual(expectedRows);

      await page.getByRole('button', { name: 'Wis alle antwoorden' }).click();
      expect(await checkedValues(page)).toEqual([]);
      expect(await stored(page)).toBeNull();
      expect(await page.locator('[data-message]').textContent()).toBe('Alle antwoorden zijn gewist, ook uit deze browser.');
      expect((await rows(page)).every((r) => r.includes('Nog niet ingevuld'))).toBe(true);
      await page.reload({ waitUntil: 'load' });
      expect(await checkedValues(page)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('export, then import: good, damaged and foreign files', async () => {
    const { context, page, errors } = await open();
    try {
      await answerAll(page);
      const checked = await checkedValues(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewaar als bestand' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^spiegel-met-andere-ogen-\d{4}-\d{2}-\d{2}\.json$/);
      const text = readFileSync((await download.path())!, 'utf8');
      const file = JSON.parse(text);
      expect(file.type).toBe(FILE_TYPE);
      expect(file.answers[advice[0]!.id]).toEqual(advice[0]!.statements.map(() => 'nog-niet'));
      expect(file.answers[advice[1]!.id]).toEqual(advice[1]!.statements.map(() => 'verkennen'));

      const input = page.locator('#spiegel-import');
      const error = page.locator('[data-error]');
      const storedBefore = await stored(page);
      const refused = async (name: string, body: string, message: string) => {
        await input.setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(body) });
        await expect.poll(() => error.textContent()).toBe(`${name}: ${message} ${UNCHANGED}`);
        expect(await error.getAttribute('role')).toBe('alert');
        expect(await checkedValues(page), name).toEqual(checked);
        expect(await stored(page), name).toBe(storedBefore);
      };
      await refused('spiegel-kapot.json', text.slice(0, text.length / 2), 'Dit bestand kunnen we niet lezen: het is beschadigd, of het is geen bestand van de Spiegel.');
      await refused('package.json', JSON.stringify({ name: 'iets-anders', version: '1.0.0' }), 'Dit is geen bestand van de Spiegel op de zeven adviezen. Kies een bestand dat je hier eerder hebt bewaard (het heet spiegel-met-andere-ogen-….json).');
      const bad = JSON.parse(text);
      bad.answers[advice[0]!.id][0] = 'misschien';
      await refused('spiegel-aangepast.json', JSON.stringify(bad), `Dit bestand is beschadigd: bij advies ${advice[0]!.number}, stelling 1 staat "misschien"; toegestaan: nog-niet, verkennen, in-uitvoering, geborgd, weet-niet of leeg (null).`);

      // Clear, then read the exported file back.
      await page.getByRole('button', { name: 'Wis alle antwoorden' }).click();
      expect(await checkedValues(page)).toEqual([]);
      await input.setInputFiles({ name: download.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect.poll(() => page.locator('[data-message]').textContent()).toMatch(new RegExp(`^Het bestand ${download.suggestedFilename().replace(/\./g, '\\.')} is ingelezen: \\d+ van \\d+ stellingen beantwoord\\.`));
      expect(await error.textContent()).toBe('');
      expect(await checkedValues(page)).toEqual(checked);
      expect(JSON.parse((await stored(page))!).answers).toEqual(file.answers);

      // A file saved before the bureau changed a statement: its answer is not put on the new words,
      // the others go back to their own statements, and the page says so.
      const older = JSON.parse(text);
      const first = advice[0]!.id;
      older.statements[first][0] = 'Een stelling die het programmabureau sindsdien anders heeft gezegd.';
      older.answers[first] = older.answers[first].map((_: unknown, i: number) => (i === 0 ? 'geborgd' : 'in-uitvoering'));
      await input.setInputFiles({ name: 'spiegel-ouder.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(older)) });
      await expect.poll(() => page.locator('[data-message]').textContent()).toContain(
        '1 antwoord hoort bij een stelling die het programmabureau intussen heeft veranderd of weggehaald. Dat antwoord is niet teruggezet: kijk bij de stellingen die nog open staan.',
      );
      const firstAnswers = JSON.parse((await stored(page))!).answers[first];
      expect(firstAnswers).toEqual(advice[0]!.statements.map((_: unknown, i: number) => (i === 0 ? null : 'in-uitvoering')));
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the two weakest show practices, regions further along and communities, with working links', async () => {
    const { context, page } = await open();
    try {
      await answerAll(page);
      const shown = await page.locator('[data-weakest-list] > [data-help]').evaluateAll((els) => els.map((e) => e.getAttribute('data-help')));
      expect(shown).toEqual([advice[0]!.id, advice[1]!.id]);
      for (const a of advice.slice(0, 2)) {
        const block = page.locator(`[data-weakest-list] [data-help="${a.id}"]`);
        const own = practices.filter((p) => p.advice.some((x: Data) => x.advice === a.id));
        const shownPractices = await block.locator('[data-help-practices] a').allTextContents();
        expect(shownPractices.length).toBe(Math.min(3, own.length));
        for (const title of shownPractices) expect(own.map((p) => p.title)).toContain(title);
        const further = regions.filter((r) => r.advice.some((x: Data) => x.advice === a.id && ['in-uitvoering', 'geborgd'].includes(x.status))).map((r) => r.name);
        if (further.length > 0) expect((await block.locator('[data-help-regions] a').allTextContents()).sort()).toEqual(further.sort());
        else expect(await block.locator('[data-help-no-regions]').textContent()).toContain('Nog geen inspiratieregio meldt dat ze dit advies in uitvoering heeft of geborgd.');
        const own2 = communities.filter((c) => c.advice.includes(a.id)).map((c) => c.title);
        expect((await block.locator('[data-help-communities] a').allTextContents()).sort()).toEqual(own2.sort());
      }
      // Every link of the result leads to a page of the site.
      const hrefs = await page.locator('[data-weakest-list] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.length).toBeGreaterThan(2);
      for (const href of new Set(hrefs)) {
        const response = await fetch(new URL(href, baseUrl));
        expect(response.status, href).toBe(200);
      }
      // "Weet ik niet" everywhere for the last advice: said so, not counted as weak.
      expect(await page.locator('[data-only-unknown]').textContent()).toContain(`Bij advies ${advice.at(-1)!.number} weten jullie nog niet hoe het gaat.`);

      // The e-mail to the bureau carries the summary.
      const mail = (await page.getByRole('link', { name: 'Deel met het programmabureau' }).getAttribute('href'))!;
      expect(mail).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
      const body = decodeURIComponent(mail.split('&body=')[1]!);
      expect(body).toContain(`Advies 1: ${advice[0]!.title}\r\n  nog niet begonnen (gemiddeld 0,0 van 3)`);
      expect(body).toContain(`Hier staan we het zwakst:\r\n- Advies 1: ${advice[0]!.title}\r\n- Advies 2: ${advice[1]!.title}`);
    } finally {
      await context.close();
    }
  });

  test('print: the result on one A4 page, without the questions', async () => {
    const { context, page } = await open();
    try {
      await answerAll(page);
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('.spiegel-questions').isVisible()).toBe(false);
      expect(await page.locator('.spiegel-chart').isVisible()).toBe(true);
      expect(await page.locator('[data-weakest]').isVisible()).toBe(true);
      expect(await page.locator('.spiegel-actions').isVisible()).toBe(false);
      expect(await page.locator('[data-print-meta]').textContent()).toMatch(/^Afgedrukt op \d+ \w+ \d{4} van http/);
      const pdf = await page.pdf({ format: 'A4' });
      expect(Number(/\/Count (\d+)/.exec(pdf.toString('latin1'))?.[1])).toBe(1);
    } finally {
      await context.close();
    }
  });

  test('without JavaScript: every statement as a checklist, on screen and on paper', async () => {
    const { context, page } = await open({ js: false });
    try {
      expect(await page.locator('.spiegel-step:visible').count()).toBe(advice.length);
      expect(await page.locator('[data-spiegel-result]').isVisible()).toBe(false);
      // No buttons that would do nothing.
      expect(await page.locator('.spiegel button:visible').count()).toBe(0);
      await page.emulateMedia({ media: 'print' });
      const legends = await page.locator('.spiegel-statement legend').evaluateAll((ls) => ls.filter((l) => (l as HTMLElement).offsetParent !== null).map((l) => l.textContent!.replace(/^Stelling \d+: /, '')));
      expect(legends).toEqual(advice.flatMap((a) => a.statements));
      expect(await page.locator('.spiegel-option label:visible').count()).toBe(legends.length * 5);
    } finally {
      await context.close();
    }
  });

  test('the page says the statements are a proposal until the bureau approves them', async () => {
    const { context, page } = await open({ js: false });
    try {
      const open = advice.filter((a) => !a.statementsApproved);
      expect(await page.locator('[data-proposal]').count()).toBe(open.length > 0 ? 1 : 0);
      expect(await page.locator('.spiegel-step__proposal').count()).toBe(open.length);
      for (const a of advice) expect(await page.locator(`#advies-${a.number} .spiegel-step__source`).textContent()).toContain(a.statementsSource);
    } finally {
      await context.close();
    }
  });

  test.each([
    ['with answers', true],
    ['without the page script', false],
  ])('axe-core finds nothing (%s)', async (_, js) => {
    const { context, page } = await open();
    try {
      if (js) await answerAll(page);
      else {
        // The checklist as a visitor without JavaScript gets it; axe itself needs JavaScript.
        await page.route(/\/_astro\/spiegel[^/]*\.js$/, (route) => route.abort());
        await page.reload({ waitUntil: 'load' });
        expect(await page.locator('.spiegel-step:visible').count()).toBe(advice.length);
      }
      await page.addScriptTag({ path: AXE_SCRIPT });
      const violations = await page.evaluate(async (tags) => {
        // @ts-expect-error axe is injected above
        const r = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        return r.violations.map((v: any) => `${v.id}: ${v.help}\n${v.nodes.map((n: any) => `  ${n.target.join(' ')}: ${n.failureSummary}`).join('\n')}`);
      }, AXE_TAGS);
      expect(violations, violations.join('\n')).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('at 375 px: nothing scrolls sideways, the steps and buttons fit', async () => {
    const { context, page } = await open({ width: 375 });
    try {
      await answerAll(page);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
      const box = await page.getByRole('button', { name: 'Naar de uitkomst' }).boundingBox();
      expect(box!.x + box!.width).toBeLessThanOrEqual(375);
    } finally {
      await context.close();
    }
  });

  test('the home page and every advice page link to the Spiegel; only the Spiegel loads its script and style', async () => {
    const pages = htmlDocuments(site.outDir);
    const spiegel = readFileSync(pages.find((p) => p.url === '/spiegel/')!.file, 'utf8');
    const own = [...spiegel.matchAll(/(?:src|href)="(\/_astro\/spiegel[^"]+)"/g)].map((m) => m[1]!);
    expect(own.some((f) => f.endsWith('.js'))).toBe(true);
    for (const p of pages) {
      if (p.url === '/spiegel/') continue;
      const html = readFileSync(p.file, 'utf8');
      for (const file of own) expect(html.includes(file), `${p.url} loads ${file}`).toBe(false);
      if (p.url === '/' || (p.url.startsWith('/adviezen/') && p.url !== '/adviezen/')) expect(html, p.url).toMatch(/href="\/spiegel\/(?:#advies-\d+)?"/);
    }
  });
});
