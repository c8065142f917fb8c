/**
 * The Spiegel's statements are content, kept with each advice (content/advice/*.md): the real
 * content has them for all seven adviezen with their source, and the content check refuses a
 * missing, short, long or malformed set, naming file, field, what was found and what is allowed.
 */
import { describe, expect, test } from 'vitest';
import { loadContent } from '../../src/model/load.ts';
import { ContentFixture, type Data } from '../support/content-fixture.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

describe('the real content', () => {
  const { entries, problems } = loadContent('content', PROJECT_ROOT);
  const advice = entries.advice.map((e) => ({ file: e.file, data: e.data as Data }));

  test('has seven adviezen, each with three or four distinct statements and a source naming the advice', () => {
    expect(problems).toEqual([]);
    expect(advice.map((a) => a.data.number).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const { file, data } of advice) {
      expect(data.statements.length, file).toBeGreaterThanOrEqual(3);
      expect(data.statements.length, file).toBeLessThanOrEqual(4);
      expect(new Set(data.statements).size, file).toBe(data.statements.length);
      expect(data.statementsSource, file).toContain(`advies ${data.number}`);
      expect(typeof data.statementsApproved, file).toBe('boolean');
    }
  });
});

describe('the content check', () => {
  const FILE = 'content/advice/samen-werken.md';
  const problemsAfter = (change: (d: Data) => void) => {
    const fixture = new ContentFixture();
    fixture.edit('advice/samen-werken.md', change);
    return fixture.check();
  };
  const LABEL = 'Stellingen voor de Spiegel';

  test.each([
    ['five statements', (d: Data) => (d.statements = ['a', 'b', 'c', 'd', 'e']), { field: 'statements', label: LABEL, found: 'een lijst met 5 items', allowed: 'hoogstens 4 items' }],
    ['two statements', (d: Data) => (d.statements = ['a', 'b']), { field: 'statements', label: LABEL, found: 'een lijst met 2 items', allowed: 'minstens 3 items' }],
    ['no statements', (d: Data) => delete d.statements, { field: 'statements', label: LABEL, found: 'niets (het veld ontbreekt)', allowed: 'verplicht veld: een lijst' }],
    ['a statement too long', (d: Data) => (d.statements = ['a', 'x'.repeat(201), 'c']), { field: 'statements[1]', label: 'Stelling', found: 'een tekst van 201 tekens', allowed: 'hoogstens 200 tekens' }],
    ['no source', (d: Data) => delete d.statementsSource, { field: 'statementsSource', label: 'Bron van de stellingen', found: 'niets (het veld ontbreekt)', allowed: 'verplicht veld: tekst' }],
    ['"ja" for approved', (d: Data) => (d.statementsApproved = 'ja'), { field: 'statementsApproved', label: 'Stellingen goedgekeurd', found: '"ja"', allowed: 'true of false' }],
  ])('%s', (_, change, problem) => {
    expect(problemsAfter(change)).toEqual([{ file: FILE, ...problem }]);
  });

  test('statementsApproved may be left out: it is then false', () => {
    expect(problemsAfter((d) => delete d.statementsApproved)).toEqual([]);
  });
});
