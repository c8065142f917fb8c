/**
 * Driving the admin (/admin/) in Chromium: launching the browser, finding a field by its label,
 * choosing an option, filling a practice with every required field, uploading an image. Shared by
 * the browser tests of tests/cms/.
 */
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { CHROMIUM, launchChromium } from '../support/browser.ts';
import { onTestFailed } from 'vitest';

export { CHROMIUM };
export const hasChromium = existsSync(CHROMIUM);

/** Without Chromium: under CI=true an error, else a warning; returns whether the tests can run. */
export function chromiumOrSkip(what: string): boolean {
  if (hasChromium) return true;
  if (/^(1|true)$/i.test(process.env.CI ?? '')) throw new Error(`CI=true, maar Chromium ontbreekt op ${CHROMIUM}: ${what} kan niet draaien.`);
  console.warn(`Overgeslagen: ${what} heeft Chromium nodig op ${CHROMIUM} (of zet CHROMIUM_PATH).`);
  return false;
}

export interface AdminBrowser {
  browser: Browser;
  page: Page;
  /** Messages of dialogs (accepted), errors thrown in the page, requests to other hosts, CSP reports. */
  dialogs: string[];
  pageErrors: string[];
  otherHosts: string[];
  console: string[];
}

export async function openBrowser(): Promise<AdminBrowser> {
  const browser = await launchChromium();
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
  // A shared 2-core machine can be slow: give the admin time, not the test a hair trigger.
  page.setDefaultTimeout(45_000);
  const out: AdminBrowser = { browser, page, dialogs: [], pageErrors: [], otherHosts: [], console: [] };
  page.on('dialog', (d) => {
    out.dialogs.push(d.message());
    void d.accept();
  });
  // Decap itself rejects a refused save with `undefined`; anything with a message is a real error.
  page.on('pageerror', (e) => e.message && e.message !== 'undefined' && out.pageErrors.push(`${e.name}: ${e.message}\n${e.stack ?? ''}`));
  page.on('console', (m) => out.console.push(`${m.type()}: ${m.text()}`));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (/^https?:$/.test(url.protocol) && !['127.0.0.1', 'localhost'].includes(url.hostname)) out.otherHosts.push(r.url());
  });
  return out;
}

/** On a failing test, a screenshot of the admin goes to the temp folder (named in the output). */
export function screenshotOnFailure(page: () => Page | undefined, name: string) {
  onTestFailed(async () => {
    const file = join(tmpdir(), `cms-e2e-${name.replace(/\W+/g, '-').slice(0, 60)}.png`);
    await page()?.screenshot({ path: file, fullPage: true }).catch(() => undefined);
    console.error(`Schermafbeelding: ${file}`);
  });
}

/** The control of a field, found through its <label for>. */
export async function control(page: Page, label: string, nth = 0) {
  const labels = page.locator('label').filter({ hasText: new RegExp(`^${label.replace(/[()']/g, '.')}$`, 'i') });
  const id = await labels.nth(nth).getAttribute('for');
  return page.locator(`[id="${id}"]`);
}

export async function choose(page: Page, label: string, option: string) {
  const input = await control(page, label);
  await input.click();
  await input.fill(option);
  await page.getByRole('option', { name: option, exact: true }).first().click();
}

/** Every entry names a source (issue 15): add one with its title and publisher. */
export async function addSource(page: Page, title: string, publisher: string) {
  await page.getByRole('button', { name: 'Voeg bron toe' }).click();
  await (await control(page, 'Titel van de bron')).fill(title);
  await (await control(page, 'Uitgegeven door')).fill(publisher);
}

/** Every required field of a new practice, with this title. */
export async function fillPractice(page: Page, title: string, body = 'Zo werken school en jeugdhulp samen.') {
  await (await control(page, 'Titel')).fill(title);
  await (await control(page, 'Samenvatting')).fill('Een praktijkvoorbeeld dat een browsertest van het beheer aanmaakt.');
  await (await control(page, 'Plaats')).fill('Zwolle');
  await choose(page, 'Provincie', 'Overijssel');
  await choose(page, "Thema's", 'Passend onderwijs');
  await page.getByRole('button', { name: 'Voeg advies toe' }).click();
  await choose(page, 'Advies', 'Het verbreden van teams (interprofessioneel)');
  await choose(page, 'Sectoren', 'Primair onderwijs');
  await choose(page, 'Leeftijden', '4 tot 12 jaar');
  await choose(page, 'Fase', 'Pilot');
  await choose(page, 'Onderbouwing', 'Beschreven praktijk');
  await (await control(page, 'Naam')).fill('Team Passend Onderwijs Zwolle');
  await (await control(page, 'Op deze site sinds')).fill('2026-03-10');
  await addSource(page, 'Eigen beschrijving door Team Passend Onderwijs Zwolle', 'Team Passend Onderwijs Zwolle');
  await page.locator('[data-slate-editor="true"]').click();
  await page.keyboard.type(body);
}

/** A real PNG (w×h, one colour), so the admin can show it as an image. */
export function png(width = 4, height = 3): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf: Buffer) => {
    let c = 0xffffffff;
    for (const b of buf) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const out = Buffer.alloc(8 + data.length + 4);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // RGB
  const rows = Buffer.concat(Array.from({ length: height }, () => Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, 0x5a)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

/** Upload an image through the image field's media library, choose it and describe it. */
export async function uploadImage(page: Page, name: string, alt: string, credit: string) {
  await page.getByRole('button', { name: 'Kies een afbeelding' }).click();
  await page.getByText('Nieuwe uploaden').waitFor();
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'image/png', buffer: png() });
  await page.getByRole('button', { name: 'Gebruik selectie' }).click();
  await (await control(page, 'Beschrijving (alt-tekst)')).fill(alt);
  await (await control(page, 'Fotograaf of bron (optioneel)')).fill(credit);
}
