/**
 * Scoring of the Spiegel (src/spiegel/result.ts, scale.ts), the help per advice (help.ts) and the
 * summary for the e-mail (summary.ts): plain data in, exact results out.
 */
import { describe, expect, test } from 'vitest';
import { normaliseAnswers, scoreAdvice, spiegelResult, type Answers, type SpiegelAdvice } from '../../src/spiegel/result.ts';
import { formatScore, stageOf } from '../../src/spiegel/scale.ts';
import { adviceHelp } from '../../src/spiegel/help.ts';
import { mailtoHref, summaryText } from '../../src/spiegel/summary.ts';

const advice = (number: number, statements = 4): SpiegelAdvice => ({
  id: `advies-${number}`,
  number,
  title: `Titel ${number}`,
  statements: Array.from({ length: statements }, (_, i) => `Stelling ${number}.${i + 1}`),
});
const SEVEN = [1, 2, 3, 4, 5, 6, 7].map((n) => advice(n, n === 7 ? 3 : 4));

describe('scoreAdvice', () => {
  test('averages the scored answers; "weet ik niet" and open statements do not count', () => {
    const s = scoreAdvice(advice(1), { 'advies-1': ['geborgd', 'weet-niet', 'verkennen', null] });
    expect(s).toEqual({ id: 'advies-1', number: 1, title: 'Titel 1', total: 4, answered: 3, unknown: 1, average: 2, stage: 'in-uitvoering' });
  });

  test('no answer, or only "weet ik niet": no average and no stage', () => {
    expect(scoreAdvice(advice(2), {})).toMatchObject({ answered: 0, unknown: 0, average: null, stage: null });
    expect(scoreAdvice(advice(2), { 'advies-2': ['weet-niet', 'weet-niet'] })).toMatchObject({ answered: 2, unknown: 2, average: null, stage: null });
  });

  test('values that are not answers are ignored, as are answers beyond the statements', () => {
    const s = scoreAdvice(advice(3, 3), { 'advies-3': ['geborgd', 'misschien' as never, 'nog-niet', 'geborgd'] });
    expect(s).toMatchObject({ total: 3, answered: 2, average: 1.5, stage: 'in-uitvoering' });
  });
});

describe('stageOf and formatScore', () => {
  test.each([
    [0, 'nog-niet'],
    [0.49, 'nog-niet'],
    [0.5, 'verkennen'],
    [1.49, 'verkennen'],
    [1.5, 'in-uitvoering'],
    [2.5, 'geborgd'],
    [3, 'geborgd'],
  ] as const)('%s → %s', (average, stage) => expect(stageOf(average)).toBe(stage));

  test('one decimal with a Dutch comma', () => {
    expect(formatScore(2.25)).toBe('2,3');
    expect(formatScore(0)).toBe('0,0');
  });
});

describe('spiegelResult', () => {
  test('the two weakest: lowest average first, a tie goes to the lower advice number', () => {
    const answers: Answers = {
      'advies-1': ['geborgd', 'geborgd', 'geborgd', 'geborgd'],
      'advies-2': ['verkennen', 'verkennen', null, null],
      'advies-3': ['in-uitvoering'],
      'advies-5': ['verkennen', 'weet-niet'],
      'advies-6': ['weet-niet', 'weet-niet', 'weet-niet', 'weet-niet'],
    };
    const r = spiegelResult(SEVEN, answers);
    expect(r.weakest.map((s) => s.number)).toEqual([2, 5]);
    expect(r.onlyUnknown.map((s) => s.number)).toEqual([6]);
    expect(r.scores.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect([r.answered, r.total, r.complete]).toEqual([13, 27, false]);
  });

  test('with one scored advice there is one weakest; with none, none', () => {
    expect(spiegelResult(SEVEN, { 'advies-4': ['geborgd'] }).weakest.map((s) => s.number)).toEqual([4]);
    expect(spiegelResult(SEVEN, {}).weakest).toEqual([]);
    expect(spiegelResult(SEVEN, { 'advies-4': ['weet-niet'] }).weakest).toEqual([]);
  });

  test('complete when every statement has an answer, "weet ik niet" included', () => {
    const all = Object.fromEntries(SEVEN.map((a) => [a.id, a.statements.map(() => 'weet-niet' as const)]));
    expect(spiegelResult(SEVEN, all).complete).toBe(true);
    expect(spiegelResult([], {}).complete).toBe(false);
  });

  test('the order of the advice list does not change the result', () => {
    const answers: Answers = { 'advies-7': ['nog-niet'], 'advies-3': ['nog-niet'], 'advies-1': ['verkennen'] };
    expect(spiegelResult([...SEVEN].reverse(), answers)).toEqual(spiegelResult(SEVEN, answers));
    expect(spiegelResult(SEVEN, answers).weakest.map((s) => s.number)).toEqual([3, 7]);
  });
});

test('normaliseAnswers keeps known adviezen only, one entry per statement', () => {
  expect(normaliseAnswers([advice(1, 3)], { 'advies-1': ['geborgd'], onbekend: ['geborgd'] })).toEqual({ 'advies-1': ['geborgd', null, null] });
});

describe('adviceHelp', () => {
  const practice = (id: string, evidence: string) => ({ id, data: { evidence } });
  const region = (name: string) => ({ data: { name } });

  test('the best-founded practices first, newest first within a step, at most three', () => {
    const help = adviceHelp(
      [practice('nieuw', 'praktijkervaring'), practice('sterk', 'sterke-aanwijzingen'), practice('ouder', 'praktijkervaring'), practice('onderbouwd', 'goed-onderbouwd')],
      [],
      [],
    );
    expect(help.practices.map((p) => p.id)).toEqual(['sterk', 'onderbouwd', 'nieuw']);
    expect(help.practiceCount).toBe(4);
  });

  test('only regions "in uitvoering" or "geborgd", geborgd first, then by name', () => {
    const help = adviceHelp(
      [],
      [
        { region: region('Twente'), status: 'in-uitvoering' },
        { region: region('Almere'), status: 'verkennen' },
        { region: region('Utrecht'), status: 'geborgd' },
        { region: region('De Meierij'), status: 'in-uitvoering' },
      ],
      ['community'],
    );
    expect(help.regions.map((r) => `${r.region.data.name}:${r.status}`)).toEqual(['Utrecht:geborgd', 'De Meierij:in-uitvoering', 'Twente:in-uitvoering']);
    expect(help.communities).toEqual(['community']);
  });
});

describe('the summary for the programme bureau', () => {
  const r = spiegelResult(SEVEN, { 'advies-1': ['geborgd', 'weet-niet'], 'advies-2': ['nog-niet', 'verkennen', 'verkennen', 'nog-niet'] });
  const text = summaryText(r, 'https://example.org/spiegel/', '4 december 2026');

  test('names every advice, the stand, the weakest and the page', () => {
    expect(text).toContain('Ingevuld op 4 december 2026: 6 van 27 stellingen.');
    expect(text).toContain('Advies 1: Titel 1\n  geborgd (gemiddeld 3,0 van 3); 2 van 4 stellingen beantwoord, 1 keer "weet ik niet"');
    expect(text).toContain('Advies 2: Titel 2\n  verkennen (gemiddeld 0,5 van 3); 4 van 4 stellingen beantwoord');
    expect(text).toContain('Advies 3: Titel 3\n  nog niet ingevuld');
    expect(text).toContain('Hier staan we het zwakst:\n- Advies 2: Titel 2\n- Advies 1: Titel 1');
    expect(text.endsWith('Gemaakt met de Spiegel op https://example.org/spiegel/')).toBe(true);
  });

  test('the mailto link encodes subject and body (spaces %20, line breaks CRLF)', () => {
    const href = mailtoHref('bureau@example.org', 'Onze uitkomst', 'Regel 1\nRegel & 2');
    expect(href).toBe('mailto:bureau@example.org?subject=Onze%20uitkomst&body=Regel%201%0D%0ARegel%20%26%202');
    const full = mailtoHref('bureau@example.org', 'S', text);
    expect(decodeURIComponent(full.split('&body=')[1]!)).toBe(text.replace(/\n/g, '\r\n'));
  });
});
