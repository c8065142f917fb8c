/**
 * Every group page (a theme, an advice, a region) shows the same parts in the same order, and a
 * region is offered wherever themes and adviezen are: in the pickers above every practice list.
 * Read from the built site of tests/support/global-setup.ts.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt } from '../support/build-result.ts';
import { attr, elements, parseHtml, text } from '../support/dist.ts';
import { loadContent } from '../../src/model/load.ts';
import { routes } from '../../src/routes.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const { site } = inject('builds');
const page = (path: string) => parseHtml(readFileSync(join(site.outDir, path, 'index.html'), 'utf8'));
const SHARED_PARTS = ['praktijkvoorbeelden', 'communities', 'agenda'];

beforeAll(() => assertBuilt(site));

describe('group pages', () => {
  const content = loadContent(join(PROJECT_ROOT, 'content'));
  const ids = (collection: 'themes' | 'advice' | 'regions') => content.entries[collection].filter((e) => !(e.data as { draft?: boolean }).draft).map((e) => e.id);
  const groupPages = [...ids('themes').map(routes.theme), ...ids('advice').map(routes.advice), ...ids('regions').map(routes.region)];

  it('finds the theme, advice and region pages to check', () => {
    expect(ids('themes').length).toBeGreaterThan(0);
    expect(ids('advice').length).toBe(7);
    expect(ids('regions').length).toBeGreaterThan(0);
  });

  it.each(groupPages)('%s shows practices, communities and agenda, in that order, then news if there is any', (path) => {
    const sectionIds = elements(page(path))
      .filter((el) => el.tagName === 'section' && attr(el, 'id'))
      .map((el) => attr(el, 'id')!);
    const shared = sectionIds.filter((id) => [...SHARED_PARTS, 'nieuws'].includes(id));
    expect(shared.slice(0, 3)).toEqual(SHARED_PARTS);
    expect(shared.length === 3 || shared[3] === 'nieuws').toBe(true);
    // The parts come after the group's own parts: nothing of the group's own follows them.
    expect(sectionIds.indexOf('praktijkvoorbeelden')).toBe(sectionIds.length - shared.length);
  });

  it('links a group page to its full practice list when it has more practices than it shows', () => {
    const twente = page(routes.region('twente'));
    const links = elements(twente).filter((el) => el.tagName === 'a').map((el) => attr(el, 'href'));
    expect(links).toContain(routes.groupPractices('region', 'twente'));
  });

  it('offers the regions beside the themes and adviezen above every practice list', () => {
    // The full list filters with its one form; without JavaScript it offers the same pickers.
    const noscript = elements(page(routes.practiceList())).filter((el) => el.tagName === 'noscript').map((el) => text(el)).join('');
    for (const summary of ['Kies een thema', 'Kies een advies', 'Kies een regio']) expect(noscript).toContain(summary);
    for (const path of [routes.groupPractices('theme', ids('themes')[0]!), routes.groupPractices('region', 'twente')]) {
      const nav = elements(page(path)).find((el) => el.tagName === 'nav' && attr(el, 'class') === 'browse');
      expect(nav, path).toBeDefined();
      const summaries = elements(nav!).filter((el) => el.tagName === 'summary').map((el) => text(el).replace(/\s+/g, ' ').trim());
      expect(summaries.map((s) => s.replace(/ \(\d+\)$/, '').replace(/ander(e)? /, ''))).toEqual(['Kies een thema', 'Kies een advies', 'Kies een regio']);
      const regionLinks = elements(nav!).filter((el) => el.tagName === 'a' && attr(el, 'href')?.startsWith(routes.groupPractices('region', '').replace(/\/$/, '')));
      expect(regionLinks.length, path).toBeGreaterThan(0);
    }
  });

  it('marks the chosen region in its picker', () => {
    const nav = elements(page(routes.groupPractices('region', 'twente'))).find((el) => el.tagName === 'nav' && attr(el, 'class') === 'browse')!;
    const current = elements(nav).filter((el) => attr(el, 'aria-current') === 'page');
    expect(current.map((el) => attr(el, 'href'))).toEqual([routes.groupPractices('region', 'twente')]);
  });
});
