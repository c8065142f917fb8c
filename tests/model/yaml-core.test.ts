/**
 * The front matter is read by js-yaml with our YAML 1.2 core schema (src/model/yaml-core.ts), and by
 * the `yaml` package only when js-yaml refuses it. Both must mean the same: every kind of scalar
 * here is read by both and compared, and what js-yaml refuses gets the `yaml` package's message.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { parseDocument } from 'yaml';
import { YAML_12_CORE } from '../../src/model/yaml-core.ts';
import { readFrontMatter } from '../../src/model/load.ts';
import { listFiles } from '../support/dist.ts';

const SCALARS = [
  // integers: decimal, YAML 1.2 octal and hex; not YAML 1.1's 017 octal, 0b binary, 1_000 or signed hex
  '1', '-12', '+12', '0', '-0', '00', '017', '09', '0o17', '0o8', '0x1F', '0x1f', '+0x1F', '-0o7', '0b101', '1_000', '1,000',
  '9007199254740993',
  // floats
  '1.0', '5.', '.5', '+.5', '1e3', '1.5e-3', '0.1e+2', '.inf', '-.inf', '+.Inf', '.NaN', '.nan', '.NAN', '.Nan', '.', '1.2.3',
  // null and booleans: YAML 1.1's yes/no/on/off are text in 1.2
  '~', '', 'null', 'Null', 'NULL', 'nULL', 'true', 'True', 'TRUE', 'tRUE', 'false', 'yes', 'no', 'on', 'off', 'y', 'n',
  // dates and times stay text
  '2026-02-30', '2026-03-01', '2026-03-01T10:00:00', '2026-03-01 10:00:00+01:00', '12:30', '1:20:30',
  // text that looks like something else
  '06-12345678', '"06 12345678"', '"1"', "'1'", '!!str 1', "'it''s'", '"x\\ty"', 'x # comment', '=', '-', 'a: b',
];

const DOCUMENTS = [
  ...SCALARS.map((value) => `a: ${value}`),
  'a: [1, two, "3", null, true]',
  'a:\n  - x\n  - 2\n  - - nested',
  'a: |\n  line\n  two\n',
  'a: >-\n  fold\n  ed\n',
  'a: &x 1\nb: *x',
  'a: {b: 1, c: [d]}',
  '<<: {a: 1}\nb: 2',
  'titel: "Dokwerk: terug naar school"\nregio: gorinchem\nthemas:\n  - thuiszitters\n  - passend-onderwijs\n',
];

const fast = (text: string) => load(text, { schema: YAML_12_CORE, json: false });
const reference = (text: string) => parseDocument(text, { uniqueKeys: true }).toJS();

describe('YAML 1.2 core schema for js-yaml', () => {
  // Whatever js-yaml accepts, it must read as the yaml package does; what it refuses (a few of
  // these, such as "a: -") is read by the yaml package alone.
  const refused = new Set(['a: -', 'a: a: b']);
  it.each(DOCUMENTS)('reads %j as the yaml package does', (text) => {
    if (refused.has(text)) {
      expect(() => fast(text)).toThrow();
      const bytes = Buffer.from(`---\n${text}\n---\n`);
      expect(readFrontMatter(bytes)).toStrictEqual(readFrontMatter(bytes, { parser: 'yaml' }));
    } else {
      expect(fast(text)).toStrictEqual(reference(text));
    }
  });

  it('reads every content file of the seeds and the test fixtures as the yaml package does', () => {
    const files = [join(import.meta.dirname, '../../content'), join(import.meta.dirname, '../fixtures')].flatMap((dir) =>
      listFiles(dir)
        .filter((file) => /\.mdx?$/.test(file))
        .map((file) => join(dir, file)),
    );
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const bytes = readFileSync(file);
      expect(readFrontMatter(bytes), file).toStrictEqual(readFrontMatter(bytes, { parser: 'yaml' }));
    }
  });
});

describe('readFrontMatter with YAML that js-yaml refuses', () => {
  const read = (yaml: string) => readFrontMatter(Buffer.from(`---\n${yaml}\n---\nTekst\n`));

  it('names the line of a duplicated field, as the yaml package words it', () => {
    const result = read('titel: Een\nregio: twente\ntitel: Twee');
    expect(result).toEqual({
      problem: { field: 'front matter', found: 'YAML die niet te lezen is (regel 4: een veld dat twee keer voorkomt)', allowed: 'geldige YAML tussen twee regels ---' },
    });
  });

  it('names the line of a bad indent', () => {
    const result = read('titel: Een\nthemas:\n  - a\n - b');
    expect('problem' in result && result.problem.found).toMatch(/^YAML die niet te lezen is \(regel 5: /);
  });

  it('says what it found when the front matter is not a set of fields', () => {
    expect(read('- een\n- lijst')).toEqual({ problem: { field: 'front matter', found: expect.stringContaining('lijst'), allowed: 'velden als "naam: waarde", één per regel' } });
    expect(readFrontMatter(Buffer.from('---\n\n---\nTekst\n'))).toEqual(readFrontMatter(Buffer.from('---\n\n---\nTekst\n'), { parser: 'yaml' }));
  });
});
