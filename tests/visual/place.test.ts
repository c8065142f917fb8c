/** How an event's place reads (src/events/agenda.ts): each line once, an unknown value once in words. */
import { describe, expect, test } from 'vitest';
import { locationLine, placeLines, LOCATION_TO_FOLLOW } from '../../src/events/agenda.ts';

const at = (over: { online?: boolean; name?: string; address?: string; city?: string; url?: string }) => ({ online: false, ...over }) as Parameters<typeof placeLines>[0];

describe('placeLines and locationLine', () => {
  test('name, address and city, in that order', () => {
    expect(placeLines(at({ name: 'Stadhuis', address: 'Markt 1', city: 'Hengelo' }))).toEqual(['Stadhuis', 'Markt 1', 'Hengelo']);
    expect(locationLine(at({ name: 'Stadhuis', address: 'Markt 1', city: 'Hengelo' }))).toBe('Stadhuis, Hengelo');
  });

  test('"niet bekend" typed into a field is not a place, and an unknown place is said once', () => {
    expect(placeLines(at({ name: 'Locatie niet bekend', city: 'Niet bekend' }))).toEqual([]);
    expect(locationLine(at({ name: 'Locatie niet bekend', city: 'Niet bekend' }))).toBe(LOCATION_TO_FOLLOW);
    expect(locationLine(at({ name: 'Onbekend', city: 'Tilburg' }))).toBe('Tilburg');
    expect(locationLine(at({}))).toBe(LOCATION_TO_FOLLOW);
  });

  test('a line is never repeated', () => {
    expect(placeLines(at({ name: 'Enschede', city: 'enschede' }))).toEqual(['Enschede']);
  });

  test('online, with or without a place', () => {
    expect(locationLine(at({ online: true }))).toBe('Online');
    expect(locationLine(at({ online: true, name: 'Niet bekend' }))).toBe('Online');
    expect(locationLine(at({ online: true, name: 'Stadhuis', city: 'Zwolle' }))).toBe('Online en in Stadhuis, Zwolle');
  });
});
