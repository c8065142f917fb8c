/**
 * The search controller (src/search/controller.ts): what typing, a submit, a filter, "Wis filters"
 * and back/forward do to the state, the URL and the searches of both search forms. The URL and
 * history are an in-memory fake here; form-state.ts wires the real ones.
 */
import { describe, expect, test } from 'vitest';
import { createSearchController, type SearchControllerOptions } from '../../src/search/controller.ts';
import type { Facet } from '../../src/search/facets.ts';
import type { SearchState } from '../../src/search/url-state.ts';

const facets: Facet[] = [
  { key: 'thema', legend: 'Thema', values: [{ id: 'ouders', label: 'Ouderbetrokkenheid' }, { id: 'verzuim', label: 'Schoolaanwezigheid' }] },
  { key: 'sector', legend: 'Sector', values: [{ id: 'po', label: 'Primair onderwijs' }, { id: 'vo', label: 'Voortgezet onderwijs' }] },
];

/** A page at `start` (path and query), with its history, searches, shown states and preloads recorded. */
function page(start: string, options: Partial<SearchControllerOptions> = {}) {
  const [path, query = ''] = start.split('?');
  const entries = [start];
  const log: string[] = [];
  const shown: SearchState[] = [];
  const preloaded: string[] = [];
  const url = {
    pathname: path!,
    search: query ? `?${query}` : '',
    push(next: string) {
      entries.push(next);
      log.push(`push ${next}`);
      this.search = next.slice(path!.length);
    },
    replace(next: string) {
      entries[entries.length - 1] = next;
      log.push(`replace ${next}`);
      this.search = next.slice(path!.length);
    },
  };
  const controller = createSearchController({
    facets,
    url,
    run: async (debounce) => void log.push(debounce ? 'run debounced' : 'run'),
    show: (state) => void shown.push(state),
    preload: (q) => void preloaded.push(q),
    ...options,
  });
  /** Back: the browser changes the URL, then the page hears popstate. */
  const back = () => {
    entries.pop();
    url.search = entries.at(-1)!.slice(path!.length);
    controller.restore();
  };
  return { controller, entries, log, shown, preloaded, back };
}

describe('the search controller', () => {
  test('starts from the URL, keeping only the facets and values it knows', () => {
    const { controller, log } = page('/zoeken/?q=ouders&thema=verzuim&thema=onbekend&kleur=rood&sort=nieuw');
    expect(controller.state).toEqual({ q: 'ouders', filters: { thema: ['verzuim'] }, sort: 'nieuw' });
    expect(log).toEqual([]); // the page runs its first search itself
  });

  test('typing replaces the history entry, warms the index up and runs a debounced search', () => {
    const { controller, entries, log, preloaded } = page('/praktijkvoorbeelden/?sector=po');
    controller.type('thuis');
    controller.type('thuiszitters');
    expect(entries).toEqual(['/praktijkvoorbeelden/?q=thuiszitters&sector=po']);
    expect(log).toEqual(['replace /praktijkvoorbeelden/?q=thuis&sector=po', 'run debounced', 'replace /praktijkvoorbeelden/?q=thuiszitters&sector=po', 'run debounced']);
    expect(preloaded).toEqual(['thuis', 'thuiszitters']);
  });

  test('emptying the box searches again without preloading, and drops q from the URL', () => {
    const { controller, entries, preloaded } = page('/zoeken/?q=ouders');
    controller.type('');
    expect(entries).toEqual(['/zoeken/']);
    expect(preloaded).toEqual([]);
  });

  test('a submit pushes a new entry and resolves when its search has run', async () => {
    const { controller, entries, log } = page('/zoeken/');
    const done = controller.submit('verzuim');
    expect(done).toBeInstanceOf(Promise);
    await done;
    expect(entries).toEqual(['/zoeken/', '/zoeken/?q=verzuim']);
    expect(log).toEqual(['push /zoeken/?q=verzuim', 'run']);
  });

  test('a submit of the same state writes no history entry but searches again', async () => {
    const { controller, entries, log } = page('/zoeken/?q=verzuim');
    await controller.submit('verzuim');
    expect(entries).toEqual(['/zoeken/?q=verzuim']);
    expect(log).toEqual(['run']);
  });

  test('filters push an entry each, in the facet order of the URL scheme, and back restores the one before', () => {
    const { controller, entries, log, shown, back } = page('/zoeken/?q=ouders');
    controller.toggle('sector', 'vo', true);
    controller.toggle('sector', 'po', true);
    controller.toggle('thema', 'ouders', true);
    expect(entries.at(-1)).toBe('/zoeken/?q=ouders&thema=ouders&sector=po&sector=vo');
    controller.toggle('sector', 'vo', false);
    expect(controller.state.filters).toEqual({ thema: ['ouders'], sector: ['po'] });
    expect(entries).toHaveLength(5);
    log.length = 0;
    back();
    expect(controller.state.filters).toEqual({ thema: ['ouders'], sector: ['po', 'vo'] });
    expect(shown.at(-1)).toEqual(controller.state);
    expect(log).toEqual(['run']); // no new entry for back and forward
  });

  test('another control (the sort order) pushes its state', () => {
    const { controller, entries } = page('/zoeken/?q=ouders');
    controller.change({ ...controller.state, sort: 'nieuw' });
    expect(entries.at(-1)).toBe('/zoeken/?q=ouders&sort=nieuw');
  });

  test('"Wis filters" drops the filters, keeps the words, shows the state and pushes an entry', () => {
    const { controller, entries, log, shown } = page('/zoeken/?q=ouders&thema=ouders&sector=po');
    controller.clear();
    expect(controller.state).toEqual({ q: 'ouders', filters: {}, sort: 'relevantie' });
    expect(shown).toEqual([controller.state]);
    expect(entries).toEqual(['/zoeken/?q=ouders&thema=ouders&sector=po', '/zoeken/?q=ouders']);
    expect(log).toEqual(['push /zoeken/?q=ouders', 'run']);
  });

  test('after a fallback to the plain form: typing only remembers the words; submits, filters and other controls do nothing', () => {
    let enabled = true;
    const { controller, entries, log, preloaded } = page('/praktijkvoorbeelden/', { enabled: () => enabled });
    enabled = false;
    controller.type('ouders');
    expect(controller.state.q).toBe('ouders');
    expect(controller.submit('ouders')).toBeNull(); // the browser submits the form to /zoeken/
    controller.toggle('sector', 'po', true);
    controller.change({ ...controller.state, sort: 'nieuw' });
    expect(controller.state).toEqual({ q: 'ouders', filters: {}, sort: 'relevantie' });
    expect(entries).toEqual(['/praktijkvoorbeelden/']);
    expect(log).toEqual([]);
    expect(preloaded).toEqual([]);
  });
});
