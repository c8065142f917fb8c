/** What the admin does before a save (cms/validate.ts) and the small pure helpers of the widgets. */
import { describe, expect, it } from 'vitest';
import { collections, collectionNames, contentRoot } from '../../src/model/index.ts';
import { loadContent } from '../../src/model/load.ts';
import { EVENT_MESSAGES } from '../../src/model/collections/events.ts';
import { checkEntry, describeProblem, groupMessages, isEmptyValue, normalise, normaliseEntry } from '../../cms/validate.ts';
import { fromAmsterdamLocal, toAmsterdamLocal } from '../../cms/amsterdam.ts';
import { maxLengthFromPattern, maxLengthPattern, NOT_IN_CMS } from '../../cms/config.ts';

const practice = {
  title: 'Samen sterk',
  summary: 'Een voorbeeld.',
  place: 'Zwolle',
  province: 'overijssel',
  themes: ['passend-onderwijs'],
  advice: [{ advice: 'verbreden-van-teams' }],
  sectors: ['po'],
  ageGroups: ['4-12'],
  phase: 'pilot',
  evidence: 'praktijkervaring',
  contact: { name: 'Team Zwolle' },
  sources: [{ title: 'Eigen beschrijving door Team Zwolle', publisher: 'Team Zwolle', date: '2026-03' }],
  published: '2026-03-10',
  body: 'Tekst.',
};

const event = {
  title: 'Netwerkdag',
  summary: 'Samen leren.',
  kind: 'netwerkbijeenkomst',
  start: '2026-03-10T09:30:00+01:00',
  location: { online: false, name: 'Stadhuis', city: 'Zwolle' },
  organiser: 'Programmabureau',
  sources: [{ title: 'Uitnodiging Netwerkdag', publisher: 'Programmabureau', date: '2026-02' }],
  body: '',
};

describe('normalise: what Decap leaves behind, made to fit the model', () => {
  it('writes untouched lists as [] and leaves emptied optional fields out', () => {
    const out = normaliseEntry('practices', { ...practice, region: '', organisations: null, started: '', updated: '', image: { src: '', alt: '' }, contact: { name: 'Team Zwolle', email: '', phone: null } });
    expect(out).toMatchObject({ organisations: [], recognisedInterventions: [], results: [], links: [], contact: { name: 'Team Zwolle' } });
    for (const key of ['region', 'started', 'updated', 'image']) expect(out).not.toHaveProperty(key);
    expect(out.contact).toEqual({ name: 'Team Zwolle' });
    expect(checkEntry('practices', out)).toEqual([]);
  });

  it('keeps what was filled in, and the body', () => {
    const out = normaliseEntry('practices', { ...practice, draft: true, results: [{ indicator: 'Doorstroom', value: '60%', source: '' }] });
    expect(out.results).toEqual([{ indicator: 'Doorstroom', value: '60%' }]);
    expect(out.draft).toBe(true);
    expect(out.body).toBe('Tekst.');
  });

  it('drops an empty optional group but keeps a required one', () => {
    expect(normaliseEntry('events', { ...event, registration: { url: '', email: '' } })).not.toHaveProperty('registration');
    expect(normaliseEntry('events', { ...event, location: { online: false } }).location).toEqual({ online: false });
  });

  it('cleans typed newsletter items by their type', () => {
    const items = normalise([{ type: 'practice', practice: 'dokwerk-gorinchem' }, { type: 'free', title: 'T', text: 'x', url: 'https://a.nl' }], collections.newsletters.schema.shape.sections.element.shape.items);
    expect(items).toEqual([{ type: 'practice', practice: 'dokwerk-gorinchem' }, { type: 'free', title: 'T', text: 'x', url: 'https://a.nl' }]);
  });

  it('drops blank rows from a list of values', () => {
    expect(normalise(['Zwolle', '', '  '], collections.regions.schema.shape.municipalities)).toEqual(['Zwolle']);
  });

  it('leaves every existing entry valid', () => {
    const { entries } = loadContent(contentRoot());
    let n = 0;
    for (const name of collectionNames.filter((c) => !NOT_IN_CMS.includes(c))) {
      for (const entry of entries[name]) {
        if (!entry.data) continue;
        const out = normaliseEntry(name, { ...entry.raw, body: entry.body });
        expect(checkEntry(name, out, entry.file).map(describeProblem), entry.file).toEqual([]);
        n++;
      }
    }
    expect(n).toBeGreaterThan(50);
  });
});

describe('checkEntry: the model\'s schema and per-entry rules, in the build\'s words', () => {
  it('an event without a place and not online gets the model\'s message', () => {
    const problems = checkEntry('events', normaliseEntry('events', { ...event, location: { online: false, name: 'Stadhuis' } }));
    expect(problems.map((p) => p.allowed)).toEqual([EVENT_MESSAGES.place]);
    expect(describeProblem(problems[0]!)).toBe(`Locatie: gevonden een groep velden; toegestaan: ${EVENT_MESSAGES.place}`);
  });

  it('a registration needs a URL or an e-mail address', () => {
    // A group written without either (by hand; the CMS leaves an empty optional group out).
    const problems = checkEntry('events', { ...normaliseEntry('events', event), registration: {} });
    expect(problems.map((p) => p.allowed)).toEqual([EVENT_MESSAGES.registration]);
  });

  it('the end lies after the start', () => {
    const problems = checkEntry('events', normaliseEntry('events', { ...event, end: '2026-03-10T09:00:00+01:00' }));
    expect(problems.map((p) => p.allowed)).toEqual([EVENT_MESSAGES.endAfterStart]);
  });

  it('an update not before publication; references are left to the relation widgets', () => {
    const problems = checkEntry('practices', normaliseEntry('practices', { ...practice, updated: '2026-01-01', themes: ['bestaat-niet'] }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ field: 'updated', label: 'Bijgewerkt op' });
  });

  it('an entry without sources is refused in the CMS too, with the build\'s Dutch words', () => {
    const { sources: _s, ...withoutSources } = practice;
    expect(checkEntry('practices', normaliseEntry('practices', withoutSources)).map(describeProblem)).toEqual([
      expect.stringMatching(/^Bronnen: gevonden geen bronnen \(het veld ontbreekt\); toegestaan: minstens één bron/),
    ]);
    expect(checkEntry('practices', normaliseEntry('practices', { ...withoutSources, draft: true }))).toEqual([]);
  });

  it('an event on a day without a time, at a place that is not known yet', () => {
    expect(checkEntry('events', normaliseEntry('events', { ...event, start: '2026-03-10', location: { online: false, toFollow: true, name: '', city: '' } }))).toEqual([]);
  });

  it('names the field and what is allowed for a schema problem', () => {
    const problems = checkEntry('practices', normaliseEntry('practices', { ...practice, title: 'x'.repeat(121) }));
    expect(problems.map(describeProblem)).toEqual(['Titel: gevonden een tekst van 121 tekens; toegestaan: hoogstens 120 tekens']);
  });
});

describe('groups checked with the model (ModelObject widget)', () => {
  it('shows the model\'s message for the place or online rule', () => {
    expect(groupMessages('events.location', { online: false, name: 'Stadhuis', city: '' })).toEqual([EVENT_MESSAGES.place]);
    expect(groupMessages('events.location', { online: true, name: '', url: '' })).toEqual([]);
    expect(groupMessages('events.location', { online: false, name: 'Stadhuis', city: 'Zwolle' })).toEqual([]);
  });

  it('shows the model\'s message for a registration without URL or e-mail, and accepts an empty optional group', () => {
    expect(groupMessages('events.registration', { url: '', email: '' })).toEqual([]);
    expect(groupMessages('events.registration', undefined)).toEqual([]);
    expect(groupMessages('events.registration', { url: 'https://aanmelden.nl' })).toEqual([]);
  });

  it('knows an empty group', () => {
    expect(isEmptyValue({ src: '', alt: '', credit: null })).toBe(true);
    expect(isEmptyValue({ online: false, name: '' })).toBe(true);
    expect(isEmptyValue({ src: '/uploads/a.jpg' })).toBe(false);
  });
});

describe('Dutch time for date-times', () => {
  it('stores the Amsterdam offset of the moment, winter and summer', () => {
    expect(fromAmsterdamLocal('2026-03-10T09:30')).toBe('2026-03-10T09:30:00+01:00');
    expect(fromAmsterdamLocal('2026-06-10T09:30')).toBe('2026-06-10T09:30:00+02:00');
    expect(fromAmsterdamLocal('2026-10-25T12:00')).toBe('2026-10-25T12:00:00+01:00');
    expect(fromAmsterdamLocal('2026-03-29T02:30')).toBe('2026-03-29T03:30:00+02:00'); // the hour that does not exist
    expect(fromAmsterdamLocal('morgen')).toBeUndefined();
  });

  it('shows any stored moment in Amsterdam time', () => {
    expect(toAmsterdamLocal('2026-03-10T08:30:00Z')).toBe('2026-03-10T09:30');
    expect(toAmsterdamLocal('2026-06-10T09:30:00+02:00')).toBe('2026-06-10T09:30');
    expect(toAmsterdamLocal('2026-06-10T03:30:00-04:00')).toBe('2026-06-10T09:30');
    expect(toAmsterdamLocal('onzin')).toBe('');
  });

  it('round-trips through the model\'s date-time format', () => {
    const stored = fromAmsterdamLocal('2026-11-05T14:00')!;
    expect(collections.events.schema.shape.start.safeParse(stored).success).toBe(true);
    expect(toAmsterdamLocal(stored)).toBe('2026-11-05T14:00');
  });
});

describe('length limits', () => {
  it('reads the limit back from the pattern it wrote', () => {
    expect(maxLengthFromPattern(maxLengthPattern(300))).toBe(300);
    expect(maxLengthFromPattern(['^https?://', 'x'])).toBeUndefined();
    expect(maxLengthFromPattern(undefined)).toBeUndefined();
    const re = new RegExp(maxLengthPattern(3)[0] as string);
    expect(re.test('a\nb')).toBe(true);
    expect(re.test('abcd')).toBe(false);
  });
});
