/**
 * The iCalendar builder, read back with ical.js (an independent parser, not the `ics` library that
 * wrote it): a winter and a summer event at the right Amsterdam wall-clock time, stable UIDs,
 * location, URL and description, and lines folded at 75 octets as RFC 5545 asks.
 */
import { describe, expect, test } from 'vitest';
import ICAL from 'ical.js';
import { buildCalendar, eventLocation, foldLines, type CalendarEntry } from '../../src/feeds/ics.ts';

const SITE = 'https://www.example.nl';
const NOW = new Date('2026-11-23T12:00:00+01:00');

function entry(id: string, data: Partial<CalendarEntry['data']>): CalendarEntry {
  return {
    id,
    data: {
      title: 'Bijeenkomst',
      summary: 'Samen leren; met komma’s, puntkomma’s en “aanhalingstekens”.',
      kind: 'netwerkbijeenkomst',
      start: '2026-01-15T09:30:00+01:00',
      location: { online: false, name: 'Stadhuis', address: 'Stadsplateau 1', city: 'Utrecht' },
      organiser: 'Programma Met Andere Ogen',
      communities: [],
      regions: [],
      themes: [],
      ...data,
    } as CalendarEntry['data'],
  };
}

const winter = entry('winterbijeenkomst', { title: 'Winterbijeenkomst', start: '2026-01-15T09:30:00+01:00', end: '2026-01-15T12:00:00+01:00' });
// Written without seconds, and in summer time (+02:00).
const summer = entry('zomerbijeenkomst', {
  title: 'Zomerbijeenkomst over één aanpak voor thuiszitters in de regio’s: wat werkt écht?',
  start: '2026-07-02T13:00+02:00',
  end: '2026-07-02T17:00+02:00',
  location: { online: true, toFollow: false, url: 'https://meet.example.nl/zomer' },
  registration: { url: 'https://www.example.nl/aanmelden-zomer' },
});
const noEnd = entry('zonder-einde', { start: '2026-03-29T10:00:00+02:00' }); // the first day of summer time

const amsterdam = new Intl.DateTimeFormat('nl-NL', { timeZone: 'Europe/Amsterdam', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' });

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v)) };
}

describe('iCalendar', () => {
  const ics = buildCalendar([summer, noEnd, winter], { site: SITE, now: NOW });
  const { calendar, events } = parse(ics);

  test('one VEVENT per event, ordered by start, in a PUBLISH calendar with a name', () => {
    expect(events.map((e) => e.uid)).toEqual(['winterbijeenkomst@www.example.nl', 'zonder-einde@www.example.nl', 'zomerbijeenkomst@www.example.nl']);
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('prodid')).toBe('-//Met Andere Ogen//Agenda//NL');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Agenda Met Andere Ogen');
  });

  test('a winter and a summer event at the right Amsterdam wall-clock time, written in UTC', () => {
    const [w, , s] = events;
    expect(w!.startDate.zone.tzid).toBe('UTC');
    expect(w!.startDate.toString()).toBe('2026-01-15T08:30:00Z');
    expect(amsterdam.format(w!.startDate.toJSDate())).toBe('15-01-2026, 09:30');
    expect(amsterdam.format(w!.endDate.toJSDate())).toBe('15-01-2026, 12:00');
    expect(s!.startDate.toString()).toBe('2026-07-02T11:00:00Z');
    expect(amsterdam.format(s!.startDate.toJSDate())).toBe('02-07-2026, 13:00');
    expect(amsterdam.format(s!.endDate.toJSDate())).toBe('02-07-2026, 17:00');
  });

  test('an event without an end has no DTEND (it ends when it starts, RFC 5545 §3.6.1)', () => {
    const e = events[1]!;
    expect(e.component.hasProperty('dtend')).toBe(false);
    expect(e.component.hasProperty('duration')).toBe(false);
    expect(amsterdam.format(e.startDate.toJSDate())).toBe('29-03-2026, 10:00');
  });

  test('title, location, URL, description and DTSTAMP', () => {
    const [w, , s] = events;
    expect(s!.summary).toBe(summer.data.title);
    expect(w!.location).toBe('Stadhuis, Stadsplateau 1, Utrecht');
    expect(s!.location).toBe('Online');
    expect(w!.component.getFirstPropertyValue('url')).toBe('https://www.example.nl/agenda/winterbijeenkomst/');
    expect(w!.description).toContain('Samen leren; met komma’s, puntkomma’s en “aanhalingstekens”.');
    expect(w!.description).toContain('Meer informatie: https://www.example.nl/agenda/winterbijeenkomst/');
    expect(s!.description).toContain('Online meedoen: https://meet.example.nl/zomer');
    expect(s!.description).toContain('Aanmelden: https://www.example.nl/aanmelden-zomer');
    expect(w!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-11-23T11:00:00Z');
  });

  test('lines end in CRLF and are at most 75 octets', () => {
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
    const long = ics.split('\r\n').filter((line) => Buffer.byteLength(line, 'utf8') > 75);
    expect(long).toEqual([]);
  });

  test('the same input gives the same file (stable UIDs and DTSTAMP)', () => {
    expect(buildCalendar([winter, summer, noEnd], { site: SITE, now: NOW })).toBe(ics);
  });

  test('an empty agenda is still a valid calendar', () => {
    const empty = parse(buildCalendar([], { site: SITE, now: NOW }));
    expect(empty.events).toEqual([]);
    expect(empty.calendar.getFirstPropertyValue('prodid')).toBe('-//Met Andere Ogen//Agenda//NL');
  });
});

describe('helpers', () => {
  test('foldLines never splits a character and keeps short lines', () => {
    const line = `SUMMARY:${'é'.repeat(60)}`;
    const folded = foldLines(`${line}\r\nEND:VEVENT`);
    const parts = folded.split('\r\n');
    expect(parts.every((p) => Buffer.byteLength(p, 'utf8') <= 75)).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(`${line}\r\nEND:VEVENT`);
  });

  test('eventLocation: a place, online, or both', () => {
    expect(eventLocation({ online: false, toFollow: false, name: 'Zaal', city: 'Ede' })).toBe('Zaal, Ede');
    expect(eventLocation({ online: true, toFollow: false })).toBe('Online');
    expect(eventLocation({ online: true, toFollow: false, name: 'Zaal', city: 'Ede' })).toBe('Online en in Zaal, Ede');
    expect(eventLocation({ online: false, toFollow: true })).toBe('Locatie volgt');
  });

  test('eventLocation says an unknown place once and never repeats a line (as the event page does)', () => {
    expect(eventLocation({ online: false, toFollow: false, name: 'Locatie niet bekend', city: 'Niet bekend' })).toBe('Locatie volgt');
    expect(eventLocation({ online: false, toFollow: false, name: 'Enschede', city: 'enschede' })).toBe('Enschede');
    expect(eventLocation({ online: true, toFollow: false, name: 'Onbekend' })).toBe('Online');
  });
});
