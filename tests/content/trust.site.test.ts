/**
 * What the built site says about its sources and about what is not known (issue 15), on the real
 * content: every entry page shows "Bronnen"; regions without a profile say so and how to fill it
 * in; events without a time or place say so instead of inventing one; a practice contact without
 * an address says whom to ask; communities say what is not known; the newsletter is not "sent".
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt } from '../support/build-result.ts';
import { BUREAU_EMAIL } from '../../src/config/site.ts';
import { RESERVED_IDS } from '../../src/model/index.ts';

const { site } = inject('builds');
const page = (rel: string) => readFileSync(join(site.outDir, rel, 'index.html'), 'utf8');
/** The text of a page, tags removed and whitespace collapsed. */
const text = (rel: string) => page(rel).replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([,.;:])/g, '$1');

beforeAll(() => assertBuilt(site));

const SECTIONS = ['praktijkvoorbeelden', 'regios', 'nieuws', 'agenda', 'communities', 'adviezen', 'organisaties'];

describe.each(SECTIONS)('/%s/<id>/', (section) => {
  test('every entry page shows its sources under "Bronnen"', () => {
    const ids = readdirSync(join(site.outDir, section), { withFileTypes: true })
      .filter((d) => d.isDirectory() && !RESERVED_IDS.includes(d.name) && !/^\d+$/.test(d.name))
      .map((d) => d.name);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) {
      const html = page(`${section}/${id}`);
      expect(html, `${section}/${id}`).toMatch(/<section class="sources[^"]*" aria-labelledby="bronnen"[^>]*>\s*<h2 id="bronnen"[^>]*>Bronnen<\/h2>\s*<ul/);
    }
  });
});

test('a source is named by its title, publisher and date; the platform date is apart from it', () => {
  const t = text('regios/twente');
  // The title already names its publisher ("… ontwikkeltafels jeugd Twente"): not said twice.
  expect(t).toContain('Herfstbericht ontwikkeltafels jeugd Twente: Volop beweging, november 2019.');
  expect(t).toContain('Inspiratieregio&#39;s samenwerking onderwijs en zorg gaan van start, VO-raad, 22 oktober 2019.');
  expect(t).toContain('De Opgave, Ontwikkeltafel onderwijs-zorg Twente, datum onbekend.');
  expect(t).toMatch(/Op deze site sinds 23 november 2026\./);
});

describe('regions without a profile', () => {
  test.each(['almere', 'utrecht', 'de-meierij', 'foodvalley'])('%s says the profile is being written, shows what is known and how to fill it in', (id) => {
    const t = text(`regios/${id}`);
    expect(t).toContain('Dit profiel wordt nog geschreven.');
    expect(t).toMatch(/Doet mee sinds 22 oktober 2019/);
    // The link opens the region's own profile in the admin.
    expect(page(`regios/${id}`)).toContain(`href="/admin/#/collections/regions/entries/${id}"`);
    expect(t).toMatch(/Vul het profiel aan in het beheerscherm \(het profiel van .+ staat daar al open\)/);
    // The address ends its line: no full stop after it that a phone would wrap onto a line of its own.
    expect(page(`regios/${id}`)).toContain(`<p>Of mail het programmabureau: <a href="mailto:${BUREAU_EMAIL}">${BUREAU_EMAIL}</a></p>`);
  });

  test('Twente, with a profile, has no such notice and names Kate Snellens as contact, not as verbinder', () => {
    const t = text('regios/twente');
    expect(t).not.toContain('Dit profiel wordt nog geschreven');
    expect(t).toMatch(/Contactpersoon Kate Snellens/);
    expect(t).not.toMatch(/Verbinders? De verbinder/);
  });

  test('Twente takes part in three communities the site does not list yet, and the page does not say there are none', () => {
    const t = text('regios/twente');
    expect(t).toContain('De regio doet mee aan drie communities of practice');
    expect(t).toContain('Op de site staat nog geen community uit deze regio');
    expect(t).not.toMatch(/Er is nog geen community/);
  });
});

describe('newsletters', () => {
  test('one on the site but not sent says so wherever it is shown, and nothing calls it sent', () => {
    for (const rel of ['', 'nieuwsbrieven', 'nieuwsbrieven/nieuwsbrief-1-januari-2020']) expect(text(rel), rel || 'home').toContain('Samengesteld op 23 november 2026; nog niet verstuurd');
    expect(text('nieuwsbrieven')).not.toMatch(/die al verstuurd zijn/);
    expect(text('')).not.toMatch(/De laatste nieuwsbrief/);
  });
});

describe('the begrippenlijst', () => {
  test('a full name once in brackets, never brackets in brackets; no file path; the bureau to mail', () => {
    const t = text('begrippen');
    expect(t).toContain('MDO (multidisciplinair overleg)');
    expect(t).toContain('(V)SO: (voortgezet) speciaal onderwijs');
    expect(t).not.toMatch(/\(\(|\)\)/);
    expect(t).not.toContain('begrippen.yml');
    expect(page('begrippen')).toContain(`<a href="mailto:${BUREAU_EMAIL}">${BUREAU_EMAIL}</a></p>`);
  });
});

describe('events', () => {
  test('a day without a time is shown as the day, and an unknown place as "Locatie volgt"', () => {
    const t = text('agenda/bestuurdersbijeenkomst-ontwikkeltafels-twente');
    expect(t).toContain('vrijdag 29 november 2019');
    expect(t).not.toMatch(/\d{2}:\d{2}/);
    expect(t).toContain('Locatie volgt');
    expect(t).not.toMatch(/Niet bekend|Locatie niet bekend/);
  });

  test('the calendar has it as an all-day event', () => {
    const ics = readFileSync(join(site.outDir, 'ics/bestuurdersbijeenkomst-ontwikkeltafels-twente.ics'), 'utf8');
    expect(ics).toContain('DTSTART;VALUE=DATE:20191129');
    expect(ics).toContain('LOCATION:Locatie volgt');
  });
});

test('a practice contact without e-mail or phone says whom to ask instead', () => {
  const t = text('praktijkvoorbeelden/t-baken-lochem');
  expect(t).toContain('Voor dit voorbeeld staat geen e-mailadres of telefoonnummer op de site. Vraag het programmabureau:');
  // With an address given, no such line.
  expect(text('praktijkvoorbeelden/dokwerk-gorinchem')).not.toContain('Vraag het programmabureau');
});

test('a community says what is not known yet and whom to ask', () => {
  const t = text('communities/preventie');
  expect(t).toMatch(/Hoe vaak Nog niet bekend/);
  expect(t).toMatch(/Begeleider Nog niet bekend/);
  expect(t).toContain('Er is nog geen begeleider bekend. Mail het programmabureau:');
});

test('the newsletter that was never sent does not say it was', () => {
  const t = text('nieuwsbrieven/nieuwsbrief-1-januari-2020');
  expect(t).not.toContain('Verstuurd op');
  expect(t).toContain('nog niet verstuurd');
});
