/**
 * Compare side by side (issue 16), the pure parts: reading the choice from the address, building
 * the address of a choice, the record a practice page carries, checking a record read back, and the
 * sentences the page says when something is wrong.
 */
import { describe, expect, test } from 'vitest';
import {
  COMPARE_ASPECTS,
  COMPARE_MAX,
  NOT_DESCRIBED,
  compareCaption,
  compareCell,
  compareUrl,
  compareUrlWithout,
  needMoreText,
  parseCompareSelection,
  readCompareRecord,
  selectionProblems,
  type CompareRecord,
} from '../../src/practices/compare.ts';
import { compareRecord } from '../../src/practices/compare-record.ts';
import { jsonForScript } from '../../src/lib/json-script.ts';
import { WORKSHEET_SECTIONS } from '../../src/practices/worksheet.ts';
import { routes } from '../../src/routes.ts';
import type { Practice, Site } from '../../src/lib/content.ts';

describe('parseCompareSelection', () => {
  test('keeps the ids in the order of the address', () => {
    expect(parseCompareSelection('?p=t-baken-lochem&p=dokwerk-gorinchem')).toEqual({ ids: ['t-baken-lochem', 'dokwerk-gorinchem'], tooMany: [], invalid: [] });
    expect(parseCompareSelection(new URLSearchParams([['p', 'a'], ['q', 'x'], ['p', 'b']])).ids).toEqual(['a', 'b']);
  });

  test('drops doubles and empty values, trims spaces', () => {
    expect(parseCompareSelection('p=a&p=b&p=a&p=&p=%20b%20').ids).toEqual(['a', 'b']);
  });

  test('keeps at most four and reports the rest', () => {
    const s = parseCompareSelection('p=a&p=b&p=c&p=d&p=e&p=f&p=a');
    expect(s.ids).toEqual(['a', 'b', 'c', 'd']);
    expect(s.ids).toHaveLength(COMPARE_MAX);
    expect(s.tooMany).toEqual(['e', 'f']);
  });

  test('reports values that cannot be an id, and does not count them', () => {
    const s = parseCompareSelection('p=Dokwerk&p=a&p=../x&p=b--c&p=b&p=c&p=d');
    expect(s.invalid).toEqual(['Dokwerk', '../x', 'b--c']);
    expect(s.ids).toEqual(['a', 'b', 'c', 'd']);
    expect(s.tooMany).toEqual([]);
  });

  test('no choice at all', () => {
    expect(parseCompareSelection('')).toEqual({ ids: [], tooMany: [], invalid: [] });
  });
});

describe('compareUrl', () => {
  test('the compare page with the ids in order, each once; the bare page without ids', () => {
    expect(compareUrl(['dokwerk-gorinchem', 't-baken-lochem', 'dokwerk-gorinchem'])).toBe('/praktijkvoorbeelden/vergelijk/?p=dokwerk-gorinchem&p=t-baken-lochem');
    expect(compareUrl([])).toBe(routes.practiceCompare);
  });

  test('reads back as the same choice', () => {
    const ids = ['a', 'b-2', 'c'];
    expect(parseCompareSelection(new URL(compareUrl(ids), 'https://x.nl').search).ids).toEqual(ids);
  });

  test('removing one keeps the others in order', () => {
    expect(compareUrlWithout(['a', 'b', 'c'], 'b')).toBe(compareUrl(['a', 'c']));
    expect(compareUrlWithout(['a'], 'a')).toBe(routes.practiceCompare);
  });
});

const advice = { id: 'ouders-en-kinderen-betrekken', data: { number: 7, title: 'Ouders en kinderen betrekken' } };
const region = { id: 'twente', data: { name: 'Regio Twente' } };
const site = {
  byId: {
    advice: new Map([[advice.id, advice]]),
    regions: new Map([[region.id, region]]),
  },
} as unknown as Site;

const base = {
  title: 'Voorbeeld <b>A</b>',
  summary: 'Kort.',
  place: 'Hengelo',
  province: 'overijssel',
  organisations: [],
  themes: ['x'],
  advice: [{ advice: advice.id, note: 'Zo.' }, { advice: 'bestaat-niet' }],
  sectors: ['po', 'jeugdhulp'],
  ageGroups: ['4-12'],
  phase: 'uitvoering',
  started: 2019,
  evidence: 'eerste-aanwijzingen',
  recognisedInterventions: [],
  results: [{ indicator: 'Thuiszitters', value: '12 minder', source: 'Eigen meting 2024' }],
  contact: { name: 'Team Jeugd', organisation: 'team jeugd', email: 'jeugd@example.nl', phone: '074 - 245 89 00' },
  links: [],
  sources: [],
  published: '2026-01-01',
  draft: false,
};
const full = {
  ...base,
  region: 'twente',
  targetGroup: 'Leerlingen van groep 8.',
  goal: 'Minder thuiszitters.',
  workingElements: ['Een vaste mentor.', 'Kleine groep.'],
  conditions: [{ what: 'Een procesbegeleider', explanation: 'Twee dagen per week.' }, { what: 'Afspraken' }],
  costs: { text: 'Betaald door de gemeente.', amount: 25000, per: 'jaar' },
};
const practice = (id: string, data: object) => ({ id, data }) as unknown as Practice;

describe('compareRecord', () => {
  test('holds what the table shows, in Dutch words, in the order of the rows', () => {
    const r = compareRecord(practice('voorbeeld-a', full), site);
    expect(r.id).toBe('voorbeeld-a');
    expect(r.title).toBe('Voorbeeld <b>A</b>');
    expect(r.url).toBe(routes.practice('voorbeeld-a'));
    expect(Object.keys(r.aspects)).toEqual(COMPARE_ASPECTS.map((a) => a.key));
    const text = (key: keyof typeof r.aspects) => r.aspects[key].map((i) => i.text);
    expect(r.aspects.where).toEqual([{ text: 'Hengelo, Overijssel' }, { text: 'Inspiratieregio: Regio Twente', href: routes.region('twente') }]);
    expect(text('phase')).toEqual(['In uitvoering, gestart in 2019']);
    expect(text('ageGroups')).toEqual(['4 tot 12 jaar']);
    expect(text('sectors')).toEqual(['Primair onderwijs, Jeugdhulp']);
    // An advice that is not on the site is left out, not shown as an id.
    expect(r.aspects.advice).toEqual([{ text: 'Advies 7: Ouders en kinderen betrekken', href: routes.advice(advice.id) }]);
    expect(text('evidence')).toEqual(['Eerste aanwijzingen voor effectiviteit']);
    expect(text('targetGroup')).toEqual(['Leerlingen van groep 8.']);
    expect(text('workingElements')).toEqual(['Een vaste mentor.', 'Kleine groep.']);
    expect(text('conditions')).toEqual(['Een procesbegeleider: Twee dagen per week.', 'Afspraken']);
    expect(text('costs').map((t) => t.replace(/\s/g, ' '))).toEqual(['Betaald door de gemeente.', 'Bedrag: € 25.000 per jaar']);
    expect(text('results')).toEqual(['Thuiszitters: 12 minder (bron: Eigen meting 2024)']);
    // The organisation equals the name: said once. E-mail and phone as links.
    expect(r.aspects.contact).toEqual([
      { text: 'Team Jeugd' },
      { text: 'jeugd@example.nl', href: 'mailto:jeugd@example.nl' },
      { text: '074\u00a0\u2011\u00a0245\u00a089\u00a000', href: 'tel:0742458900' },
    ]);
  });

  test('an empty worksheet stays empty (the table says it is not described); only what the contact has', () => {
    const r = compareRecord(practice('b', { ...base, results: [], contact: { name: 'Mandy Witte', organisation: 'SWV' }, costs: { text: '  ' } }), site);
    for (const key of ['targetGroup', 'workingElements', 'conditions', 'costs', 'results'] as const) expect(r.aspects[key], key).toEqual([]);
    expect(r.aspects.where).toEqual([{ text: 'Hengelo, Overijssel' }]);
    expect(r.aspects.contact).toEqual([{ text: 'Mandy Witte' }, { text: 'SWV' }]);
  });

  test('the JSON block cannot be ended early by the text in it, and reads back as the same record', () => {
    const r = compareRecord(practice('a', { ...full, title: 'A </script><script>alert(1)</script>' }), site);
    const json = jsonForScript(r);
    expect(json).not.toContain('<');
    expect(readCompareRecord(JSON.parse(json))).toEqual(r);
  });

  test('the worksheet rows carry the practice page\'s headings', () => {
    const headings = new Map(WORKSHEET_SECTIONS.map((s) => [s.key as string, s.heading]));
    const worksheetRows = COMPARE_ASPECTS.filter((a) => headings.has(a.key));
    expect(worksheetRows.map((a) => a.key)).toEqual(['targetGroup', 'workingElements', 'conditions', 'costs']);
    for (const a of worksheetRows) expect(a.label).toBe(headings.get(a.key));
  });
});

describe('readCompareRecord', () => {
  const good = (): CompareRecord => compareRecord(practice('a', full), site);

  test('refuses what is not a record', () => {
    expect(readCompareRecord(null)).toBeUndefined();
    expect(readCompareRecord('x')).toBeUndefined();
    expect(readCompareRecord({ ...good(), id: 'Niet Goed' })).toBeUndefined();
    expect(readCompareRecord({ ...good(), url: 'https://elders.example/' })).toBeUndefined();
    const { contact: _, ...fewer } = good().aspects;
    expect(readCompareRecord({ ...good(), aspects: fewer })).toBeUndefined();
  });

  test('refuses links elsewhere or to scripts', () => {
    for (const href of ['javascript:alert(1)', 'https://elders.example/', '//elders.example/x']) {
      const r = good();
      r.aspects.advice = [{ text: 'x', href }];
      expect(readCompareRecord(r), href).toBeUndefined();
    }
  });

  test('keeps only the known fields', () => {
    const r = { ...good(), extra: 'x' } as CompareRecord & { extra: string };
    expect(readCompareRecord(r)).toEqual(good());
  });
});

describe('the cells and the sentences', () => {
  const r = compareRecord(practice('b', { ...base, results: [] }), site);

  test('an empty aspect says "Nog niet beschreven", never a blank', () => {
    expect(compareCell(r, 'results')).toEqual({ items: [{ text: NOT_DESCRIBED }], missing: true });
    expect(compareCell(r, 'targetGroup').items[0]!.text).toBe('Nog niet beschreven');
    expect(compareCell(r, 'phase')).toEqual({ items: [{ text: 'In uitvoering, gestart in 2019' }], missing: false });
  });

  test('unknown ids and ids without a page are named; too many are named', () => {
    const s = parseCompareSelection('p=Fout&p=a&p=b&p=c&p=d&p=e');
    const problems = selectionProblems(s, ['b']);
    expect(problems).toEqual([
      'We vinden geen praktijkvoorbeelden met de namen “Fout” en “b”. Misschien is het adres niet goed overgenomen, of staan de voorbeelden niet meer op de site.',
      'Je kunt hoogstens vier praktijkvoorbeelden naast elkaar zetten. We laten “e” weg.',
    ]);
    expect(selectionProblems(parseCompareSelection('p=x'), ['x'])[0]).toMatch(/^We vinden geen praktijkvoorbeeld met de naam “x”\./);
    expect(selectionProblems(parseCompareSelection('p=x'), [], ['x'])).toEqual(['We konden “x” nu niet ophalen. Laad de pagina later opnieuw.']);
    expect(selectionProblems(parseCompareSelection('p=a&p=b'))).toEqual([]);
  });

  test('fewer than two: what to do', () => {
    expect(needMoreText(0)).toMatch(/^Je hebt nog geen praktijkvoorbeelden gekozen\. Kies hieronder twee tot vier voorbeelden/);
    expect(needMoreText(1)).toMatch(/^Je hebt één praktijkvoorbeeld gekozen\./);
    expect(needMoreText(2)).toBeUndefined();
    expect(compareCaption(3)).toBe('Drie praktijkvoorbeelden naast elkaar');
  });
});
