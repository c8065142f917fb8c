/**
 * The head script of /zoeken/ (src/search/early.ts) imports nothing, so it repeats a few things of
 * the page's search. These tests fail when one of them drifts from its original, and check what it
 * searches for early.
 */
import { describe, expect, it } from 'vitest';
import {
  EARLY_FILTER_KEYS,
  EARLY_MAX_QUERY_LENGTH,
  EARLY_PAGEFIND_OPTIONS,
  EARLY_PAGEFIND_URL,
  EARLY_RESULTS,
  earlyKey,
  earlySearch,
} from '../../src/search/early.ts';
import { MAX_QUERY_LENGTH, parseSearchParams } from '../../src/search/url-state.ts';
import { FACET_KEYS } from '../../src/search/facets.ts';
import { PAGEFIND_OPTIONS, PAGEFIND_URL, searchKey, sortOptions } from '../../src/search/pagefind.ts';
import { RESULTS_PAGE_SIZE } from '../../src/search/render.ts';

describe('what early.ts repeats agrees with the page\'s search', () => {
  it('Pagefind\'s address and options, the page size, the longest query and the filter keys', () => {
    expect(EARLY_PAGEFIND_URL).toBe(PAGEFIND_URL);
    expect(EARLY_PAGEFIND_OPTIONS).toEqual(PAGEFIND_OPTIONS);
    expect(EARLY_RESULTS).toBe(RESULTS_PAGE_SIZE);
    expect(EARLY_MAX_QUERY_LENGTH).toBe(MAX_QUERY_LENGTH);
    expect([...EARLY_FILTER_KEYS]).toEqual([...FACET_KEYS]);
  });

  it('reads the words and the sort of an address as the page does, and hands them over under the same key', () => {
    const addresses = ['?q=%20Thuiszitters%20school%20', '?q=school&sort=nieuw', '?q=school&sort=iets', `?q=${'a'.repeat(250)}`, '?sort=nieuw&q=jgz&thema=preventie', '?q=caf%C3%A9+%C3%A9%C3%A9n'];
    for (const address of addresses) {
      const page = parseSearchParams(address, []);
      const early = earlySearch(address)!;
      expect(early.q, address).toBe(page.q);
      expect(early.options, address).toEqual(sortOptions(page.sort === 'nieuw'));
      expect(earlyKey(early.q, early.options), address).toBe(searchKey(page.q, sortOptions(page.sort === 'nieuw')));
    }
  });
});

describe('earlySearch', () => {
  it('searches early only for an address with words', () => {
    expect(earlySearch('')).toBeNull();
    expect(earlySearch('?q=')).toBeNull();
    expect(earlySearch('?q=%20%20')).toBeNull();
    expect(earlySearch('?type=praktijkvoorbeeld')).toBeNull();
  });

  it('fetches the first results\' data, but none when filters may hide Pagefind\'s first results', () => {
    expect(earlySearch('?q=school')!.show).toBe(EARLY_RESULTS);
    expect(earlySearch('?q=school&sector=po')!.show).toBe(0);
    expect(earlySearch('?q=school&thema=')!.show).toBe(EARLY_RESULTS);
    expect(earlySearch('?q=school&p=a')!.show).toBe(EARLY_RESULTS);
  });
});
