/**
 * The worksheet fields and reviewBy in the content check: all optional, checked when present, with
 * Dutch messages naming file, field, what was found and what is allowed.
 */
import { describe, expect, test } from 'vitest';
import { ContentFixture } from '../support/content-fixture.ts';
import type { Problem } from '../../src/model/problems.ts';
import { WORKSHEET_MESSAGES } from '../../src/model/collections/practices.ts';

const PRACTICE = 'content/practices/voorbeeldpraktijk.md';
function problemsAfter(change: (d: Record<string, any>) => void): Problem[] {
  const fixture = new ContentFixture();
  fixture.edit('practices/voorbeeldpraktijk.md', change);
  return fixture.check();
}

const FULL = {
  targetGroup: 'Leerlingen van 4 tot 12 jaar die vaak afwezig zijn.',
  goal: 'Dat deze leerlingen weer naar school gaan.',
  workingElements: ['Eén gesprek met ouders, school en jeugdhulp samen.'],
  conditions: [{ what: 'Een procesbegeleider', explanation: 'Die plant de gesprekken.' }, { what: 'Afspraken tussen school en gemeente' }],
  costs: { text: 'De gemeente betaalt de procesbegeleider.', amount: 25000, per: 'jaar' },
  lessons: 'Begin klein, met één school.',
  reviewBy: '2027-06-01',
};

describe('worksheet fields', () => {
  test('a practice without any of them is fine (they are optional)', () => {
    expect(problemsAfter(() => {})).toEqual([]);
  });

  test('a practice with all of them filled in is fine', () => {
    expect(problemsAfter((d) => Object.assign(d, FULL))).toEqual([]);
  });

  test('an amount without what it is counted per is refused, in Dutch', () => {
    const problems = problemsAfter((d) => (d.costs = { text: 'De gemeente betaalt.', amount: 25000 }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: PRACTICE, field: 'costs', allowed: WORKSHEET_MESSAGES.costAmount });
  });

  test('costs need their text', () => {
    const problems = problemsAfter((d) => (d.costs = { amount: 100, per: 'kind' }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: PRACTICE, field: 'costs.text', label: 'Wat kost het en wie betaalt' });
  });

  test('an unknown unit names the allowed ones', () => {
    const problems = problemsAfter((d) => (d.costs = { text: 'x', amount: 100, per: 'maand' }));
    expect(problems).toEqual([expect.objectContaining({ file: PRACTICE, field: 'costs.per', label: 'Per', allowed: 'jaar, kind' })]);
  });

  test('a condition needs what it is', () => {
    const problems = problemsAfter((d) => (d.conditions = [{ explanation: 'Alleen uitleg.' }]));
    expect(problems).toEqual([expect.objectContaining({ file: PRACTICE, field: 'conditions[0].what', label: 'Wat' })]);
  });

  test('working elements are a list of texts, not one text', () => {
    const problems = problemsAfter((d) => (d.workingElements = 'Eén tekst'));
    expect(problems).toEqual([expect.objectContaining({ file: PRACTICE, field: 'workingElements', label: 'Werkzame elementen' })]);
  });
});

describe('reviewBy', () => {
  test('not a real date', () => {
    const problems = problemsAfter((d) => (d.reviewBy = '2027-02-30'));
    expect(problems).toEqual([expect.objectContaining({ file: PRACTICE, field: 'reviewBy', label: 'Opnieuw bekijken voor' })]);
  });

  test('not after the last change: names it and what is allowed', () => {
    expect(problemsAfter((d) => (d.reviewBy = '2020-02-01'))).toEqual([
      { file: PRACTICE, field: 'reviewBy', label: 'Opnieuw bekijken voor', found: '2020-02-01, niet na de laatste wijziging 2020-02-01', allowed: 'een datum na 2020-02-01' },
    ]);
  });

  test('without updated it is compared with published', () => {
    expect(problemsAfter((d) => ((d.reviewBy = '2019-12-31'), delete d.updated))).toEqual([
      { file: PRACTICE, field: 'reviewBy', label: 'Opnieuw bekijken voor', found: '2019-12-31, niet na de publicatiedatum 2020-01-10', allowed: 'een datum na 2020-01-10' },
    ]);
  });
});
