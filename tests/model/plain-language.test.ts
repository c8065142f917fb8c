/**
 * Plain Dutch (issue 15): the begrippenlijst is content (content/begrippen.yml) and checked like
 * content; the check warns (never fails) about sentences over 25 words and about a listed term
 * used without explanation.
 */
import { describe, expect, test } from 'vitest';
import { ContentFixture } from '../support/content-fixture.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { termId, type Term } from '../../src/model/glossary.ts';
import { readGlossary } from '../../src/model/glossary-file.ts';
import { checkPlainLanguage, explains, formatWarning, MAX_WORDS, sentences, wordCount } from '../../src/model/plain-language.ts';
import { loadContent } from '../../src/model/load.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { join } from 'node:path';


const MDO: Term = { term: 'MDO', full: 'multidisciplinair overleg', explanation: 'Een overleg.' };
const SWV: Term = { term: 'samenwerkingsverband', also: ['samenwerkingsverbanden'], explanation: 'Schoolbesturen samen.' };
const GLOSSARY = 'begrippen.yml';

function warningsFor(body: string, terms: Term[] = [MDO, SWV]) {
  const fixture = new ContentFixture();
  fixture.edit('practices/voorbeeldpraktijk.md', () => {}, body);
  const { entries } = loadContent(fixture.content, fixture.root);
  return checkPlainLanguage(entries, terms).filter((w) => w.file.endsWith('voorbeeldpraktijk.md') && w.field === 'body');
}

describe('the begrippenlijst', () => {
  test('the real list reads without problems and holds the terms the issue names', () => {
    const { terms, problems } = readGlossary(join(PROJECT_ROOT, 'content'));
    expect(problems).toEqual([]);
    const names = terms.map((t) => t.term);
    for (const t of ['samenwerkingsverband', 'thuiszitter', 'Jeugdwet-indicatie', 'MDO', 'OJA', '(V)SO', 'SBO', 'PRO', 'RET', 'Entree', 'groepsbeschikking', 'JGZ']) expect(names).toContain(t);
  });

  test('a broken list is a problem of the content check, in Dutch', () => {
    const fixture = new ContentFixture();
    fixture.write(GLOSSARY, 'terms:\n  - term: MDO\n  - term: MDO\n    explanation: Twee keer.\n');
    expect(fixture.lines()).toEqual([
      'content/begrippen.yml: terms[0].explanation (Uitleg): gevonden niets (het veld ontbreekt); toegestaan: verplicht veld: tekst',
    ]);
    fixture.write(GLOSSARY, 'terms:\n  - term: MDO\n    explanation: Een.\n  - term: mdo\n    explanation: Twee.\n');
    expect(fixture.lines()).toEqual(['content/begrippen.yml: terms[1].term (Begrip): gevonden "mdo", dat al op plek 1 staat; toegestaan: elk begrip één keer']);
  });

  test('without the file there is simply no list', () => {
    const fixture = new ContentFixture();
    expect(readGlossary(fixture.content)).toEqual({ terms: [], problems: [] });
  });

  test('each term has a stable anchor', () => {
    expect(termId('(V)SO')).toBe('v-so');
    expect(termId('Jeugdwet-indicatie')).toBe('jeugdwet-indicatie');
  });
});

describe('warnings about plain Dutch', () => {
  const long = Array.from({ length: MAX_WORDS + 1 }, (_, i) => `woord${i}`).join(' ') + '.';
  const ok = Array.from({ length: MAX_WORDS }, (_, i) => `woord${i}`).join(' ') + '.';

  test(`a sentence of more than ${MAX_WORDS} words is a warning; ${MAX_WORDS} words is fine`, () => {
    const w = warningsFor(`${long} Kort.\n`);
    expect(w).toHaveLength(1);
    expect(formatWarning(w[0]!)).toMatch(/^content\/practices\/voorbeeldpraktijk\.md: body: waarschuwing: een zin van 26 woorden .*; beter: zinnen van hoogstens 25 woorden: maak er twee zinnen van$/);
    expect(warningsFor(`${ok} Kort.\n`)).toEqual([]);
  });

  test('sentences are split at full stops and lines; Markdown links count as their text', () => {
    expect(sentences('Eén zin. Nog een zin.\n- een punt\n- [een link](https://x.nl) hier')).toEqual(['Eén zin.', 'Nog een zin.', 'een punt', 'een link hier']);
    expect(wordCount('Op 17 scholen, in Twente.')).toBe(5);
  });

  test('a listed term without explanation is a warning', () => {
    const w = warningsFor('Het MDO komt elke week bij elkaar.\n');
    expect(w.map((x) => x.found)).toEqual(['het begrip "MDO" zonder uitleg']);
    expect(w[0]!.allowed).toContain('"MDO (multidisciplinair overleg)"');
  });

  test('explained by its full name, by brackets or by "is" right after it: no warning', () => {
    expect(warningsFor('Het MDO (multidisciplinair overleg) komt bij elkaar.\n')).toEqual([]);
    expect(warningsFor('Een multidisciplinair overleg heet ook MDO.\n')).toEqual([]);
    expect(warningsFor('Een samenwerkingsverband is een groep schoolbesturen.\n')).toEqual([]);
    expect(explains('De samenwerkingsverbanden (schoolbesturen samen) overleggen.', SWV)).toBe(true);
  });

  test('an abbreviation counts only as written in capitals; a word in any case', () => {
    expect(warningsFor('Wij doen het mdo-werk anders.\n')).toEqual([]);
    expect(warningsFor('Het Samenwerkingsverband betaalt.\n').map((x) => x.found)).toEqual(['het begrip "samenwerkingsverband" zonder uitleg']);
  });

  test('warnings never fail the content check', () => {
    const fixture = new ContentFixture();
    fixture.edit('practices/voorbeeldpraktijk.md', () => {}, `${long} Het MDO.\n`);
    expect(fixture.check().map(formatProblem)).toEqual([]);
  });
});

test('the real content is under the warnings: no long sentence, no unexplained listed term', () => {
  const root = join(PROJECT_ROOT, 'content');
  const { entries } = loadContent(root, PROJECT_ROOT);
  expect(checkPlainLanguage(entries, readGlossary(root).terms).map(formatWarning)).toEqual([]);
});
