/**
 * The real content states nothing the sources do not give (issue 15): no link that no source
 * makes, no clock time or made-up venue for an event, no newsletter "sent" that was never sent, no
 * long names swapped, no contact called a verbinder whom no source calls one, and none of the words
 * the content used to misuse. Each check reads the files as written in content/.
 */
import { describe, expect, test } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../support/paths.ts';
import { SEEDS_DIR } from '../support/seeds.ts';
import { loadContent } from '../../src/model/load.ts';
import YAML from 'yaml';

const CONTENT = join(PROJECT_ROOT, 'content');
const { entries } = loadContent(CONTENT, PROJECT_ROOT);

function contentFiles(): { file: string; text: string }[] {
  return readdirSync(CONTENT, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.mdx?$/.test(f))
    .map((f) => ({ file: `content/${f}`, text: readFileSync(join(CONTENT, f), 'utf8') }));
}

describe.skipIf(!SEEDS_DIR)('links', () => {
  test('every web address in the content is one a source gives', () => {
    const seeds = readdirSync(SEEDS_DIR!).map((f) => readFileSync(join(SEEDS_DIR!, f), 'utf8')).join('\n');
    const invented: string[] = [];
    for (const { file, text } of contentFiles()) {
      for (const url of text.match(/https?:\/\/[^\s"'<>)\]]+/g) ?? []) if (!seeds.includes(url)) invented.push(`${file}: ${url}`);
    }
    expect(invented).toEqual([]);
  });
});

describe('events', () => {
  test('no event states a clock time: no source gives one', () => {
    for (const e of entries.events) {
      expect(e.data?.start, e.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (e.data?.end) expect(e.data.end, e.file).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('no made-up place: an unknown venue is "Locatie volgt", never a place name such as "Niet bekend"', () => {
    for (const e of entries.events) {
      const location = e.data?.location as { name?: string; city?: string; toFollow?: boolean };
      for (const value of [location.name, location.city]) expect(value ?? '', e.file).not.toMatch(/bekend|onbekend|volgt/i);
      if (!location.name) expect(location.toFollow, e.file).toBe(true);
    }
    expect(readFileSync(join(CONTENT, 'events/eerste-netwerkbijeenkomst-met-andere-ogen.md'), 'utf8')).not.toMatch(/lunch|ochtend/i);
  });
});

describe('dates', () => {
  const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
  const MONTHS_EN = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
  /** The checklist's quotes that name an entry, lower case. */
  const quotesFor = (entry: string): string[] =>
    (YAML.parse(readFileSync(join(PROJECT_ROOT, 'tests/content/seed-facts.yml'), 'utf8')) as { facts: { quote: string; entries?: string[] }[] }[])
      .flatMap((seed) => seed.facts)
      .filter((fact) => fact.entries?.includes(entry))
      .map((fact) => fact.quote.toLowerCase());
  /** Whether a quote names the day ("6 november", "12 December"). */
  const namesDay = (quotes: string[], day: string) => {
    const [, month, date] = day.split('-').map(Number);
    return quotes.some((q) => q.includes(`${date} ${MONTHS[month! - 1]}`) || q.includes(`${date} ${MONTHS_EN[month! - 1]}`));
  };

  test("a news item's date is the day of one of its sources, or a day the checklist quotes for it", () => {
    const unsourced = entries.news.filter((n) => {
      const day = n.data?.date as string | undefined;
      if (!day) return false;
      const sourceDays = ((n.data?.sources ?? []) as { date?: string }[]).map((src) => src.date);
      return !sourceDays.includes(day) && !namesDay(quotesFor(`news/${n.id}`), day);
    });
    expect(unsourced.map((n) => `${n.file}: ${n.data?.date}`)).toEqual([]);
  });

  test("an event's day is one the checklist quotes for it", () => {
    const unsourced = entries.events.filter((e) => !namesDay(quotesFor(`events/${e.id}`), (e.data?.start as string).slice(0, 10)));
    expect(unsourced.map((e) => `${e.file}: ${e.data?.start}`)).toEqual([]);
  });

  test('news whose day no source gives has no date, and says so on its page', () => {
    for (const id of ['vernieuwde-monitor-aoj', 'oproep-inspiratieregios', 'verdiepingsochtend-girfec-tilburg']) {
      expect(entries.news.find((n) => n.id === id)?.data?.date, id).toBeUndefined();
    }
  });
});

test('no newsletter is said to be sent: no source says one was', () => {
  for (const n of entries.newsletters) {
    expect(n.data?.status, n.file).not.toBe('verzonden');
    expect(n.data?.sentOn, n.file).toBeUndefined();
  }
});

test('BMK and BK carry their own long names', () => {
  const name = (id: string) => entries.organisations.find((o) => o.id === id)?.data?.name;
  expect(name('bmk')).toBe('BMK (Branchevereniging Maatschappelijke Kinderopvang)');
  expect(name('bk')).toBe('BK (Brancheorganisatie Kinderopvang)');
});

test('no organisation has a website that no source gives', () => {
  expect(entries.organisations.filter((o) => o.data?.website).map((o) => o.file)).toEqual([]);
});

test('Twente names its contact as contact and projectleider, not as verbinder', () => {
  const twente = entries.regions.find((r) => r.id === 'twente')!.data!;
  expect(twente.connectors).toEqual([]);
  expect(twente.contacts).toEqual([expect.objectContaining({ name: 'Kate Snellens' })]);
  expect(twente.parentInvolvement).not.toMatch(/zitten ouders mee aan tafel/);
});

test('the thuiszitterstafel does not claim advice 2, which no source links it to', () => {
  const practice = entries.practices.find((p) => p.id === 'twente-schoolaanwezigheid-thuiszitterstafel')!.data!;
  expect((practice.advice as { advice: string }[]).map((a) => a.advice)).not.toContain('inperken-vrijstellingen');
});

test('practices, regions, communities and organisations carry the day they came to this platform, not a back-dated one', () => {
  for (const list of [entries.practices, entries.regions, entries.communities, entries.organisations]) {
    for (const e of list) expect(e.data?.published, e.file).toMatch(/^202[6-9]-/);
  }
});

test('none of the misused words ("thuisnabij", "steunvraag", "men", "ontzorgt") is left in the text', () => {
  const found: string[] = [];
  for (const { file, text } of contentFiles()) {
    for (const m of text.matchAll(/\b(thuisnabij\w*|steunvra\w*|men|ontzorg\w*)\b/gi)) found.push(`${file}: ${m[0]}`);
  }
  expect(found).toEqual([]);
});
