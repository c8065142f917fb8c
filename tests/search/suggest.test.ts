/**
 * "Bedoel je …?": the vocabulary file round trip, the edit distance, and suggestions that prefer few
 * edits and frequent words, keep known words, and leave short words alone.
 */
import { describe, expect, test } from 'vitest';
import { decodeVocabulary, encodeVocabulary } from '../../src/search/vocabulary.ts';
import { editDistance, nearestWords, suggest } from '../../src/search/suggest.ts';

const counts = new Map<string, number>([
  ['girfec', 12],
  ['thuiszitters', 30],
  ['thuiszitter', 4],
  ['twente', 250],
  ['tilburg', 20],
  ['gorinchem', 9],
  ['gorcum', 1],
  ['vso', 8],
  ['kansencirkel', 6],
  ['2019', 40],
  ['ab', 99],
]);
const vocabulary = decodeVocabulary(encodeVocabulary(counts));

describe('the vocabulary file', () => {
  test('keeps words with their counts, most frequent first, without numbers or two-letter words', () => {
    const text = encodeVocabulary(counts);
    expect(text.split('\n')[0]).toBe('250 twente');
    expect([...vocabulary.counts.keys()].sort()).toEqual(['girfec', 'gorcum', 'gorinchem', 'kansencirkel', 'thuiszitter', 'thuiszitters', 'tilburg', 'twente', 'vso']);
    expect(vocabulary.counts.get('thuiszitters')).toBe(30);
  });

  test('leaves out the rarest words first when over its limit', () => {
    const small = decodeVocabulary(encodeVocabulary(counts, 2));
    expect([...small.counts.keys()]).toEqual(['twente', 'thuiszitters']);
  });
});

describe('editDistance', () => {
  test('counts added, left out, changed and swapped letters', () => {
    expect(editDistance('girfek', 'girfec')).toBe(1);
    expect(editDistance('gorichem', 'gorinchem')).toBe(1);
    expect(editDistance('kansencirkle', 'kansencirkel')).toBe(1);
    expect(editDistance('twnete', 'twente')).toBe(1);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('abc', 'xyzuvw', 2)).toBe(3);
  });
});

describe('suggest', () => {
  test('replaces an unknown word by the nearest site word', () => {
    expect(suggest('girfek', vocabulary)[0]).toBe('girfec');
    expect(suggest('Gorichem', vocabulary)[0]).toBe('gorinchem');
    expect(suggest('kansencirkle', vocabulary)[0]).toBe('kansencirkel');
  });

  test('keeps the known words of the query', () => {
    expect(suggest('thuiszittes Twente', vocabulary)[0]).toBe('thuiszitters twente');
  });

  test('prefers the more frequent of two equally near words', () => {
    expect(nearestWords('thuiszitterz', vocabulary)).toEqual(['thuiszitters', 'thuiszitter']);
  });

  test('suggests nothing for known words, numbers, very short words or words with no near site word', () => {
    expect(suggest('thuiszitters twente', vocabulary)).toEqual([]);
    expect(suggest('2018', vocabulary)).toEqual([]);
    expect(suggest('vos', vocabulary)).toEqual([]);
    expect(suggest('paraplu', vocabulary)).toEqual([]);
  });
});
