/**
 * Sources (issue 15): every entry of a sourced collection names where its facts come from, in a
 * structured field, checked with a Dutch message; a newsletter is "sent" only with the day it was
 * sent; an event may give a day without a time and a place that is not known yet.
 */
import { describe, expect, test } from 'vitest';
import { ContentFixture } from '../support/content-fixture.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { SOURCED_COLLECTIONS, SOURCES_ALLOWED } from '../../src/model/trust-rules.ts';
import { collections } from '../../src/model/index.ts';
import { f } from '../../src/model/fields.ts';
import { formatEventWhen, formatPartialDate } from '../../src/lib/dates.ts';
import { eventAttributes } from '../../src/feeds/ics.ts';
import { createEvents } from 'ics';

const problemsAfter = (change: (c: ContentFixture) => void) => {
  const fixture = new ContentFixture();
  change(fixture);
  return fixture.check();
};

const FILES: Record<(typeof SOURCED_COLLECTIONS)[number], string> = {
  practices: 'practices/voorbeeldpraktijk.md',
  regions: 'regions/voorbeeldregio.md',
  news: 'news/voorbeeldnieuws.md',
  events: 'events/voorbeeldbijeenkomst.md',
  communities: 'communities/voorbeeld-community.md',
  advice: 'advice/samen-werken.md',
  organisations: 'organisations/gemeente-voorbeeld.md',
};

describe('sources', () => {
  test('every sourced collection has the one sources field of the model', () => {
    for (const name of SOURCED_COLLECTIONS) expect(Object.keys(collections[name].schema.shape), name).toContain('sources');
  });

  test.each(SOURCED_COLLECTIONS.map((c) => [c, FILES[c]] as const))('%s: an entry without sources is refused, in Dutch', (_, file) => {
    const problems = problemsAfter((c) => c.edit(file, (d) => delete d.sources));
    expect(problems).toEqual([{ file: `content/${file}`, field: 'sources', label: 'Bronnen', found: 'geen bronnen (het veld ontbreekt)', allowed: SOURCES_ALLOWED }]);
    expect(formatProblem(problems[0]!)).toMatch(/^content\/.*: sources \(Bronnen\): gevonden geen bronnen/);
  });

  test('an empty list of sources is refused too', () => {
    expect(problemsAfter((c) => c.edit(FILES.regions, (d) => (d.sources = [])))).toEqual([
      { file: `content/${FILES.regions}`, field: 'sources', label: 'Bronnen', found: 'een lege lijst met bronnen', allowed: SOURCES_ALLOWED },
    ]);
  });

  test('a draft practice may still be without a source', () => {
    const problems = problemsAfter((c) => c.edit(FILES.practices, (d) => ((d.draft = true), delete d.sources)));
    // (The fixture's newsletter points at this practice: that rule still speaks; the sources rule does not.)
    expect(problems.filter((p) => p.field === 'sources')).toEqual([]);
    expect(problems.map((p) => p.file)).not.toContain(`content/${FILES.practices}`);
  });

  test('the fixture entries with their sources are fine (good case)', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  test('a source needs a title and a publisher; its date as precise as the source gives it', () => {
    const schema = f.sources();
    expect(schema.safeParse([{ title: 'De Opgave', publisher: 'Regio Twente', date: '2019' }]).success).toBe(true);
    expect(schema.safeParse([{ title: 'Herfstbericht ontwikkeltafels Twente', publisher: 'Regio Twente', date: '2019-11' }]).success).toBe(true);
    expect(schema.safeParse([{ title: 'Bericht', publisher: 'VO-raad', date: '2019-10-22', url: 'https://www.vo-raad.nl/' }]).success).toBe(true);
    expect(schema.safeParse([{ title: 'Bericht', date: '2019-10-22' }]).success).toBe(false);
    expect(schema.safeParse([{ publisher: 'VO-raad', date: '2019-10-22' }]).success).toBe(false);
    // A source that gives no date: the date is left out, never made up.
    expect(schema.safeParse([{ title: 'Vervolg "Ik kom naar je toe"', publisher: 'Programma Met Andere Ogen' }]).success).toBe(true);
    expect(schema.safeParse([{ title: 'Bericht', publisher: 'X', date: '2019-13' }]).success).toBe(false);
    expect(schema.safeParse([{ title: 'Bericht', publisher: 'X', date: '2019-02-30' }]).success).toBe(false);
    expect(schema.safeParse([{ title: 'Bericht', publisher: 'X', date: 'november 2019' }]).success).toBe(false);
    expect(schema.safeParse([{ title: 'Bericht', publisher: 'X', date: '2019', url: 'javascript:alert(1)' }]).success).toBe(false);
  });

  test('a wrong source date is named in Dutch with what is allowed', () => {
    const lines = problemsAfter((c) => c.edit(FILES.regions, (d) => (d.sources = [{ title: 'Profiel', publisher: 'Regio', date: 'herfst 2019' }]))).map(formatProblem);
    expect(lines).toEqual([
      'content/regions/voorbeeldregio.md: sources[0].date (Datum van de bron): gevonden "herfst 2019"; toegestaan: een jaar, een maand of een dag: 2019, 2019-11 of 2019-11-29',
    ]);
  });

  test('source dates read as the source gives them', () => {
    expect(formatPartialDate('2019')).toBe('2019');
    expect(formatPartialDate('2018-12')).toBe('december 2018');
    expect(formatPartialDate('2019-10-22')).toBe('22 oktober 2019');
  });
});

describe('newsletters: "sent" only when it was', () => {
  const NEWSLETTER = 'newsletters/nieuwsbrief-1.md';
  test('status verzonden without the day it was sent is refused', () => {
    expect(problemsAfter((c) => c.edit(NEWSLETTER, (d) => delete d.sentOn)).map(formatProblem)).toEqual([
      'content/newsletters/nieuwsbrief-1.md: sentOn (Verstuurd op): gevonden de status "verzonden" zonder de dag van verzenden; toegestaan: de dag waarop de nieuwsbrief echt verstuurd is (sentOn), of de status "klaar" (op de site, nog niet verstuurd)',
    ]);
  });
  test('a day of sending on a newsletter that was not sent is refused', () => {
    expect(problemsAfter((c) => c.edit(NEWSLETTER, (d) => (d.status = 'klaar'))).map((p) => p.field)).toEqual(['sentOn']);
  });
  test('a newsletter on the site that was not sent needs no day of sending', () => {
    expect(problemsAfter((c) => c.edit(NEWSLETTER, (d) => ((d.status = 'klaar'), delete d.sentOn)))).toEqual([]);
  });
});

describe('events: what sources really give', () => {
  const EVENT = 'events/voorbeeldbijeenkomst.md';
  test('a place not known yet: "Locatie volgt" instead of a made-up place', () => {
    expect(problemsAfter((c) => c.edit(EVENT, (d) => (d.location = { toFollow: true })))).toEqual([]);
    expect(problemsAfter((c) => c.edit(EVENT, (d) => (d.location = { toFollow: false }))).map((p) => p.field)).toEqual(['location']);
  });

  test('a day without a time is shown as the day, never with a time', () => {
    expect(formatEventWhen('2019-11-29')).toBe('vrijdag 29 november 2019');
    expect(formatEventWhen('2019-11-29', '2019-11-30')).toBe('vrijdag 29 november 2019 tot zaterdag 30 november 2019');
    expect(formatEventWhen('2019-11-29T09:00:00+01:00', '2019-11-29T12:00:00+01:00')).toBe('vrijdag 29 november 2019, 09:00 tot 12:00 uur');
  });

  test('a day without a time is an all-day event in iCalendar', () => {
    const data = {
      title: 'Bestuurders bijeen', summary: 'Samen', kind: 'netwerkbijeenkomst', start: '2019-11-29',
      location: { online: false, toFollow: true }, organiser: 'Twente', communities: [], regions: [], themes: [],
    } as never;
    const { value, error } = createEvents([eventAttributes({ id: 'dag', data }, { site: 'https://www.example.nl', now: new Date('2026-01-01T00:00:00Z') })]);
    expect(error).toBeFalsy();
    expect(value).toContain('DTSTART;VALUE=DATE:20191129');
    expect(value).toContain('DTEND;VALUE=DATE:20191130');
    expect(value).not.toMatch(/DTSTART:2019/);
    expect(value).toContain('LOCATION:Locatie volgt');
  });
});
