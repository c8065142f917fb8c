/** What the curation view lists: new since the date of the newest sent newsletter, grouped by type. */
import { describe, expect, test } from 'vitest';
import { newSinceLastNewsletter, type CurationInput } from '../../src/newsletter/curation.ts';

const input: CurationInput = {
  newsletters: [
    { id: 'nb-1', data: { title: 'Nieuwsbrief januari', number: 1, date: '2026-01-15', sections: [{ items: [{ type: 'practice', practice: 'oud' }] }] } },
    {
      id: 'nb-2',
      data: {
        title: 'Nieuwsbrief maart',
        number: 2,
        date: '2026-03-10',
        sections: [{ items: [{ type: 'region', region: 'bijgewerkt' }, { type: 'free', title: 'x', text: 'y', url: 'https://x.nl/' }] }],
      },
    },
  ],
  practices: [
    { id: 'oud', data: { title: 'Oud', summary: 's', published: '2025-12-01' } },
    { id: 'oud-bijgewerkt', data: { title: 'Oud maar bijgewerkt', summary: 's', published: '2025-12-01', updated: '2026-04-02' } },
    { id: 'zelfde-dag', data: { title: 'Op de dag zelf', summary: 's', published: '2026-03-10' } },
    { id: 'nieuw', data: { title: 'Nieuw', summary: 's', published: '2026-05-01' } },
  ],
  news: [
    { id: 'voor', data: { title: 'Ervoor', summary: 's', date: '2026-03-09' } },
    { id: 'na', data: { title: 'Erna', summary: 's', date: '2026-03-11' } },
    // No source gives its day: its age is unknown, so it is never offered as new.
    { id: 'zonder-datum', data: { title: 'Zonder datum', summary: 's' } },
  ],
  regions: [
    { id: 'lang-geleden', data: { name: 'Lang geleden', joined: '2019-10-22' } },
    { id: 'bijgewerkt', data: { name: 'Bijgewerkt', joined: '2019-10-22', updated: '2026-06-01', developmentQuestion: 'Wat werkt?' } },
    { id: 'nieuwe-regio', data: { name: 'Nieuwe regio', joined: '2026-04-01' } },
  ],
  events: [
    { id: 'geweest', data: { title: 'Geweest', summary: 's', start: '2026-03-09T10:00:00+01:00' } },
    // 00:30 in Amsterdam on the newsletter's day is 23:30 UTC the day before: it still counts.
    { id: 'vroeg', data: { title: 'Vroeg op de dag', summary: 's', start: '2026-03-10T00:30:00+01:00' } },
    { id: 'later', data: { title: 'Later', summary: 's', start: '2026-09-01T13:00:00+02:00', end: '2026-09-01T17:00:00+02:00' } },
  ],
};

describe('new since the newest sent newsletter', () => {
  const c = newSinceLastNewsletter(input);

  test('the cut-off is the date of the newest sent newsletter', () => {
    expect(c.previous).toEqual({ id: 'nb-2', title: 'Nieuwsbrief maart', number: 2, date: '2026-03-10', dateText: '10 maart 2026' });
  });

  test('practices published or updated on or after it, newest first', () => {
    expect(c.practices.map((p) => [p.id, p.status, p.when])).toEqual([
      ['nieuw', 'Nieuw', 'Gepubliceerd op 1 mei 2026'],
      ['oud-bijgewerkt', 'Bijgewerkt', 'Bijgewerkt op 2 april 2026'],
      ['zelfde-dag', 'Nieuw', 'Gepubliceerd op 10 maart 2026'],
    ]);
  });

  test('news dated on or after it', () => {
    expect(c.news.map((n) => n.id)).toEqual(['na']);
  });

  test('regions that joined or were updated, with the newsletters that already had them', () => {
    expect(c.regions.map((r) => [r.id, r.status, r.inNewsletters])).toEqual([
      ['bijgewerkt', 'Profiel bijgewerkt', ['Nieuwsbrief maart']],
      ['nieuwe-regio', 'Nieuwe regio', []],
    ]);
  });

  test('events that start on or after it (in Amsterdam time), soonest first', () => {
    expect(c.events.map((e) => [e.id, e.when])).toEqual([
      ['vroeg', 'dinsdag 10 maart 2026, 00:30 uur'],
      ['later', 'dinsdag 1 september 2026, 13:00 tot 17:00 uur'],
    ]);
  });

  test('with no sent newsletter, everything is listed', () => {
    const all = newSinceLastNewsletter({ ...input, newsletters: [] });
    expect(all.previous).toBeUndefined();
    expect([all.practices.length, all.news.length, all.regions.length, all.events.length]).toEqual([4, 2, 3, 3]);
    expect(all.news.map((n) => n.id)).not.toContain('zonder-datum');
  });
});
