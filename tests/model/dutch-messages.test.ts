/**
 * Every message of the content check and of the CMS's own checks is Dutch (issue 15): no parser
 * reason, no zod default message, no code word such as "type free" or a bare folder name. Each bad
 * input below (one of every kind the other tests use) goes through the build's check and through
 * the CMS's checkEntry, and the result may not contain English.
 */
import { describe, expect, test } from 'vitest';
import { ContentFixture, type Data } from '../support/content-fixture.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { ENGLISH, yamlReason } from '../../src/model/dutch.ts';
import { checkEntry, describeProblem, normaliseEntry } from '../../cms/validate.ts';
import type { CollectionName } from '../../src/model/index.ts';


const P = 'practices/voorbeeldpraktijk.md';
const E = 'events/voorbeeldbijeenkomst.md';
const R = 'regions/voorbeeldregio.md';
const N = 'newsletters/nieuwsbrief-1.md';

type Edit = [string, string, (d: Data) => void];
const EDITS: Edit[] = [
  ['a number where text belongs', P, (d) => (d.title = 12)],
  ['text where a number belongs', R, (d) => (d.tranche = 'eerste')],
  ['a group where a list belongs', P, (d) => (d.themes = { a: 1 })],
  ['a list where a group belongs', P, (d) => (d.contact = ['x'])],
  ['true/false as text', P, (d) => (d.draft = 'nee')],
  ['a missing required field', P, (d) => delete d.summary],
  ['an unknown field', P, (d) => (d.tags = ['x'])],
  ['an unknown value in a select', P, (d) => (d.phase = 'bijna')],
  ['a bad e-mail address', P, (d) => (d.contact.email = 'geen-adres')],
  ['a javascript: link', P, (d) => (d.links = [{ label: 'x', url: 'javascript:alert(1)' }])],
  ['a relative link', P, (d) => (d.links = [{ label: 'x', url: '/pagina/' }])],
  ['a date that does not exist', P, (d) => (d.published = '2026-02-30')],
  ['a date in the wrong order', P, (d) => (d.published = '10-03-2026')],
  ['a date-time without its offset', E, (d) => (d.start = '2019-12-12T13:00:00')],
  ['text too long', P, (d) => (d.summary = 'x'.repeat(301))],
  ['an empty list that needs an item', P, (d) => (d.themes = [])],
  ['an id with capitals', P, (d) => (d.themes = ['Thuiszitters'])],
  ['an unknown reference', P, (d) => (d.themes = ['bestaat-niet'])],
  ['a newsletter item of an unknown kind', N, (d) => (d.sections[0].items[0] = { type: 'video', url: 'https://x.nl' })],
  ['a sent newsletter pointing at a missing entry', N, (d) => (d.sections[0].items[0] = { type: 'practice', practice: 'weg' })],
  ['a latitude outside the Netherlands', R, (d) => (d.location.lat = 48)],
  ['a source without a publisher', R, (d) => (d.sources = [{ title: 'x' }])],
  ['no sources', R, (d) => delete d.sources],
  ['an event without a place', E, (d) => (d.location = { online: false })],
  ['an end before the start', E, (d) => (d.end = '2019-12-12T12:00:00+01:00')],
  ['null for a group', P, (d) => (d.contact = null)],
];

const YAML_BREAKS: [string, string][] = [
  ['a tab to indent', '---\ntitle: x\ncontact:\n\tname: y\n---\n'],
  ['a field twice', '---\ntitle: x\ntitle: y\n---\n'],
  ['an unclosed quote', '---\ntitle: "x\nsummary: y\n---\n'],
  ['a wrong indent', '---\ntitle: x\n  summary: y\n---\n'],
  ['a colon in a value', '---\ntitle: a: b\n---\n'],
  ['an unclosed list', '---\nthemes: [a, b\n---\n'],
  ['no front matter', 'Alleen tekst.\n'],
  ['an empty file', ''],
];

describe('the content check speaks Dutch', () => {
  test.each(EDITS)('%s', (_, file, change) => {
    const fixture = new ContentFixture();
    fixture.edit(file, change);
    const lines = fixture.lines();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(ENGLISH);
  });

  test.each(YAML_BREAKS)('YAML: %s', (_, text) => {
    const fixture = new ContentFixture();
    fixture.write('themes/kapot.md', text);
    const lines = fixture.lines();
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(ENGLISH);
  });

  test('the YAML reasons are Dutch for every error code, with a Dutch fallback', () => {
    for (const code of ['BAD_INDENT', 'DUPLICATE_KEY', 'TAB_AS_INDENT', 'MISSING_CHAR', 'UNEXPECTED_TOKEN', 'MULTILINE_IMPLICIT_KEY', 'BLOCK_AS_IMPLICIT_KEY']) {
      expect(yamlReason(code)).not.toMatch(ENGLISH);
    }
    expect(yamlReason('SOMETHING_NEW')).toBe('YAML die hier niet klopt');
  });

  test('the English detector finds what zod and the YAML parser write', () => {
    for (const english of ['Invalid input: expected string, received number', 'Map keys must be unique', 'Nested mappings are not allowed in compact mappings', 'vrij item (type free)']) {
      expect(english).toMatch(ENGLISH);
    }
  });
});

describe('the CMS check speaks Dutch', () => {
  test.each(EDITS.filter(([name]) => !/reference|missing entry/.test(name)))('%s', (_, file, change) => {
    const f = new ContentFixture();
    const { data, body } = f.read(file);
    change(data);
    const collection = file.split('/')[0] as CollectionName;
    const problems = checkEntry(collection, normaliseEntry(collection, { ...data, body }));
    for (const p of problems) {
      expect(describeProblem(p)).not.toMatch(ENGLISH);
      expect(formatProblem(p)).not.toMatch(ENGLISH);
    }
  });
});
