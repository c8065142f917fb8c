/** The 404 page offers a search with the words of the address that was not found. */
import { describe, expect, test } from 'vitest';
import { MAX_URL_WORDS, wordsFromPath } from '../../src/search/url-words.ts';

describe('words from a missing address', () => {
  test('leaves out the site\'s route words and numbers, splits ids into words', () => {
    expect(wordsFromPath('/praktijkvoorbeelden/dokwerk-gorinchm/')).toBe('dokwerk gorinchm');
    expect(wordsFromPath('/praktijkvoorbeelden/thema/passend-onderwys/2/')).toBe('passend onderwys');
    expect(wordsFromPath('/regios/twente/')).toBe('twente');
  });

  test('decodes escapes and keeps Dutch letters; a broken escape does no harm', () => {
    expect(wordsFromPath('/nieuws/co%C3%B6rdinatie-zorg.html')).toBe('coördinatie zorg');
    expect(wordsFromPath('/%E0%A4%A/zorg')).toMatch(/\bzorg$/);
  });

  test('gives nothing for an address that is only route words, and at most a few words', () => {
    expect(wordsFromPath('/praktijkvoorbeelden/pagina/3/')).toBe('');
    expect(wordsFromPath('/')).toBe('');
    expect(wordsFromPath('/a-b-c-een-twee-drie-vier-vijf-zes-zeven').split(' ')).toHaveLength(MAX_URL_WORDS);
    expect(wordsFromPath('/zorg/zorg-zorg/')).toBe('zorg');
  });
});
