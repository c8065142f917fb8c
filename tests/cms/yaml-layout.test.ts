/**
 * Saved files keep the repository's layout (cms/yaml-layout.ts): every file in content/ comes out of
 * the admin's format byte for byte as it went in, so a reviewer's diff shows only what an editor
 * changed; and a change of one field changes one line.
 */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections, type CollectionName } from '../../src/model/index.ts';
import { NOT_IN_CMS } from '../../cms/config.ts';
import { glossaryFormat, layoutFormat, readFile, writeFile } from '../../cms/yaml-layout.ts';
import { GLOSSARY_HEADER } from '../../src/model/glossary.ts';
import { REPO } from '../support/cms-project.ts';

const CONTENT = join(REPO, 'content');
const files = (Object.keys(collections) as CollectionName[])
  .filter((c) => !NOT_IN_CMS.includes(c))
  .flatMap((c) => readdirSync(join(CONTENT, c)).filter((f) => f.endsWith(`.${collections[c].extension}`)).map((f) => ({ collection: c, path: `content/${c}/${f}` })));
const order = (c: CollectionName) => Object.keys(collections[c].schema.shape);

describe('the repository\'s YAML layout', () => {
  it('has content to hold to it', () => expect(files.length).toBeGreaterThan(50));

  it.each(files)('$path comes back byte for byte', ({ collection, path }) => {
    const text = readFileSync(join(REPO, path), 'utf8');
    expect(layoutFormat.toFile(layoutFormat.fromFile(text), order(collection))).toBe(text);
  });

  it('the begrippenlijst comes back byte for byte, header comment included, and one changed explanation is one line', () => {
    const text = readFileSync(join(CONTENT, 'begrippen.yml'), 'utf8');
    expect(glossaryFormat.toFile(glossaryFormat.fromFile(text))).toBe(text);
    expect(text.startsWith(GLOSSARY_HEADER)).toBe(true);
    const data = glossaryFormat.fromFile(text) as { terms: { term: string; explanation: string }[] };
    const changed = glossaryFormat.toFile({ terms: data.terms.map((t, i) => (i === 0 ? { ...t, explanation: 'Een nieuwe uitleg die langer is dan tachtig tekens, zodat een gevouwen regel hier zou opvallen.' } : t)) });
    const a = text.split('\n');
    const b = changed.split('\n');
    expect(b.length).toBe(a.length);
    expect(b.filter((line, i) => line !== a[i])).toEqual(['    explanation: "Een nieuwe uitleg die langer is dan tachtig tekens, zodat een gevouwen regel hier zou opvallen."']);
  });

  it('changes one line when one field changes, and writes new entries the same way', () => {
    const text = readFileSync(join(CONTENT, 'practices', 'dokwerk-gorinchem.md'), 'utf8');
    const data = readFile(text);
    const changed = writeFile({ ...data, place: 'Dordrecht' }, order('practices'));
    const a = text.split('\n');
    const b = changed.split('\n');
    expect(b.length).toBe(a.length);
    expect(a.filter((line, i) => line !== b[i])).toEqual([`place: "${data.place as string}"`]);
    const fresh = writeFile({ body: 'Tekst.\n', themes: ['passend-onderwijs'], title: 'Nieuw: een "test"', published: '2026-03-10', draft: false, image: { src: '/uploads/a.png', alt: 'Een foto' }, ageGroups: ['4-12'] }, order('practices'));
    expect(fresh.startsWith('---\ntitle: "Nieuw: een \\"test\\""\n')).toBe(true);
    expect(fresh.endsWith('draft: false\n---\nTekst.\n')).toBe(true);
    for (const part of ['themes:\n  - passend-onderwijs\n', 'ageGroups:\n  - "4-12"\n', 'image:\n  src: /uploads/a.png\n  alt: "Een foto"\n', 'published: 2026-03-10\n']) expect(fresh).toContain(part);
  });

  it('keeps ids that YAML would read as another type quoted, and multi-line text as a block', () => {
    expect(writeFile({ a: 'true', b: 'no', c: 'regel 1\nregel 2\n', d: 2026 })).toBe('---\na: "true"\nb: "no"\nc: |\n  regel 1\n  regel 2\nd: 2026\n---\n');
    expect(readFile(writeFile({ a: 'true', b: 'no', c: 'regel 1\nregel 2\n', d: 2026 }))).toEqual({ a: 'true', b: 'no', c: 'regel 1\nregel 2\n', d: 2026 });
  });
});
