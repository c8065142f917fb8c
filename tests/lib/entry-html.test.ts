/**
 * The rendered bodies kept beside Astro's content store (src/lib/entry-html.ts): pages find an
 * entry's HTML, a missing one is named, and the saved file survives a round trip while a damaged,
 * foreign or older one is ignored (every body is rendered again) instead of breaking the build.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bodyStore, entryHtml, hasBody, readSavedBodies, saveBodies } from '../../src/lib/entry-html.ts';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'mao-entry-html-'));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  bodyStore('test-collection').clear();
});

describe('entryHtml', () => {
  it('returns the HTML the loader stored for the entry, per collection', () => {
    bodyStore('test-collection').set('een', { digest: 'd1', html: '<p>Eén ’s ochtends</p>' });
    bodyStore('test-other').set('een', { digest: 'd2', html: '<p>Andere collectie</p>' });
    expect(entryHtml({ collection: 'test-collection', id: 'een' })).toBe('<p>Eén ’s ochtends</p>');
    expect(entryHtml({ collection: 'test-other', id: 'een' })).toBe('<p>Andere collectie</p>');
    bodyStore('test-other').clear();
  });

  it('names the entry when the loader has not read it', () => {
    expect(() => entryHtml({ collection: 'test-collection', id: 'onbekend' })).toThrow(/test-collection\/onbekend.*src\/content\.config\.ts/);
  });

  it('hasBody: only a body that renders to something counts', () => {
    bodyStore('test-collection').set('leeg', { digest: 'd', html: '\n  \n' });
    bodyStore('test-collection').set('vol', { digest: 'd', html: '<p>Tekst</p>\n' });
    expect(hasBody({ collection: 'test-collection', id: 'leeg' })).toBe(false);
    expect(hasBody({ collection: 'test-collection', id: 'vol' })).toBe(true);
  });
});

describe('saved bodies', () => {
  it('round-trips through the file, characters beyond Latin-1 included, and leaves no temporary file', () => {
    const dir = tempDir();
    const file = join(dir, 'nested', 'practices.json');
    const bodies = new Map([
      ['a', { digest: 'x1', html: '<p>“Mét andere ogen” – regio’s</p>' }],
      ['b', { digest: 'x2', html: '' }],
    ]);
    saveBodies(file, bodies);
    expect(readSavedBodies(file)).toEqual(bodies);
    expect(readdirSync(join(dir, 'nested'))).toEqual(['practices.json']);
  });

  it('a missing, damaged, older or foreign file reads as empty', () => {
    const dir = tempDir();
    expect(readSavedBodies(join(dir, 'er-niet.json')).size).toBe(0);
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    expect(readSavedBodies(write('half.json', '{"version":1,"bodies":{"a":["x","<p>')).size).toBe(0);
    expect(readSavedBodies(write('oud.json', JSON.stringify({ version: 0, bodies: { a: ['x', '<p>oud</p>'] } }))).size).toBe(0);
    expect(readSavedBodies(write('anders.json', JSON.stringify([1, 2, 3]))).size).toBe(0);
    expect(readSavedBodies(write('null.json', 'null')).size).toBe(0);
    // Entries of the wrong shape are skipped, good ones kept.
    const mixed = readSavedBodies(write('gemengd.json', JSON.stringify({ version: 1, bodies: { a: ['x', '<p>a</p>'], b: 'kapot', c: [1, 2] } })));
    expect([...mixed.keys()]).toEqual(['a']);
  });
});
