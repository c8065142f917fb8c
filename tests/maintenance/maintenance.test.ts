import { describe, expect, test } from 'vitest';
import { maintenanceOf, type MaintenanceInput } from '../../src/maintenance/maintenance.ts';

const full = {
  targetGroup: 'Iedereen.',
  goal: 'Beter.',
  workingElements: ['Samen.'],
  conditions: [{ what: 'Tijd' }],
  costs: { text: 'Niets.' },
  lessons: 'Veel.',
};

const input: MaintenanceInput = {
  today: '2026-11-23',
  practices: [
    { id: 'oud', data: { title: 'Oud voorbeeld', published: '2020-01-10', updated: '2020-02-01', region: 'noord', ...full } },
    { id: 'bijna', data: { title: 'Bijna', published: '2025-01-01', reviewBy: '2027-01-20', region: 'noord', ...full } },
    { id: 'vers', data: { title: 'Vers', published: '2026-11-01', region: 'noord', goal: 'Iets.' } },
    { id: 'leeg', data: { title: 'Alles leeg', published: '2026-11-01' } },
  ],
  regions: [
    { id: 'noord', name: 'Regio Noord', profile: 'complete' },
    { id: 'zuid', name: 'Regio Zuid', profile: 'writing' },
    { id: 'west', name: 'Regio West', profile: 'partial' },
  ],
  communities: [
    { id: 'goed', data: { title: 'Goed geregeld', facilitator: { name: 'A', email: 'a@example.org' }, rhythm: 'eens per maand' } },
    { id: 'zonder', data: { title: 'Zonder alles' } },
    { id: 'half', data: { title: 'Half', facilitator: { name: 'B', email: 'b@example.org' }, rhythm: ' ' } },
  ],
};

describe('the maintenance view', () => {
  const m = maintenanceOf(input);

  test('practices past reviewBy or within two months of it, the earliest first', () => {
    expect(m.review.map((r) => [r.id, r.state, r.issues[0]])).toEqual([
      ['oud', 'verlopen', 'Had uiterlijk 1 februari 2022 opnieuw bekeken moeten worden'],
      ['bijna', 'binnenkort', 'Opnieuw bekijken vóór 20 januari 2027'],
    ]);
  });

  test('practices with empty worksheet sections name them, most empty first', () => {
    expect(m.worksheet.map((r) => [r.id, r.issues[0]])).toEqual([
      ['leeg', 'Nog leeg: Voor wie, Doel, Werkzame elementen, Wat heb je nodig, Kosten, Wat we leerden'],
      ['vers', 'Nog leeg: Voor wie, Werkzame elementen, Wat heb je nodig, Kosten, Wat we leerden'],
    ]);
  });

  test('regions without a (complete) profile or without practices', () => {
    expect(m.regions.map((r) => [r.id, r.issues])).toEqual([
      ['west', ['Profiel niet compleet: de ontwikkelvraag of de beschrijving ontbreekt', 'Nog geen praktijkvoorbeelden']],
      ['zuid', ['Nog geen profiel: de ontwikkelvraag en de beschrijving ontbreken', 'Nog geen praktijkvoorbeelden']],
    ]);
  });

  test('communities without a facilitator or a rhythm', () => {
    expect(m.communities.map((r) => [r.id, r.issues])).toEqual([
      ['half', ['Niet bekend hoe vaak de community bij elkaar komt']],
      ['zonder', ['Geen begeleider bekend', 'Niet bekend hoe vaak de community bij elkaar komt']],
    ]);
  });

  test('each row links to the entry and to its edit screen in the CMS', () => {
    expect(m.review[0]).toMatchObject({ href: '/praktijkvoorbeelden/oud/', editHref: '/admin/#/collections/practices/entries/oud' });
    expect(m.regions[0]).toMatchObject({ href: '/regios/west/', editHref: '/admin/#/collections/regions/entries/west' });
    expect(m.communities[0]).toMatchObject({ href: '/communities/half/', editHref: '/admin/#/collections/communities/entries/half' });
  });

  test('today decides: a year earlier nothing is due', () => {
    expect(maintenanceOf({ ...input, today: '2021-06-01' }).review.map((r) => r.id)).toEqual([]);
  });
});
