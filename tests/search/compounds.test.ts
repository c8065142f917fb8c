/**
 * The compound splitter: parts only from the site's own words, whole readings only, the Dutch linking
 * letters and endings, and no parts for words that are not compounds.
 */
import { describe, expect, test } from 'vitest';
import { compoundParts } from '../../src/search/compounds.ts';

const site = (...words: string[]) => {
  const set = new Set(words);
  return (w: string) => set.has(w);
};

describe('compoundParts', () => {
  test('splits a compound into parts that occur on the site as words of their own', () => {
    expect(compoundParts('toekomstplan', site('toekomst', 'plan'))).toEqual(['toekomst', 'plan']);
    expect(compoundParts('zorgarrangement', site('zorg', 'arrangement'))).toEqual(['zorg', 'arrangement']);
  });

  test('does not split when a part does not occur on its own', () => {
    expect(compoundParts('toekomstplan', site('toekomst'))).toEqual([]);
    expect(compoundParts('schoolaanwezigheid', site('school'))).toEqual([]);
  });

  test('gives every part of every reading, longest first where they start together', () => {
    expect(compoundParts('jeugdhulparrangement', site('jeugd', 'hulp', 'jeugdhulp', 'arrangement'))).toEqual(['jeugdhulp', 'jeugd', 'hulp', 'arrangement']);
  });

  test('reads the linking s and e, and an ending on the last part', () => {
    expect(compoundParts('samenwerkingsverband', site('samenwerking', 'verband'))).toEqual(['samenwerking', 'verband']);
    expect(compoundParts('zorgarrangementen', site('zorg', 'arrangement'))).toEqual(['zorg', 'arrangementen']);
    expect(compoundParts('thuiszitterstafel', site('thuiszitter', 'tafel'))).toEqual(['thuiszitter', 'tafel']);
  });

  test('knows that a final f is written v before an ending', () => {
    expect(compoundParts('zorgintensieve', site('zorg', 'intensief'))).toEqual(['zorg', 'intensieve']);
    expect(compoundParts('zorgintensieve', site('zorg'))).toEqual([]);
  });

  test('never gives a part shorter than four letters, nor the word itself', () => {
    expect(compoundParts('pomaatje', site('po', 'maatje'))).toEqual([]);
    expect(compoundParts('arrangementen', site('arrangement'))).toEqual([]);
    expect(compoundParts('plan', site('plan'))).toEqual([]);
  });

  test('a word with only a known beginning is left to the prefix search', () => {
    expect(compoundParts('zorgxyzqwerty', site('zorg'))).toEqual([]);
  });
});
