/** loadContent({ reuse }): the build's second check of unchanged content costs no second read. */
import { describe, expect, test } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadContent } from '../../src/model/load.ts';

const VALID = join(import.meta.dirname, '../fixtures/valid');

describe('loadContent with reuse', () => {
  test('gives the same result while nothing changed, and checks again after a change', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mao-reuse-'));
    try {
      cpSync(VALID, dir, { recursive: true });
      const project = mkdtempSync(join(tmpdir(), 'mao-reuse-project-'));
      const first = loadContent(dir, project, { reuse: true });
      expect(first.problems).toEqual([]);
      expect(loadContent(dir, project, { reuse: true })).toBe(first);
      // Without reuse, always a fresh check.
      expect(loadContent(dir, project)).not.toBe(first);
      // A changed file (another size and time) is read again, and its problem found.
      const file = join(dir, 'practices/voorbeeldpraktijk.md');
      writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: ""'));
      utimesSync(file, new Date(), new Date(Date.now() + 5000));
      const after = loadContent(dir, project, { reuse: true });
      expect(after).not.toBe(first);
      expect(after.problems.map((p) => p.file).join()).toContain('voorbeeldpraktijk.md');
      rmSync(project, { recursive: true, force: true });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('checks again after a change to the begrippenlijst alone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'mao-reuse-'));
    const project = mkdtempSync(join(tmpdir(), 'mao-reuse-project-'));
    try {
      cpSync(VALID, dir, { recursive: true });
      const glossary = join(dir, 'begrippen.yml');
      writeFileSync(glossary, 'terms:\n  - term: MDO\n    full: multidisciplinair overleg\n    explanation: "Een overleg over een kind met mensen uit verschillende vakken."\n');
      const first = loadContent(dir, project, { reuse: true });
      expect(first.problems).toEqual([]);
      writeFileSync(glossary, 'terms: 7\n');
      utimesSync(glossary, new Date(), new Date(Date.now() + 5000));
      const after = loadContent(dir, project, { reuse: true });
      expect(after).not.toBe(first);
      expect(after.problems.map((p) => p.file).join()).toContain('begrippen.yml');
    } finally {
      rmSync(dir, { recursive: true, force: true });
      rmSync(project, { recursive: true, force: true });
    }
  });
});
