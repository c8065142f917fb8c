/**
 * The Spiegel's file (src/spiegel/file.ts): what is written reads back the same, and anything
 * damaged or foreign gives one clear Dutch message and no answers.
 */
import { describe, expect, test } from 'vitest';
import { FILE_TYPE, changedStatements, fileName, readFile, toFile } from '../../src/spiegel/file.ts';
import type { SpiegelAdvice } from '../../src/spiegel/result.ts';

const ADVICE: SpiegelAdvice[] = [
  { id: 'verbreden-van-teams', number: 1, title: 'Teams', statements: ['a', 'b', 'c', 'd'] },
  { id: 'coalitie-van-denken-naar-doen', number: 7, title: 'Coalitie', statements: ['a', 'b', 'c'] },
];
const NOW = new Date('2026-12-04T10:30:00Z');
/** A file as version 1 wrote it: answers by position, no statements. */
const file = (answers: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ type: FILE_TYPE, version: 1, saved: NOW.toISOString(), answers, ...extra });
const STATEMENTS = { 'verbreden-van-teams': ['a', 'b', 'c', 'd'], 'coalitie-van-denken-naar-doen': ['a', 'b', 'c'] };
/** A file as version 2 writes it: the statements beside the answers. */
const file2 = (answers: unknown, statements: unknown = STATEMENTS, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ type: FILE_TYPE, version: 2, saved: NOW.toISOString(), answers, statements, ...extra });

describe('writing and reading back', () => {
  test('a saved file reads back to the same answers, with its date', () => {
    const answers = { 'verbreden-van-teams': ['geborgd', null, 'weet-niet', 'nog-niet'] as const, 'coalitie-van-denken-naar-doen': ['verkennen'] as const };
    const written = toFile(ADVICE, answers as never, NOW);
    expect(written).toEqual({
      type: 'met-andere-ogen/spiegel',
      version: 2,
      saved: '2026-12-04T10:30:00.000Z',
      answers: { 'verbreden-van-teams': ['geborgd', null, 'weet-niet', 'nog-niet'], 'coalitie-van-denken-naar-doen': ['verkennen', null, null] },
      statements: STATEMENTS,
    });
    expect(readFile(JSON.stringify(written), ADVICE)).toEqual({ ok: true, answers: written.answers, saved: written.saved, changed: 0 });
  });

  test('a file of version 1 (answers by position) still reads; fewer adviezen or answers are open', () => {
    expect(readFile(file({ 'verbreden-van-teams': ['geborgd'] }), ADVICE)).toEqual({
      ok: true,
      saved: NOW.toISOString(),
      answers: { 'verbreden-van-teams': ['geborgd', null, null, null], 'coalitie-van-denken-naar-doen': [null, null, null] },
      changed: 0,
    });
  });

  test('after the bureau changed the statements, each answer goes back to its own statement; one whose statement is gone is left out', () => {
    const saved = toFile(ADVICE, { 'verbreden-van-teams': ['geborgd', 'verkennen', 'weet-niet', 'nog-niet'] }, NOW);
    // The bureau put a new statement first, moved "c" to the end, reworded "b" and removed "d".
    const now: SpiegelAdvice[] = [{ ...ADVICE[0]!, statements: ['nieuw', 'a', 'b, anders gezegd', 'c'] }, ADVICE[1]!];
    expect(readFile(JSON.stringify(saved), now)).toEqual({
      ok: true,
      saved: NOW.toISOString(),
      answers: { 'verbreden-van-teams': [null, 'geborgd', null, 'weet-niet'], 'coalitie-van-denken-naar-doen': [null, null, null] },
      changed: 2,
    });
    // Spaces and line breaks in a statement do not count as a change.
    const spaced: SpiegelAdvice[] = [{ ...ADVICE[0]!, statements: [' a', 'b\n', 'c', 'd'] }, ADVICE[1]!];
    expect(readFile(JSON.stringify(saved), spaced)).toMatchObject({ ok: true, changed: 0, answers: { 'verbreden-van-teams': ['geborgd', 'verkennen', 'weet-niet', 'nog-niet'] } });
  });

  test('says how many answers were left out, and nothing when none were', () => {
    expect(changedStatements(0)).toBe('');
    expect(changedStatements(1)).toBe(' 1 antwoord hoort bij een stelling die het programmabureau intussen heeft veranderd of weggehaald. Dat antwoord is niet teruggezet: kijk bij de stellingen die nog open staan.');
    expect(changedStatements(3)).toMatch(/^ 3 antwoorden horen bij stellingen die .* Die antwoorden zijn niet teruggezet/);
  });

  test('the file name carries the local date', () => {
    expect(fileName(new Date(2026, 11, 4, 23, 59))).toBe('spiegel-met-andere-ogen-2026-12-04.json');
  });
});

describe('a damaged or foreign file is refused with a Dutch message', () => {
  test.each([
    ['empty', '   ', 'Dit bestand is leeg. Kies een bestand dat je hier eerder hebt bewaard.'],
    ['not JSON (cut off)', file({ 'verbreden-van-teams': ['geborgd'] }).slice(0, 40), 'Dit bestand kunnen we niet lezen: het is beschadigd, of het is geen bestand van de Spiegel.'],
    ['not JSON (a text)', 'Notulen van het overleg', 'Dit bestand kunnen we niet lezen: het is beschadigd, of het is geen bestand van de Spiegel.'],
    ['JSON of something else', JSON.stringify({ name: 'package', version: '1.0.0' }), 'Dit is geen bestand van de Spiegel op de zeven adviezen. Kies een bestand dat je hier eerder hebt bewaard (het heet spiegel-met-andere-ogen-….json).'],
    ['a JSON list', '[1,2,3]', 'Dit is geen bestand van de Spiegel op de zeven adviezen. Kies een bestand dat je hier eerder hebt bewaard (het heet spiegel-met-andere-ogen-….json).'],
    ['another version', file({}, { version: 3 }), 'Dit bestand heeft versie 3; deze pagina leest versie 1 en 2.'],
    ['version 2 without its statements', file2({ 'verbreden-van-teams': ['geborgd'] }, null), 'Dit bestand is beschadigd: de stellingen ontbreken.'],
    ['version 2, answers and statements that differ in number', file2({ 'verbreden-van-teams': ['geborgd', null] }, { 'verbreden-van-teams': ['a'] }), 'Dit bestand is beschadigd: bij advies 1 horen de antwoorden niet bij een lijst met evenveel stellingen.'],
    ['version 2, a statement that is no text', file2({ 'verbreden-van-teams': ['geborgd'] }, { 'verbreden-van-teams': [7] }), 'Dit bestand is beschadigd: bij advies 1 horen de antwoorden niet bij een lijst met evenveel stellingen.'],
    ['no answers', file(undefined), 'Dit bestand is beschadigd: de antwoorden ontbreken.'],
    ['an unknown advice', file({ 'advies-acht': ['geborgd'] }), 'Dit bestand hoort bij andere adviezen: een advies "advies-acht" staat niet op deze site.'],
    ['answers that are no list', file({ 'verbreden-van-teams': 'geborgd' }), 'Dit bestand is beschadigd: bij advies 1 staat geen lijst met antwoorden.'],
    ['more answers than statements', file({ 'coalitie-van-denken-naar-doen': ['geborgd', null, null, 'geborgd'] }), 'Dit bestand past niet bij de stellingen van nu: bij advies 7 staan 4 antwoorden, maar er zijn 3 stellingen.'],
    ['an unknown answer', file({ 'verbreden-van-teams': ['geborgd', 'misschien'] }), 'Dit bestand is beschadigd: bij advies 1, stelling 2 staat "misschien"; toegestaan: nog-niet, verkennen, in-uitvoering, geborgd, weet-niet of leeg (null).'],
  ])('%s', (_, text, message) => {
    expect(readFile(text, ADVICE)).toEqual({ ok: false, message });
  });

  test('a very large file is refused before it is parsed', () => {
    const result = readFile(`{"type":"${FILE_TYPE}","pad":"${'x'.repeat(60_000)}"}`, ADVICE);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^Dit bestand is te groot \(60 kB\)/);
  });

  test('a saved date that is no date is left out, the answers still read', () => {
    expect(readFile(file({}, { saved: 'gisteren' }), ADVICE)).toMatchObject({ ok: true, saved: undefined });
  });
});
