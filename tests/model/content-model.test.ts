/**
 * The content model's checker (src/model/load.ts + rules.ts) against fixture folders, never the real
 * content. The valid set (tests/fixtures/valid/) must give no problem; each test below copies it,
 * breaks exactly one thing and asserts the exact problem: file, field, what was found and what is
 * allowed. Because the baseline is clean and each assertion is exact, removing a rule makes its test fail.
 */
import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { ContentFixture } from '../support/content-fixture.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { formatProblem, type Problem } from '../../src/model/problems.ts';
import { loadContent } from '../../src/model/load.ts';
import { collectionNames } from '../../src/model/index.ts';
import { EVENT_MESSAGES } from '../../src/model/collections/events.ts';
import { VALID_FIXTURES } from '../support/paths.ts';

const ADVICE = 'content/advice/samen-werken.md';
const COMMUNITY = 'content/communities/voorbeeld-community.md';
const EVENT = 'content/events/voorbeeldbijeenkomst.md';
const NEWSLETTER = 'content/newsletters/nieuwsbrief-1.md';
const ORGANISATION = 'content/organisations/gemeente-voorbeeld.md';
const PAGE = 'content/pages/over.mdx';
const PRACTICE = 'content/practices/voorbeeldpraktijk.md';
const REGION = 'content/regions/voorbeeldregio.md';

const PROVINCES = 'groningen, friesland, drenthe, overijssel, flevoland, gelderland, utrecht, noord-holland, zuid-holland, zeeland, noord-brabant, limburg';
const SECTORS = 'kinderopvang, po, vo, mbo, so-vso, sbo, pro, jeugdhulp, jgz, gemeente';
const URL_ALLOWED = 'een volledig webadres dat begint met https:// of http://';
const DATE_ALLOWED = 'een datum als 2026-03-10 (jaar-maand-dag)';
const DATETIME_ALLOWED = 'een datum (2026-03-10) als de tijd nog niet bekend is, of een datum en tijd met tijdzone, zoals 2026-03-10T09:30:00+01:00';
const PLACE_MESSAGE = 'Vul de naam en de plaats van de locatie in, zet "Online" aan, of zet "Locatie volgt" aan als de plek nog niet bekend is.';
const REGISTRATION_MESSAGE = 'Vul een webadres of een e-mailadres in om je aan te melden (of allebei).';
const SENT_FIX = ' Deze nieuwsbrief is al verzonden: vervang het item door een vrij item (soort "Vrij item") met titel, tekst en link.';


/** Copy the valid set, apply one change, return every problem the checker reports. */
function problemsAfter(change: (c: ContentFixture) => void): Problem[] {
  const fixture = new ContentFixture();
  change(fixture);
  return fixture.check();
}

const chars = (n: number) => 'Een tekst die te lang is. '.repeat(Math.ceil(n / 26)).slice(0, n - 1) + '.';

describe('the valid fixture set', () => {
  test('has no problems', () => {
    const { problems } = loadContent(VALID_FIXTURES, PROJECT_ROOT);
    expect(problems.map(formatProblem)).toEqual([]);
  });

  test('covers every collection, and every entry passed its schema', () => {
    const { entries } = loadContent(VALID_FIXTURES, PROJECT_ROOT);
    for (const name of collectionNames) {
      expect(entries[name].length, `tests/fixtures/valid/${name}/ is empty`).toBeGreaterThan(0);
      for (const entry of entries[name]) expect(entry.data, entry.file).toBeDefined();
    }
  });

  test('is still valid after a YAML round trip (so the generated broken sets differ by one change only)', () => {
    expect(problemsAfter((c) => {
      for (const rel of ['advice/samen-werken.md', 'communities/voorbeeld-community.md', 'events/voorbeeldbijeenkomst.md', 'news/voorbeeldnieuws.md',
        'newsletters/nieuwsbrief-1.md', 'organisations/gemeente-voorbeeld.md', 'pages/over.mdx', 'practices/voorbeeldpraktijk.md',
        'regions/voorbeeldregio.md', 'themes/thuiszitters.md']) c.edit(rel, () => {});
    })).toEqual([]);
  });
});

describe('schema rules: one problem per broken field, naming file, field, found and allowed', () => {
  test('missing required field', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => delete d.place))).toEqual([
      { file: PRACTICE, field: 'place', label: 'Plaats', found: 'niets (het veld ontbreekt)', allowed: 'verplicht veld: tekst' },
    ]);
  });

  test('missing required field in a nested group', () => {
    expect(problemsAfter((c) => c.edit('communities/voorbeeld-community.md', (d) => delete d.facilitator.email))).toEqual([
      { file: COMMUNITY, field: 'facilitator.email', label: 'E-mail', found: 'niets (het veld ontbreekt)', allowed: 'verplicht veld: een e-mailadres, zoals naam@voorbeeld.nl' },
    ]);
  });

  test('empty required text', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.place = '  ')))).toEqual([
      { file: PRACTICE, field: 'place', label: 'Plaats', found: 'een lege tekst', allowed: 'een ingevulde tekst' },
    ]);
  });

  test.each([
    ['a word for a number', 'advice/samen-werken.md', ADVICE, 'number', 'een', { field: 'number', label: 'Nummer', found: '"een"', allowed: 'een getal' }],
    ['"ja" for a boolean', 'advice/samen-werken.md', ADVICE, 'core', 'ja', { field: 'core', label: 'Kernadvies', found: '"ja"', allowed: 'true of false' }],
    ['a text for a list', 'practices/voorbeeldpraktijk.md', PRACTICE, 'themes', 'thuiszitters', { field: 'themes', label: "Thema's", found: '"thuiszitters"', allowed: 'een lijst' }],
  ])('wrong type: %s', (_, rel, file, key, value, expected) => {
    expect(problemsAfter((c) => c.edit(rel, (d) => (d[key] = value)))).toEqual([{ file, ...expected }]);
  });

  test('a fraction where a whole number is required', () => {
    expect(problemsAfter((c) => c.edit('regions/voorbeeldregio.md', (d) => (d.tranche = 1.5)))).toEqual([
      { file: REGION, field: 'tranche', label: 'Groep', found: '1.5', allowed: 'een heel getal' },
    ]);
  });

  test.each([
    ['practice summary', 'practices/voorbeeldpraktijk.md', PRACTICE, 'summary', 'Samenvatting', 300],
    ['practice title', 'practices/voorbeeldpraktijk.md', PRACTICE, 'title', 'Titel', 120],
    ['advice short', 'advice/samen-werken.md', ADVICE, 'short', 'Korte omschrijving', 160],
    ['page description', 'pages/over.mdx', PAGE, 'description', 'Omschrijving', 160],
    ['theme description', 'themes/thuiszitters.md', 'content/themes/thuiszitters.md', 'description', 'Omschrijving', 300],
  ])('%s over its maximum', (_, rel, file, key, label, max) => {
    // Exactly at the maximum is fine ...
    expect(problemsAfter((c) => c.edit(rel, (d) => (d[key] = chars(max))))).toEqual([]);
    // ... one character more is not.
    expect(problemsAfter((c) => c.edit(rel, (d) => (d[key] = chars(max + 1))))).toEqual([
      { file, field: key, label, found: `een tekst van ${max + 1} tekens`, allowed: `hoogstens ${max} tekens` },
    ]);
  });

  test.each([
    ['practice themes', 'practices/voorbeeldpraktijk.md', PRACTICE, ['themes'], "Thema's"],
    ['practice advice', 'practices/voorbeeldpraktijk.md', PRACTICE, ['advice'], 'Adviezen'],
    ['practice sectors', 'practices/voorbeeldpraktijk.md', PRACTICE, ['sectors'], 'Sectoren'],
    ['practice ageGroups', 'practices/voorbeeldpraktijk.md', PRACTICE, ['ageGroups'], 'Leeftijden'],
    ['region provinces', 'regions/voorbeeldregio.md', REGION, ['provinces'], 'Provincies'],
    ['newsletter sections', 'newsletters/nieuwsbrief-1.md', NEWSLETTER, ['sections'], 'Blokken'],
    ['newsletter section items', 'newsletters/nieuwsbrief-1.md', NEWSLETTER, ['sections', 0, 'items'], 'Items'],
  ] as const)('%s: at least one', (_, rel, file, path, label) => {
    const problems = problemsAfter((c) =>
      c.edit(rel, (d) => {
        let target = d;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path.at(-1)!] = [];
      }),
    );
    const field = path.map((k, i) => (typeof k === 'number' ? `[${k}]` : i ? `.${k}` : k)).join('');
    expect(problems).toEqual([{ file, field, label, found: 'een lijst met 0 items', allowed: 'minstens 1 item' }]);
  });

  test('enum value not allowed', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.province = 'brabant')))).toEqual([
      { file: PRACTICE, field: 'province', label: 'Provincie', found: '"brabant"', allowed: PROVINCES },
    ]);
  });

  test('enum value not allowed inside a list', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.sectors = ['po', 'hbo'])))).toMatchObject([
      { file: PRACTICE, field: 'sectors[1]', found: '"hbo"', allowed: SECTORS },
    ]);
  });

  test('enum value not allowed in a nested group', () => {
    expect(problemsAfter((c) => c.edit('regions/voorbeeldregio.md', (d) => (d.advice[0].status = 'klaar')))).toEqual([
      { file: REGION, field: 'advice[0].status', label: 'Stand van zaken', found: '"klaar"', allowed: 'verkennen, in-uitvoering, geborgd' },
    ]);
  });

  test.each([
    ['javascript: URL', 'javascript:alert(1)'],
    ['relative URL', '/over-ons'],
    ['URL without a scheme', 'www.example.org'],
    ['data: URL', 'data:text/html,<script>alert(1)</script>'],
  ])('%s in a link', (_, url) => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.links[0].url = url)))).toEqual([
      { file: PRACTICE, field: 'links[0].url', label: 'Webadres', found: `"${url}"`, allowed: URL_ALLOWED },
    ]);
  });

  test('non-http(s) URL as an organisation website', () => {
    expect(problemsAfter((c) => c.edit('organisations/gemeente-voorbeeld.md', (d) => (d.website = 'javascript:alert(1)')))).toEqual([
      { file: ORGANISATION, field: 'website', label: 'Website', found: '"javascript:alert(1)"', allowed: URL_ALLOWED },
    ]);
  });

  test.each(['geen-mail', 'naam@', 'naam voorbeeld@example.org'])('bad e-mail address %j', (email) => {
    expect(problemsAfter((c) => c.edit('communities/voorbeeld-community.md', (d) => (d.facilitator.email = email)))).toEqual([
      { file: COMMUNITY, field: 'facilitator.email', label: 'E-mail', found: `"${email}"`, allowed: 'een e-mailadres, zoals naam@voorbeeld.nl' },
    ]);
  });

  describe('dates (YYYY-MM-DD, and the day must exist)', () => {
    test('a day that does not exist, quoted: "2026-02-30"', () => {
      expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => ((d.published = '2026-02-30'), delete d.updated)))).toEqual([
        { file: PRACTICE, field: 'published', label: 'Op deze site sinds', found: '"2026-02-30": geen bestaande datum', allowed: DATE_ALLOWED },
      ]);
    });

    // Editors and the CMS write dates unquoted. A YAML 1.1 reader turns 2026-02-30 into 2 March
    // silently; the checker must still see what the editor wrote.
    test('a day that does not exist, unquoted as editors write it: 2026-02-30', () => {
      expect(problemsAfter((c) => c.replaceText('practices/voorbeeldpraktijk.md', /^published: .*$/m, 'published: 2026-02-30').replaceText('practices/voorbeeldpraktijk.md', /^updated: .*\n/m, ''))).toEqual([
        { file: PRACTICE, field: 'published', label: 'Op deze site sinds', found: '"2026-02-30": geen bestaande datum', allowed: DATE_ALLOWED },
      ]);
    });

    // Exactly one line: a date in the wrong format is not also "a day that does not exist".
    test('day-month-year: 10-03-2026', () => {
      expect(problemsAfter((c) => c.replaceText('practices/voorbeeldpraktijk.md', /^published: .*$/m, 'published: 10-03-2026').replaceText('practices/voorbeeldpraktijk.md', /^updated: .*\n/m, ''))).toEqual([
        { file: PRACTICE, field: 'published', label: 'Op deze site sinds', found: '"10-03-2026"', allowed: DATE_ALLOWED },
      ]);
    });

    test('a date in a region (joined)', () => {
      expect(problemsAfter((c) => c.edit('regions/voorbeeldregio.md', (d) => (d.joined = '22-10-2019')))).toEqual([
        { file: REGION, field: 'joined', label: 'Doet mee sinds', found: '"22-10-2019"', allowed: DATE_ALLOWED },
      ]);
    });
  });

  describe('date-times need an offset', () => {
    test('quoted, without offset', () => {
      expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.start = '2019-12-12T13:00:00')))).toEqual([
        { file: EVENT, field: 'start', label: 'Begin', found: '"2019-12-12T13:00:00"', allowed: DATETIME_ALLOWED },
      ]);
    });

    // Unquoted, a YAML 1.1 reader takes a date-time without offset as UTC: the event would move an
    // hour (two in summer) without anyone noticing. The checker must refuse it like the quoted one.
    test('unquoted, without offset', () => {
      expect(problemsAfter((c) => c.replaceText('events/voorbeeldbijeenkomst.md', /^start: .*$/m, 'start: 2019-12-12T13:00:00'))).toEqual([
        { file: EVENT, field: 'start', label: 'Begin', found: '"2019-12-12T13:00:00"', allowed: DATETIME_ALLOWED },
      ]);
    });

    test('a day alone for the end of an event that starts at a time', () => {
      expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.end = '2019-12-12')))).toEqual([
        { file: EVENT, field: 'end', label: 'Einde', found: 'begin "2019-12-12T13:00:00+01:00" en einde "2019-12-12"', allowed: EVENT_MESSAGES.endSameKind },
      ]);
    });

    test('a day alone, when the source gives no time, is accepted for start and end', () => {
      expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => ((d.start = '2019-12-12'), (d.end = '2019-12-13'))))).toEqual([]);
      expect(problemsAfter((c) => c.replaceText('events/voorbeeldbijeenkomst.md', /^start: .*$/m, 'start: 2019-12-12').replaceText('events/voorbeeldbijeenkomst.md', /^end: .*$/m, 'end: 2019-12-12'))).toEqual([]);
    });

    test('a day that does not exist is refused, also without a time', () => {
      expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => ((d.start = '2019-02-30'), delete d.end)))).toEqual([
        { file: EVENT, field: 'start', label: 'Begin', found: '"2019-02-30": geen bestaande datum', allowed: DATETIME_ALLOWED },
      ]);
    });

    test('unquoted with an offset is accepted (same moment)', () => {
      expect(problemsAfter((c) => c.replaceText('events/voorbeeldbijeenkomst.md', /^start: .*$/m, 'start: 2019-12-12T13:00:00+01:00'))).toEqual([]);
    });
  });

  test.each([
    ['latitude below the Netherlands', 'lat', 48.85, 'Breedtegraad', 'minstens 50.7'],
    ['latitude above the Netherlands', 'lat', 55, 'Breedtegraad', 'hoogstens 53.7'],
    ['longitude west of the Netherlands', 'lon', 2.35, 'Lengtegraad', 'minstens 3.3'],
    ['longitude east of the Netherlands', 'lon', 8, 'Lengtegraad', 'hoogstens 7.3'],
  ] as const)('%s', (_, key, value, label, allowed) => {
    expect(problemsAfter((c) => c.edit('regions/voorbeeldregio.md', (d) => (d.location[key] = value)))).toEqual([
      { file: REGION, field: `location.${key}`, label, found: String(value), allowed },
    ]);
  });

  test('unknown field at the top', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.tags = ['x'])))).toEqual([
      {
        file: PRACTICE,
        field: 'tags',
        found: 'een veld dat het model niet kent',
        allowed: 'alleen deze velden: title, summary, region, place, province, image, organisations, themes, advice, sectors, ageGroups, phase, started, evidence, recognisedInterventions, results, contact, links, targetGroup, goal, workingElements, conditions, costs, lessons, sources, published, updated, reviewBy, draft',
      },
    ]);
  });

  test('unknown field in a nested group', () => {
    expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.location.room = 'Zaal 1')))).toEqual([
      { file: EVENT, field: 'location.room', found: 'een veld dat het model niet kent', allowed: 'alleen deze velden: online, toFollow, name, address, city, url' },
    ]);
  });

  test('unknown field in a newsletter item', () => {
    expect(problemsAfter((c) => c.edit('newsletters/nieuwsbrief-1.md', (d) => (d.sections[0].items[1].note = 'x')))).toEqual([
      { file: NEWSLETTER, field: 'sections[0].items[1].note', found: 'een veld dat het model niet kent', allowed: 'alleen deze velden: type, news' },
    ]);
  });

  test('unknown newsletter item type (allowed in words, not zod\'s English message)', () => {
    const problems = problemsAfter((c) => c.edit('newsletters/nieuwsbrief-1.md', (d) => (d.sections[0].items[0] = { type: 'video', url: 'https://example.org' })));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: NEWSLETTER, field: 'sections[0].items[0].type', found: '"video"', allowed: 'practice, news, event, region, free' });
  });
});

describe('event rules', () => {
  test('end before start', () => {
    expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.end = '2019-12-12T12:00:00+01:00')))).toEqual([
      { file: EVENT, field: 'end', label: 'Einde', found: '2019-12-12T12:00:00+01:00, niet na het begin 2019-12-12T13:00:00+01:00', allowed: 'Het einde moet na het begin liggen.' },
    ]);
  });

  test('end equal to start (same moment in another offset)', () => {
    expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.end = '2019-12-12T12:00:00Z')))).toEqual([
      { file: EVENT, field: 'end', label: 'Einde', found: '2019-12-12T12:00:00Z, niet na het begin 2019-12-12T13:00:00+01:00', allowed: 'Het einde moet na het begin liggen.' },
    ]);
  });

  test.each([
    ['without a city', { name: 'Stadhuis' }],
    ['without a name', { city: 'Hengelo' }],
    ['empty and not online', { online: false }],
  ])('place %s', (_, location) => {
    expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.location = location)))).toEqual([
      { file: EVENT, field: 'location', label: 'Locatie', found: 'een groep velden', allowed: PLACE_MESSAGE },
    ]);
  });

  test('an online event needs no place', () => {
    expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.location = { online: true, url: 'https://example.org/webinar' })))).toEqual([]);
  });

  test('registration with neither url nor e-mail', () => {
    expect(problemsAfter((c) => c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.registration = {})))).toEqual([
      { file: EVENT, field: 'registration', label: 'Aanmelden', found: 'een groep velden', allowed: REGISTRATION_MESSAGE },
    ]);
  });
});

describe('rules across entries', () => {
  test('unknown reference in a list names file, field and id', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.themes = ['thuiszitters', 'bestaat-niet'])))).toEqual([
      { file: PRACTICE, field: 'themes[1]', label: "Thema's", found: '"bestaat-niet", maar er is geen thema met die naam', allowed: "een bestaande naam uit Thema's (de map themes/)." },
    ]);
  });

  test('unknown reference in a single field', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.region = 'nergens')))).toEqual([
      { file: PRACTICE, field: 'region', label: 'Inspiratieregio', found: '"nergens", maar er is geen inspiratieregio met die naam', allowed: "een bestaande naam uit Inspiratieregio's (de map regions/)." },
    ]);
  });

  test('unknown reference inside a nested list', () => {
    expect(problemsAfter((c) => c.edit('regions/voorbeeldregio.md', (d) => (d.advice[0].advice = 'advies-acht')))).toEqual([
      { file: REGION, field: 'advice[0].advice', label: 'Advies', found: '"advies-acht", maar er is geen advies met die naam', allowed: 'een bestaande naam uit Adviezen (de map advice/).' },
    ]);
  });

  test('a deleted entry is reported at every place that refers to it', () => {
    const problems = problemsAfter((c) => c.remove('organisations/gemeente-voorbeeld.md'));
    expect(problems.map((p) => `${p.file} ${p.field}`).sort()).toEqual([
      `${COMMUNITY} organisations[0]`,
      `${PRACTICE} organisations[0]`,
      `${REGION} partners[0]`,
    ]);
    expect(problems.every((p) => p.found === '"gemeente-voorbeeld", maar er is geen organisatie met die naam')).toBe(true);
  });

  test('duplicate advice number', () => {
    expect(problemsAfter((c) => c.copy('advice/samen-werken.md', 'advice/tweede-advies.md'))).toEqual([
      { file: 'content/advice/tweede-advies.md', field: 'number', label: 'Nummer', found: `1, dat ook al in ${ADVICE} staat`, allowed: 'een nummer dat nog niet gebruikt is' },
    ]);
  });

  test('duplicate newsletter number', () => {
    expect(problemsAfter((c) => c.copy('newsletters/nieuwsbrief-1.md', 'newsletters/nieuwsbrief-2.md'))).toEqual([
      { file: 'content/newsletters/nieuwsbrief-2.md', field: 'number', label: 'Nummer', found: `1, dat ook al in ${NEWSLETTER} staat`, allowed: 'een nummer dat nog niet gebruikt is' },
    ]);
  });

  test('updated before published', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.updated = '2020-01-09')))).toEqual([
      { file: PRACTICE, field: 'updated', label: 'Bijgewerkt op', found: '2020-01-09, vóór de publicatiedatum 2020-01-10', allowed: 'een datum op of na 2020-01-10' },
    ]);
  });

  test('updated on the day of publication is fine', () => {
    expect(problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.updated = '2020-01-10')))).toEqual([]);
  });

  describe('newsletters', () => {
    test('a sent newsletter pointing at a draft practice: names newsletter, section and item, and advises a free item', () => {
      const problems = problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => (d.draft = true)));
      expect(problems).toEqual([
        {
          file: NEWSLETTER,
          field: 'sections[0].items[0].practice',
          label: 'Praktijkvoorbeeld',
          found: 'blok 1 ("Uit de praktijk"), item 1: "voorbeeldpraktijk", een praktijkvoorbeeld dat nog concept is',
          allowed: `een gepubliceerd praktijkvoorbeeld (draft: false).${SENT_FIX}`,
        },
      ]);
      expect(formatProblem(problems[0]!)).toContain('vrij item');
    });

    test('a concept newsletter pointing at a draft practice: same problem, no advice to use a free item', () => {
      const problems = problemsAfter((c) => {
        c.edit('practices/voorbeeldpraktijk.md', (d) => (d.draft = true));
        c.edit('newsletters/nieuwsbrief-1.md', (d) => ((d.status = 'concept'), delete d.sentOn));
      });
      expect(problems).toEqual([
        {
          file: NEWSLETTER,
          field: 'sections[0].items[0].practice',
          label: 'Praktijkvoorbeeld',
          found: 'blok 1 ("Uit de praktijk"), item 1: "voorbeeldpraktijk", een praktijkvoorbeeld dat nog concept is',
          allowed: 'een gepubliceerd praktijkvoorbeeld (draft: false).',
        },
      ]);
    });

    test('a newsletter pointing at a missing entry, in the second section', () => {
      const problems = problemsAfter((c) =>
        c.edit('newsletters/nieuwsbrief-1.md', (d) => d.sections.push({ heading: 'Agenda', items: [{ type: 'event', event: 'voorbeeldbijeenkomst' }, { type: 'news', news: 'verdwenen' }] })),
      );
      expect(problems).toEqual([
        {
          file: NEWSLETTER,
          field: 'sections[1].items[1].news',
          label: 'Nieuwsbericht',
          found: 'blok 2 ("Agenda"), item 2: "verdwenen", maar er is geen nieuwsbericht met die naam',
          allowed: `een bestaande naam uit Nieuws (de map news/).${SENT_FIX}`,
        },
      ]);
    });
  });
});

describe('file names', () => {
  // The ids that are also route segments (content-model.md); the model may reserve more.
  test.each(['thema', 'advies', 'regio', 'pagina', 'nieuw-sinds-vorige', 'rss', 'data'])('reserved id %s', (id) => {
    const problems = problemsAfter((c) => c.copy('themes/thuiszitters.md', `themes/${id}.md`));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: `content/themes/${id}.md`, field: 'bestandsnaam', found: `"${id}", een naam die de site zelf gebruikt` });
    expect(problems[0]!.allowed).toMatch(/^een andere naam dan /);
    for (const reserved of ['thema', 'advies', 'pagina', 'nieuw-sinds-vorige', 'rss', 'data']) expect(problems[0]!.allowed).toContain(reserved);
  });

  test('a page may not take the name of a list route', () => {
    const problems = problemsAfter((c) => c.copy('pages/over.mdx', 'pages/agenda.mdx'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/pages/agenda.mdx', field: 'bestandsnaam', found: '"agenda", een naam die de site zelf gebruikt' });
  });

  test.each([
    ['uppercase', 'Thuiszitters'],
    ['underscore', 'thuis_zitters'],
    ['space', 'thuis zitters'],
    ['double hyphen', 'thuis--zitters'],
  ])('bad file name (%s)', (_, id) => {
    expect(problemsAfter((c) => c.copy('themes/thuiszitters.md', `themes/${id}.md`))).toEqual([
      { file: `content/themes/${id}.md`, field: 'bestandsnaam', found: `"${id}"`, allowed: 'kleine letters (a-z), cijfers en losse streepjes, zoals dokwerk-gorinchem' },
    ]);
  });

  test('a file with the wrong extension', () => {
    expect(problemsAfter((c) => c.copy('themes/thuiszitters.md', 'themes/preventie.markdown'))).toEqual([
      { file: 'content/themes/preventie.markdown', field: '', found: 'een .markdown-bestand', allowed: 'alleen .md-bestanden in themes/' },
    ]);
  });

  test('unreadable YAML', () => {
    const problems = problemsAfter((c) => c.write('themes/kapot.md', '---\ntitle: [Kapot\ndescription: "niet afgesloten\n---\nTekst.\n'));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/themes/kapot.md', field: 'front matter', allowed: 'geldige YAML tussen twee regels ---' });
    expect(problems[0]!.found).toMatch(/^YAML die niet te lezen is \(.+\)$/);
    // One line, not the parser's multi-line excerpt.
    expect(formatProblem(problems[0]!)).not.toContain('\n');
  });
});

describe('all problems at once', () => {
  function breakThreeFiles(c: ContentFixture) {
    c.edit('practices/voorbeeldpraktijk.md', (d) => (d.summary = chars(301)));
    c.edit('events/voorbeeldbijeenkomst.md', (d) => (d.start = '2019-12-12T13:00:00'));
    c.edit('regions/voorbeeldregio.md', (d) => (d.partners = ['onbekende-partner']));
  }

  test('a folder with three broken files gives a line for each', () => {
    const lines = problemsAfter(breakThreeFiles).map(formatProblem);
    expect(lines.sort()).toEqual([
      `${EVENT}: start (Begin): gevonden "2019-12-12T13:00:00"; toegestaan: ${DATETIME_ALLOWED}`,
      `${PRACTICE}: summary (Samenvatting): gevonden een tekst van 301 tekens; toegestaan: hoogstens 300 tekens`,
      `${REGION}: partners[0] (Partners): gevonden "onbekende-partner", maar er is geen organisatie met die naam; toegestaan: een bestaande naam uit Organisaties (de map organisations/).`,
    ]);
  });

  test('npm run check:content lists them all and exits 1', () => {
    const fixture = new ContentFixture();
    breakThreeFiles(fixture);
    const run = spawnSync(process.execPath, ['scripts/check-content.ts'], { cwd: PROJECT_ROOT, env: { ...process.env, CONTENT_DIR: fixture.content }, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const lines = run.stderr.split('\n').filter((l) => l.startsWith('  '));
    expect(lines).toHaveLength(3);
    expect(run.stderr).toContain('heeft 3 problemen');
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });

  // A file with a schema problem must still have its references checked: otherwise an editor fixes
  // one line, builds again (minutes in CI) and only then learns about the next.
  test('one file with a schema problem and an unknown reference gives both', () => {
    const problems = problemsAfter((c) => c.edit('practices/voorbeeldpraktijk.md', (d) => ((d.province = 'brabant'), (d.themes = ['bestaat-niet']))));
    expect(problems.map((p) => p.field).sort()).toEqual(['province', 'themes[0]']);
  });
});
