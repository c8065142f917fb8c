/**
 * Abbreviations and written-out forms from the begrippenlijst: both ways, optional parts in brackets,
 * only forms of one entry, and never a form the page already has.
 */
import { describe, expect, test } from 'vitest';
import { missingSynonyms, synonymGroups } from '../../src/search/synonyms.ts';
import { searchWords } from '../../src/search/index-text.ts';

const groups = synonymGroups([
  { term: 'MDO', full: 'multidisciplinair overleg', also: ["MDO's"] },
  { term: '(V)SO', full: '(voortgezet) speciaal onderwijs', also: ['vso', 'VSO'] },
  { term: 'interprofessioneel', also: ['interprofessionele', 'interprofessioneel werken'] },
  { term: 'jeugdhulp', full: 'hulp op grond van de Jeugdwet' },
  { term: 'jeugdzorg' },
]);
const add = (text: string) => missingSynonyms(groups, searchWords(text));

describe('synonyms from the begrippenlijst', () => {
  test('an abbreviation gets its written-out form, and the reverse', () => {
    expect(add('Het MDO op school')).toEqual(['multidisciplinair overleg']);
    expect(add('Een multidisciplinair overleg over een kind')).toEqual(['mdo']);
  });

  test('brackets give two readings: vso with voortgezet speciaal onderwijs, so with speciaal onderwijs', () => {
    expect(add('Jongeren die het vso verlaten')).toEqual(['voortgezet speciaal onderwijs']);
    expect(add('Het voortgezet speciaal onderwijs')).toEqual(['vso', 'so']);
    expect(add('Van het speciaal onderwijs naar het regulier onderwijs')).toEqual(['so']);
  });

  test('a page with every form gets nothing; a page with none gets nothing', () => {
    expect(add('Het MDO (multidisciplinair overleg)')).toEqual([]);
    expect(add('Een overleg over een kind')).toEqual([]);
  });

  test('terms of separate entries are never joined (jeugdhulp and jeugdzorg stay apart)', () => {
    expect(add('jeugdhulp in de klas')).toEqual(['hulp op grond van de jeugdwet']);
    expect(add('de jeugdzorg in de regio')).toEqual([]);
  });

  test('other forms of more than one word are not added as names', () => {
    expect(add('interprofessioneel')).toEqual(['interprofessionele']);
  });

  test('a written-out form counts only as the whole phrase', () => {
    expect(add('overleg over een multidisciplinair team')).toEqual([]);
  });
});
