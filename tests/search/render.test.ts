/**
 * ResultPager (src/search/render.ts): "Meer resultaten" shows the next batch once, however often it
 * is clicked while the batch loads, and a batch that cannot be fetched leaves the button to try
 * again.
 * Plain stand-ins for the list and the button: the pager only appends, empties and hides.
 */
import { describe, expect, it } from 'vitest';
import { ResultPager } from '../../src/search/render.ts';
import type { PagefindResult, PagefindResultData } from '../../src/search/pagefind.ts';

function fakeList() {
  const children: string[] = [];
  return {
    children,
    append: (item: string) => children.push(item),
    replaceChildren: () => children.splice(0),
  };
}

const item = (url: string): PagefindResultData => ({ url, excerpt: '', meta: {} });

function results(n: number, fetched: string[], fail: Set<number> = new Set()): PagefindResult[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `r${i}`,
    data: async () => {
      fetched.push(`r${i}`);
      if (fail.has(i)) {
        fail.delete(i); // fails once
        throw new Error('fragment not fetched');
      }
      return item(`/p/${i}/`);
    },
  }));
}

function pager(pageSize: number) {
  const list = fakeList();
  const more = { hidden: true };
  const p = new ResultPager(list as unknown as HTMLElement, more as unknown as HTMLElement, pageSize, (d) => d.url as unknown as HTMLElement);
  return { p, list, more };
}

describe('ResultPager', () => {
  it('shows the first batch, then one batch per click, and hides the button after the last', async () => {
    const fetched: string[] = [];
    const { p, list, more } = pager(2);
    await p.reset(results(5, fetched));
    expect(list.children).toEqual(['/p/0/', '/p/1/']);
    expect(more.hidden).toBe(false);
    await p.showMore(false);
    await p.showMore(false);
    expect(list.children).toHaveLength(5);
    expect(more.hidden).toBe(true);
  });

  it('two clicks while a batch loads show that batch once', async () => {
    const fetched: string[] = [];
    const { p, list } = pager(2);
    await p.reset(results(6, fetched));
    await Promise.all([p.showMore(false), p.showMore(false)]);
    expect(list.children).toEqual(['/p/0/', '/p/1/', '/p/2/', '/p/3/']);
    expect(fetched).toEqual(['r0', 'r1', 'r2', 'r3']);
  });

  it('a batch that cannot be fetched adds nothing and keeps the button; the next click tries again', async () => {
    const fetched: string[] = [];
    const { p, list, more } = pager(2);
    await p.reset(results(4, fetched, new Set([3])));
    await p.showMore(false);
    expect(list.children).toEqual(['/p/0/', '/p/1/']);
    expect(more.hidden).toBe(false);
    await p.showMore(false);
    expect(list.children).toEqual(['/p/0/', '/p/1/', '/p/2/', '/p/3/']);
    expect(more.hidden).toBe(true);
  });

  it('a new search while a batch loads: the old batch is not added to the new list', async () => {
    const fetched: string[] = [];
    const { p, list } = pager(2);
    await p.reset(results(4, fetched));
    const old = p.showMore(false);
    await p.reset(results(1, fetched));
    await old;
    expect(list.children).toEqual(['/p/0/']);
  });
});
