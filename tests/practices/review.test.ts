/**
 * reviewBy: the default (two years after the last change), the states against a fixed "today", and
 * that "today" comes from the build's one setting (SITE_NOW through buildNow).
 */
import { describe, expect, test } from 'vitest';
import { addMonths, isOverdue, lastChangedOf, overdueText, reviewByOf, reviewState } from '../../src/practices/review.ts';
import { buildNow } from '../../src/lib/dates.ts';

describe('addMonths', () => {
  test('moves by whole months and years', () => {
    expect(addMonths('2026-11-23', 24)).toBe('2028-11-23');
    expect(addMonths('2026-11-23', 2)).toBe('2027-01-23');
    expect(addMonths('2027-01-23', -2)).toBe('2026-11-23');
  });
  test('a day the target month does not have becomes its last day', () => {
    expect(addMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(addMonths('2026-12-31', 2)).toBe('2027-02-28');
    expect(addMonths('2026-05-31', -3)).toBe('2026-02-28');
  });
});

describe('reviewByOf', () => {
  test('two years after updated when the practice was updated', () => {
    expect(reviewByOf({ published: '2020-01-10', updated: '2020-02-01' })).toBe('2022-02-01');
  });
  test('two years after published when it was never updated', () => {
    expect(reviewByOf({ published: '2026-11-23' })).toBe('2028-11-23');
  });
  test('the file’s own reviewBy wins, earlier or later', () => {
    expect(reviewByOf({ published: '2026-11-23', reviewBy: '2027-06-01' })).toBe('2027-06-01');
    expect(reviewByOf({ published: '2020-01-10', updated: '2020-02-01', reviewBy: '2031-01-01' })).toBe('2031-01-01');
  });
  test('lastChangedOf is updated, else published', () => {
    expect(lastChangedOf({ published: '2020-01-10', updated: '2020-02-01' })).toBe('2020-02-01');
    expect(lastChangedOf({ published: '2020-01-10' })).toBe('2020-01-10');
  });
});

describe('reviewState', () => {
  const d = { published: '2026-01-15', reviewBy: '2027-03-31' };
  test('current until two months before the day', () => {
    expect(reviewState(d, '2027-01-30')).toBe('current');
  });
  test('soon from two months before, up to and including the day itself', () => {
    expect(reviewState(d, '2027-01-31')).toBe('soon');
    expect(reviewState(d, '2027-03-31')).toBe('soon');
  });
  test('overdue from the day after', () => {
    expect(reviewState(d, '2027-04-01')).toBe('overdue');
    expect(isOverdue(d, '2027-04-01')).toBe(true);
    expect(isOverdue(d, '2027-03-31')).toBe(false);
  });
  test('a moment counts as its Amsterdam day', () => {
    // 23:30 UTC on 31 March is already 1 April in Amsterdam (summer time).
    expect(reviewState(d, new Date('2027-03-31T23:30:00Z'))).toBe('overdue');
    expect(reviewState(d, new Date('2027-03-31T21:30:00Z'))).toBe('soon');
  });
  test('today is the build setting SITE_NOW', () => {
    const fixture = { published: '2020-01-10', updated: '2020-02-01' };
    expect(isOverdue(fixture, buildNow({ SITE_NOW: '2022-02-01T12:00:00+01:00' }))).toBe(false);
    expect(isOverdue(fixture, buildNow({ SITE_NOW: '2022-02-02T12:00:00+01:00' }))).toBe(true);
  });
  test('the mark names the reviewBy day in Dutch', () => {
    expect(overdueText({ published: '2020-01-10', updated: '2020-02-01' })).toBe('Niet gecontroleerd sinds 1 februari 2022');
  });
});
