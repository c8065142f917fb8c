/**
 * The Spiegel's file (src/spiegel/file.ts): what is written reads back the same, and anything
 * damaged or foreign gives one clear Dutch message and no answers.
 */
import { describe, expect, test } from 'vitest';
import { FILE_TYPE, fileName, readFile, toFile } from '../../src/spiegel/file.ts';
import type { SpiegelAdvice } from '../../src/spiegel/result.ts';

const ADVICE: SpiegelAdvice[] = [
  { id: 'verbreden-van-teams', number: 1, title: 'Teams', statements: ['a', 'b', 'c', 'd'] },
  { id: 'coalitie-van-denken-naar-doen', number: 7, title: 'Coalitie', statements: ['a', 'b', 'c'] },
];
const NOW = new Date('2026-12-04T10:30:00Z');
const file = (answers: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ type: FILE_TYPE, version: 1, saved: NOW.toISOString(), answers, ...extra });

describe('writing and reading back', () => {
  test('a saved file reads back to the same answers, with its date', () => {
    const answers = { 'verbreden-van-teams': ['geborgd', null, 'weet-niet', 'nog-niet'] as const, 'coalitie-van-denken-naar-doen': ['verkennen'] as const };
    const written = toFile(ADVICE, answers as never, NOW);
    expect(written).toEqual({
      type: 'met-andere-ogen/spiegel',
      version: 1,
      saved: '2026-12-04T10:30:00.000Z',
      answers: { 'verbreden-van-teams': ['geborgd', null, 'weet-niet', 'nog-niet'], 'coalitie-van-denken-naar-doen': ['verkennen', null, null] },
    });
    expect(readFile(JSON.stringify(written), ADVICE)).toEqual({ ok: true, answers: written.answers, saved: written.saved });
  });

  test('a file with fewer adviezen or answers fills in the rest as open', () => {
    expect(readFile(file({ 'verbreden-van-teams': ['geborgd'] }), ADVICE)).toEqual({
      ok: true,
      saved: NOW.toISOString(),
      answers: { 'verbreden-van-teams': ['geborgd', null, null, null], 'coalitie-van-denken-naar-doen': [null, null, null] },
    });
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
    ['another version', file({}, { version: 2 }), 'Dit bestand heeft versie 2; deze pagina leest alleen versie 1.'],
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
