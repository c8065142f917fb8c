import { describe, expect, test } from 'vitest';
import { FEW_RESULTS, matchedOnlyHidden, mostWords, mostWordsText, rewriteQuery, separateWords, suggestionText, wantsSuggestion } from '../../src/search/forgive.ts';
import { SEARCH_TERM_WEIGHTS } from '../../src/search/index-text.ts';

describe('rewriteQuery: the suggestion replaces only the words it changed', () => {
  test('one word', () => {
    expect(rewriteQuery('girfek', 'girfec')).toBe('girfec');
  });
  test('the other words stay as typed (case, signs, spacing)', () => {
    expect(rewriteQuery('Girfek in  Enschede!', 'girfec in enschede')).toBe('girfec in  Enschede!');
    expect(rewriteQuery('thuiszitters Twnte', 'thuiszitters twente')).toBe('thuiszitters twente');
  });
  test('a word kept in other capitals is not replaced', () => {
    expect(rewriteQuery('GIRFEC toekomstplna', 'girfec toekomstplan')).toBe('GIRFEC toekomstplan');
  });
  test('when the words do not line up, the suggestion itself', () => {
    expect(rewriteQuery('a-b c', 'ab c')).toBe('ab c');
  });
});

describe('when to offer "Bedoel je …?"', () => {
  test('nothing or very little found', () => {
    expect(FEW_RESULTS).toBe(2);
    expect([0, 1, 2, 3, 40].map(wantsSuggestion)).toEqual([true, true, true, false, false]);
  });
  test('what the live region says', () => {
    expect(suggestionText([])).toBe('');
    expect(suggestionText(['girfec'])).toBe('Bedoel je: girfec?');
    expect(suggestionText(['a', 'b', 'c'])).toBe('Bedoel je: a, b of c?');
  });
});

describe('mostWords: the pages with the most of the words', () => {
  test('separateWords: each word once, in order', () => {
    expect(separateWords('Een dossier per kind, per kind')).toEqual(['een', 'dossier', 'per', 'kind']);
  });

  test('pages with more of the words first; only those with the most', () => {
    const found = mostWords([
      { word: 'een', ids: ['a', 'b', 'c', 'd', 'e'] },
      { word: 'dossier', ids: ['x'] },
      { word: 'per', ids: ['a', 'b', 'd'] },
      { word: 'kind', ids: ['b', 'd', 'x', 'c'] },
    ]);
    expect(found).not.toBeNull();
    expect(found!.matched).toBe(3);
    expect(found!.of).toBe(4);
    // b and d have een, per and kind; b ranks higher in Pagefind's lists.
    expect(found!.ids).toEqual(['b', 'd']);
  });

  test('among pages with as many words, the rarer words win', () => {
    const found = mostWords([
      { word: 'een', ids: ['a', 'b', 'c', 'd', 'e', 'f'] },
      { word: 'dossier', ids: ['f'] },
      { word: 'kind', ids: ['a', 'b', 'c', 'd', 'e', 'f'] },
    ]);
    // Only f has all three words (a page the full search would have found; the rule still holds).
    expect(found!.ids).toEqual(['f']);
    const tie = mostWords([
      { word: 'een', ids: ['a', 'b', 'c', 'd'] },
      { word: 'dossier', ids: ['d'] },
      { word: 'kind', ids: ['a', 'b', 'c'] },
    ]);
    // a, b, c have two common words; d has een and the rare dossier: d first.
    expect(tie!.ids[0]).toBe('d');
    expect(tie!.via.get('d')).toBe('dossier');
    expect(tie!.via.get('a')).toBe('kind');
  });

  test('nothing in common, one word or nothing found: no answer', () => {
    expect(mostWords([{ word: 'kind', ids: ['a'] }])).toBeNull();
    expect(mostWords([{ word: 'x', ids: [] }, { word: 'y', ids: [] }])).toBeNull();
    expect(mostWords([{ word: 'x', ids: ['a'] }, { word: 'y', ids: ['b'] }, { word: 'z', ids: [] }])).toBeNull();
    // Two words, each on its own pages: the pages with one of them.
    expect(mostWords([{ word: 'x', ids: ['a'] }, { word: 'y', ids: ['b', 'c'] }])!.ids).toEqual(['a', 'b', 'c']);
  });

  test('says so in B1', () => {
    expect(mostWordsText({ matched: 3, of: 4 })).toBe("Geen pagina heeft al deze woorden. Dit zijn pagina's met de meeste ervan: 3 van de 4 woorden.");
  });
});

describe('matchedOnlyHidden: found only through the hidden search terms', () => {
  test('all matches in the hidden terms, as given and as Pagefind stores them (steps of 1/24)', () => {
    expect(matchedOnlyHidden({ weighted_locations: [{ weight: SEARCH_TERM_WEIGHTS.synonyms }, { weight: SEARCH_TERM_WEIGHTS.parts }] })).toBe(true);
    expect(matchedOnlyHidden({ weighted_locations: [{ weight: 14 / 24 }, { weight: 1 / 24 }] })).toBe(true);
  });
  test('a part of a hyphenated word of the page itself (another weight below 1) is not hidden', () => {
    expect(matchedOnlyHidden({ weighted_locations: [{ weight: 1 / 3 }, { weight: 1 / 24 }] })).toBe(false);
    expect(matchedOnlyHidden({ weighted_locations: [{ weight: 0.5 }] })).toBe(false);
  });
  test('one match in the page text (weight 1 or a heading) is enough for an excerpt', () => {
    expect(matchedOnlyHidden({ weighted_locations: [{ weight: SEARCH_TERM_WEIGHTS.parts }, { weight: 1 }] })).toBe(false);
    expect(matchedOnlyHidden({ weighted_locations: [{ weight: 7 }] })).toBe(false);
  });
  test('no locations (a page listed without a query): not hidden', () => {
    expect(matchedOnlyHidden({})).toBe(false);
    expect(matchedOnlyHidden({ weighted_locations: [] })).toBe(false);
  });
});
