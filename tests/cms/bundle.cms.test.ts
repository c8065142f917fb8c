/**
 * The admin as a build makes it (startAdminBuild, cms/bundle.ts): admin.js is made from code alone
 * and kept between builds; the published titles go into index.html at every build.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { PROJECT_ROOT, startAdminBuild, type AdminFiles } from '../../cms/bundle.ts';
import { KNOWN_ENTRIES_ID, type KnownEntries } from '../../cms/relation-search.ts';

const PRACTICE = 'alles-in-een-school-enschede';
let root: string;
let changed: string;
let first: AdminFiles;
let second: AdminFiles;
let afterEdit: AdminFiles;

const known = (admin: AdminFiles): KnownEntries => {
  const html = String(admin.files['index.html']);
  const block = new RegExp(`<script type="application/json" id="${KNOWN_ENTRIES_ID}">([^<]*)</script>`).exec(html);
  return JSON.parse(block?.[1] ?? 'null') as KnownEntries;
};

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'mao-admin-bundle-'));
  changed = join(root, 'content');
  cpSync(join(PROJECT_ROOT, 'content'), changed, { recursive: true });
  const file = join(changed, 'practices', `${PRACTICE}.md`);
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^title: .*$/m, 'title: "Nieuwe titel </script><script>alert(1)</script>"'));
  const cacheDir = join(root, 'cache');
  try {
    first = await startAdminBuild({ env: {}, cacheDir });
    second = await startAdminBuild({ env: {}, cacheDir });
    afterEdit = await startAdminBuild({ env: {}, cacheDir, contentDir: changed });
  } finally {
    await esbuild.stop();
  }
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the admin of a build', () => {
  it('bundles once, and takes the same bundle from the cache at the next build', () => {
    expect(first.fromCache).toBe(false);
    expect(second.fromCache).toBe(true);
    expect(Buffer.from(second.files['admin.js'] as Uint8Array).equals(Buffer.from(first.files['admin.js'] as Uint8Array))).toBe(true);
    expect(second.files['index.html']).toBe(first.files['index.html']);
  });

  it('keeps admin.js the same after a content change, and shows the new title from index.html', () => {
    expect(afterEdit.fromCache).toBe(true);
    expect(afterEdit.files['index.html']).toContain('admin.js?v=');
    expect(String(afterEdit.files['index.html']).match(/admin\.js\?v=(\w+)/)?.[1]).toBe(String(first.files['index.html']).match(/admin\.js\?v=(\w+)/)?.[1]);
    expect(known(first).titles.practices?.[PRACTICE]).toMatch(/^De alles-in-een-school in Enschede/);
    expect(known(afterEdit).titles.practices?.[PRACTICE]).toBe('Nieuwe titel </script><script>alert(1)</script>');
    expect(new TextDecoder().decode(first.files['admin.js'] as Uint8Array)).not.toContain('alles-in-een-school');
  });

  it('writes a title as data: it cannot end the block or start a script', () => {
    const html = String(afterEdit.files['index.html']);
    expect(html.match(/<script/g)).toHaveLength(2); // the data block and admin.js, nothing from the title
    expect(html).not.toContain('alert(1)</script>');
  });

  it('names the advice with their numbers, as the previews show them', () => {
    const numbers = known(first).numbers.advice ?? {};
    expect(Object.values(numbers).sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
