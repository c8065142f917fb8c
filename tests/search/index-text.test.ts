/**
 * Reading a built page as Pagefind indexes it (only data-pagefind-body, without ignored parts,
 * scripts and styles) and adding the hidden search terms, once, at the end of the indexed body.
 */
import { describe, expect, test } from 'vitest';
import { readIndexedText, searchWords, withSearchTerms, SEARCH_TERMS_ATTR } from '../../src/search/index-text.ts';

const page = (main: string) =>
  `<!DOCTYPE html><html lang="nl"><head><title>Titel niet</title><style>p{}</style></head><body><header>Kop niet</header><main id="inhoud" data-pagefind-body>${main}</main><footer data-pagefind-ignore="all">Voet niet</footer></body></html>`;

describe('readIndexedText', () => {
  test('reads only the indexed body, without ignored parts, scripts and styles', () => {
    const html = page('<h1>Het toekomstplan</h1><p>Voor jongeren &amp; ouders<br>na het vso.</p><div hidden data-pagefind-ignore="index"><span>Filter niet</span></div><section data-pagefind-ignore><p>Ook <em>niet</em></p></section><script>var niet = 1;</script><p>Einde</p>');
    const read = readIndexedText(html)!;
    expect(searchWords(read.text)).toEqual(['het', 'toekomstplan', 'voor', 'jongeren', 'ouders', 'na', 'het', 'vso', 'einde']);
    expect(html.slice(read.end, read.end + 7)).toBe('</main>');
  });

  test('a page without data-pagefind-body is not indexed', () => {
    expect(readIndexedText('<html><body><main><p>Tekst</p></main></body></html>')).toBeNull();
  });

  test('search words are lower case, split at signs, and keep accents', () => {
    expect(searchWords("Eén onderwijs-zorgarrangement, MDO's en 2019-2020")).toEqual(['eén', 'onderwijs', 'zorgarrangement', 'mdo', 's', 'en', '2019', '2020']);
  });
});

describe('withSearchTerms', () => {
  const html = page('<p>Het toekomstplan</p>');

  test('adds one hidden element with each kind at its own, lower weight, at the end of the body', () => {
    const out = withSearchTerms(html, readIndexedText(html)!, { synonyms: ['voortgezet speciaal onderwijs'], parts: ['toekomst', 'plan'] });
    expect(out).toContain(`<p>Het toekomstplan</p><div hidden ${SEARCH_TERMS_ATTR}><span data-pagefind-weight="0.6">voortgezet speciaal onderwijs</span> <span data-pagefind-weight="0.05">toekomst plan</span></div></main>`);
    // Read again (a second index run): the added terms are not the page's own words, and are replaced.
    const again = readIndexedText(out)!;
    expect(searchWords(again.text)).toEqual(['het', 'toekomstplan']);
    expect(withSearchTerms(out, again, { synonyms: [], parts: ['plan'] })).toBe(html.replace('</main>', `<div hidden ${SEARCH_TERMS_ATTR}><span data-pagefind-weight="0.05">plan</span></div></main>`));
    expect(withSearchTerms(out, again, { synonyms: [], parts: [] })).toBe(html);
  });

  test('leaves a page without terms as it is', () => {
    expect(withSearchTerms(html, readIndexedText(html)!, { synonyms: [], parts: [] })).toBe(html);
  });
});
