/**
 * A practice past its reviewBy is marked in search results and list cards the same way as on its
 * page (issue 16): the search record carries the words, the result lines show them.
 */
import { describe, expect, test, vi } from 'vitest';
import { practiceCardLine, resultLine } from '../../src/search/result-meta.ts';
import { practiceRecord } from '../../src/search/records.ts';
import { practiceCard } from '../../src/lib/cards.ts';
import type { Practice, Site } from '../../src/lib/content.ts';

vi.mock('astro:content', () => ({ getCollection: async () => [] }));

const data = {
  title: 'Voorbeeld',
  summary: 'Kort.',
  place: 'Hengelo',
  province: 'overijssel',
  themes: [],
  advice: [],
  sectors: ['po'],
  ageGroups: ['4-12'],
  phase: 'pilot',
  evidence: 'praktijkervaring',
  published: '2020-01-10',
  updated: '2020-02-01',
};
const practice = { id: 'voorbeeld', data } as unknown as Practice;
const empty = new Map();
const site = { byId: { themes: empty, advice: empty, regions: empty } } as unknown as Site;

describe('the review mark outside the practice page', () => {
  test('the search record carries it only once reviewBy has passed', () => {
    expect(practiceRecord(practice, site, new Date('2022-02-01T12:00:00+01:00')).review).toBeUndefined();
    expect(practiceRecord(practice, site, new Date('2022-02-02T12:00:00+01:00')).review).toBe('Niet gecontroleerd sinds 1 februari 2022');
  });

  test('result lines and list cards show it', () => {
    const item = { meta: { place: 'Hengelo', sortdate: '2020-02-01', review: 'Niet gecontroleerd sinds 1 februari 2022' }, filters: { type: ['Praktijkvoorbeeld'], fase: ['Pilot'] } };
    expect(resultLine(item)).toBe('Praktijkvoorbeeld · Hengelo · 1 februari 2020 · Niet gecontroleerd sinds 1 februari 2022');
    expect(practiceCardLine(item)).toBe('Hengelo · Pilot · Niet gecontroleerd sinds 1 februari 2022');
  });

  test('the static card says the same', () => {
    expect(practiceCard(practice, site, { now: new Date('2026-11-23T12:00:00+01:00') }).meta.filter(Boolean)).toEqual(['Hengelo', 'Pilot', 'Niet gecontroleerd sinds 1 februari 2022']);
    expect(practiceCard(practice, site, { now: new Date('2021-01-01T12:00:00+01:00') }).meta.filter(Boolean)).toEqual(['Hengelo', 'Pilot']);
  });
});
