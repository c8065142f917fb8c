import { describe, expect, it } from 'vitest';
import { earlySearch, RESULTS_PAGE_SIZE } from '../../src/search/early.ts';
import { parseSearchParams } from '../../src/search/url-state.ts';

describe('earlySearch', () => {
  it('searches early only for an address with words', () => {
    expect(earlySearch('')).toBeNull();
    expect(earlySearch('?q=')).toBeNull();
    expect(earlySearch('?q=%20%20')).toBeNull();
    expect(earlySearch('?type=praktijkvoorbeeld')).toBeNull();
  });

  it('reads the words as the page does, and fetches the first results\' data', () => {
    const query = '?q=%20Thuiszitters%20school%20';
    expect(earlySearch(query)).toEqual({ q: parseSearchParams(query, []).q, options: {}, show: RESULTS_PAGE_SIZE });
    expect(earlySearch(query)!.q).toBe('Thuiszitters school');
  });

  it('sorts newest first as the page does', () => {
    expect(earlySearch('?q=school&sort=nieuw')!.options).toEqual({ sort: { date: 'desc' } });
    expect(earlySearch('?q=school&sort=iets')!.options).toEqual({});
  });

  it('fetches no data early when filters may hide Pagefind\'s first results', () => {
    expect(earlySearch('?q=school&sector=po')!.show).toBe(0);
    expect(earlySearch('?q=school&thema=')!.show).toBe(RESULTS_PAGE_SIZE);
    expect(earlySearch('?q=school&p=a')!.show).toBe(RESULTS_PAGE_SIZE);
  });
});
