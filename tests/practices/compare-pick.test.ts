import { describe, expect, test } from 'vitest';
import { PICK_PARAM, pickAnnouncement, pickSummary, practiceIdOf, readPicked, togglePicked, withPicked, withoutPicked } from '../../src/practices/compare-pick.ts';
import { compareUrl } from '../../src/practices/compare.ts';
import { routes } from '../../src/routes.ts';

describe('the picked practices in the page address', () => {
  test('read: in order, each once, only well-formed ids', () => {
    expect(PICK_PARAM).toBe('vergelijk');
    expect(readPicked('?q=x&vergelijk=b&vergelijk=a&vergelijk=b&vergelijk=Not%20an%20id&thema=t')).toEqual(['b', 'a']);
    expect(readPicked('')).toEqual([]);
  });
  test('write: the search state stays, the picked ids are replaced', () => {
    expect(withPicked('?q=girfec&thema=t&vergelijk=old', ['a', 'b'])).toBe('q=girfec&thema=t&vergelijk=a&vergelijk=b');
    expect(withoutPicked('?q=girfec&vergelijk=a')).toBe('q=girfec');
    expect(withPicked('', [])).toBe('');
  });
  test('toggle: add at the end, remove wherever it is', () => {
    expect(togglePicked(['a'], 'b', true)).toEqual(['a', 'b']);
    expect(togglePicked(['a', 'b'], 'a', false)).toEqual(['b']);
    expect(togglePicked(['a'], 'a', true)).toEqual(['a']);
  });
});

describe('which results can be picked', () => {
  test('a practice page, not another page', () => {
    expect(practiceIdOf(routes.practice('dokwerk-gorinchem'))).toBe('dokwerk-gorinchem');
    expect(practiceIdOf(`https://example.org${routes.practice('dokwerk-gorinchem')}`)).toBe('dokwerk-gorinchem');
    expect(practiceIdOf(routes.theme('jeugdbescherming'))).toBeUndefined();
    expect(practiceIdOf(routes.practiceList())).toBeUndefined();
    expect(practiceIdOf(routes.practiceList(2))).toBeUndefined();
    expect(practiceIdOf(routes.groupPractices('theme', 'x'))).toBeUndefined();
  });
});

describe('what the bar says', () => {
  test('none, one, two to four, more than four', () => {
    expect(pickSummary([])).toEqual({ text: '' });
    expect(pickSummary(['a'])).toEqual({ text: 'Je hebt 1 voorbeeld gekozen. Kies er nog 1 om te vergelijken.' });
    expect(pickSummary(['a', 'b'])).toEqual({ text: 'Vergelijk 2 voorbeelden', href: compareUrl(['a', 'b']) });
    expect(pickSummary(['a', 'b', 'c', 'd']).href).toBe(compareUrl(['a', 'b', 'c', 'd']));
    expect(pickSummary(['a', 'b', 'c', 'd', 'e', 'f'])).toEqual({ text: 'Je hebt 6 voorbeelden gekozen. Je kunt er 2 tot 4 vergelijken. Haal er 2 weg.' });
  });
  test('what the live region says', () => {
    expect(pickAnnouncement('Dokwerk', true, ['a', 'b'])).toBe('Dokwerk is gekozen om te vergelijken. 2 voorbeelden gekozen.');
    expect(pickAnnouncement('Dokwerk', false, [])).toBe('Dokwerk is uit de vergelijking gehaald. Niets gekozen.');
  });
});
