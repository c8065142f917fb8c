/**
 * Every statement of the Spiegel (the `statements` of each advice in content/advice/) follows a
 * sentence a source gives, and tests/content/spiegel-statements.yml names that sentence. A statement
 * added or reworded in the content without its quote fails here, as does a listed statement that is
 * no longer in the content, or a quote that is not (or no longer) in the advice text or its seed.
 * A seed quote names its source text; the advice must list that source and its statementsSource
 * must name it. The seed quotes are checked only where the seeds are on this machine.
 */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import YAML from 'yaml';
import { PROJECT_ROOT } from '../support/paths.ts';
import { normalise, SEEDS_DIR } from '../support/seeds.ts';
import { loadContent } from '../../src/model/load.ts';
import type { Advice } from '../../src/model/collections/advice.ts';

interface Trace {
  statement: string;
  quote: string;
  from: string;
  title?: string;
  section?: string;
}

const TRACE_FILE = 'tests/content/spiegel-statements.yml';
const BODY = 'advice-body';
const SEED_FILE = /^\d{3}_[0-9a-f]{16}\.txt$/;

const trace = YAML.parse(readFileSync(join(PROJECT_ROOT, TRACE_FILE), 'utf8')) as Record<string, Trace[]>;
const { entries } = loadContent('content', PROJECT_ROOT);
const advice = new Map(entries.advice.map((e) => [e.id, { file: e.file, data: e.data as Advice, body: e.body }]));

const items = Object.entries(trace).flatMap(([id, list]) => list.map((item, i) => ({ id, n: i + 1, item })));
const bodyItems = items.filter(({ item }) => item.from === BODY);
const seedItems = items.filter(({ item }) => item.from !== BODY);
const label = ({ id, n, item }: (typeof items)[number]) => `${id} #${n}: ${item.statement}`;

describe('the trace file', () => {
  test('lists the seven adviezen, and each item has a statement, a quote and where the quote is', () => {
    expect(Object.keys(trace).sort()).toEqual([...advice.keys()].sort());
    for (const { id, n, item } of items) {
      const where = `${TRACE_FILE}: ${id} #${n}`;
      expect(typeof item.statement === 'string' && item.statement.trim() !== '', `${where}: geen statement`).toBe(true);
      expect(typeof item.quote === 'string' && item.quote.trim() !== '', `${where}: geen quote`).toBe(true);
      expect(item.from === BODY || SEED_FILE.test(item.from ?? ''), `${where}: from is "${item.from}"; toegestaan: ${BODY} of de naam van een seed`).toBe(true);
      if (item.from !== BODY) expect(item.title, `${where}: een quote uit een seed noemt de titel van de brontekst (title)`).toBeTruthy();
    }
  });
});

describe.each([...advice.entries()])('%s', (id, { file, data }) => {
  const listed = (trace[id] ?? []).map((item) => item.statement);

  test('every statement in the content has its quote in the trace file', () => {
    for (const statement of data.statements) {
      expect(listed, `${file}: de stelling "${statement}" staat niet in ${TRACE_FILE}; zet hem erin met de zin uit de bron die hem draagt`).toContain(statement);
    }
  });

  test('every statement in the trace file is in the content', () => {
    for (const statement of listed) {
      expect(data.statements, `${TRACE_FILE}: "${statement}" staat niet (meer) bij ${file}`).toContain(statement);
    }
  });
});

describe.each(bodyItems.map((i) => [label(i), i] as const))('%s', (_, { id, item }) => {
  test('the quote is in the text of the advice', () => {
    const entry = advice.get(id);
    expect(entry, `${TRACE_FILE}: geen advies met id ${id}`).toBeDefined();
    expect(normalise(entry!.body), `niet gevonden in de tekst van ${entry!.file}: "${item.quote}"`).toContain(normalise(item.quote));
  });
});

describe.each(seedItems.map((i) => [label(i), i] as const))('%s', (_, { id, item }) => {
  test('the advice lists the source text and its statementsSource names it', () => {
    const entry = advice.get(id);
    expect(entry, `${TRACE_FILE}: geen advies met id ${id}`).toBeDefined();
    const titles = (entry!.data.sources ?? []).map((s) => normalise(s.title));
    expect(titles, `${entry!.file}: de bron "${item.title}" staat niet bij sources`).toContain(normalise(item.title!));
    expect(normalise(entry!.data.statementsSource), `${entry!.file}: statementsSource noemt de bron "${item.title}" niet`).toContain(normalise(item.title!));
  });
});

describe.skipIf(!SEEDS_DIR)('every seed quote is in its seed', () => {
  const texts = new Map<string, string>();
  const seedText = (name: string) => {
    if (!texts.has(name)) texts.set(name, normalise(readFileSync(join(SEEDS_DIR!, name), 'utf8')));
    return texts.get(name)!;
  };
  test.each(seedItems.map((i) => [label(i), i.item] as const))('%s', (_, item) => {
    // A yes/no, not toContain: a failing toContain would print the whole seed.
    expect(seedText(item.from).includes(normalise(item.quote)), `niet gevonden in ${item.from}: "${item.quote}"`).toBe(true);
  });
});
