/**
 * The open data of the built site: every file validates against its published JSON Schema (ajv,
 * draft 2020-12, formats checked), counts match the pages, every URL points at a page that exists,
 * no e-mail address or phone number is in it, and the CSV reads back with csv-parse.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { assertBuilt, listing } from '../support/build-result.ts';
import { brokenReason } from '../support/links.ts';
import { entryPageIds } from '../support/dist-pages.ts';
import { contactDetailsIn } from '../support/contact-details.ts';

const { site } = inject('builds');
const dist = site.outDir;
const json = (rel: string) => JSON.parse(readFileSync(join(dist, rel), 'utf8'));

beforeAll(() => assertBuilt(site));

const FILES = [
  ['praktijkvoorbeelden', 'praktijkvoorbeelden'],
  ['regios', 'regios'],
  ['agenda', 'agenda'],
] as const;

describe.each(FILES)('/data/%s.json', (name, section) => {
  test('validates against its published JSON Schema', () => {
    const schema = json(`data/${name}.schema.json`);
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    (addFormats as unknown as (a: Ajv2020) => void)(ajv);
    const validate = ajv.compile(schema);
    const data = json(`data/${name}.json`);
    validate(data);
    expect(validate.errors ?? [], JSON.stringify(validate.errors?.slice(0, 5), null, 2)).toEqual([]);
    expect(schema.$id).toBe(data.schema);
  });

  test(`has one item per page of /${section}/, with that page's URL`, () => {
    const data = json(`data/${name}.json`);
    const ids = entryPageIds(dist, section);
    expect(ids.length).toBeGreaterThan(0);
    expect(data.count).toBe(ids.length);
    expect(data.items.map((i: { id: string }) => i.id)).toEqual(ids);
    const broken: string[] = [];
    for (const item of data.items as { id: string; url: string; ics?: string }[]) {
      expect(new URL(item.url).pathname).toBe(`/${section}/${item.id}/`);
      for (const url of [item.url, item.ics].filter(Boolean) as string[]) {
        const reason = brokenReason(new URL(url), dist);
        if (reason) broken.push(`${url}: ${reason}`);
      }
    }
    expect(broken, listing(broken)).toEqual([]);
  });

  test('holds no e-mail address or phone number', () => {
    expect(contactDetailsIn(json(`data/${name}.json`))).toEqual([]);
  });
});

describe('/data/praktijkvoorbeelden.csv', () => {
  const csv = () => readFileSync(join(dist, 'data/praktijkvoorbeelden.csv'), 'utf8');

  test('UTF-8 with BOM and a header; one row per practice, the same ids as the JSON', () => {
    expect(csv().charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv(), { bom: true, columns: true }) as Record<string, string>[];
    const data = json('data/praktijkvoorbeelden.json');
    expect(rows.map((r) => r.id)).toEqual(data.items.map((i: { id: string }) => i.id));
    const first = data.items[0];
    const row = rows[0]!;
    expect(row.title).toBe(first.title);
    expect(row.themes).toBe(first.themes.join('; '));
    expect(row['contact.name']).toBe(first.contact.name);
  });

  test('holds no e-mail address or phone number', () => {
    const rows = parseCsv(csv(), { bom: true, columns: true }) as Record<string, string>[];
    expect(Object.keys(rows[0]!).filter((k) => /email|phone/i.test(k))).toEqual([]);
    expect(contactDetailsIn(rows)).toEqual([]);
  });
});

describe('pages', () => {
  test('/open-data/ links every data file and schema', () => {
    const html = readFileSync(join(dist, 'open-data/index.html'), 'utf8');
    for (const [name] of FILES) {
      expect(html).toContain(`href="/data/${name}.json"`);
      expect(html).toContain(`href="/data/${name}.schema.json"`);
    }
    expect(html).toContain('href="/data/praktijkvoorbeelden.csv"');
    expect(html).toContain('CC BY 4.0');
    expect(html).toContain('EUPL-1.2');
  });

  test('the curation view is noindex and not in the sitemap', () => {
    const html = readFileSync(join(dist, 'nieuwsbrieven/nieuw-sinds-vorige/index.html'), 'utf8');
    expect(html).toMatch(/<meta name="robots" content="noindex/);
    const sitemaps = ['sitemap-index.xml', 'sitemap-0.xml'].map((f) => readFileSync(join(dist, f), 'utf8')).join('');
    expect(sitemaps).not.toContain('nieuw-sinds-vorige');
    expect(sitemaps).toContain('/open-data/');
  });
});
