/**
 * The admin's bundle kept between builds (cms/admin-cache.ts): used only while every file it was made
 * from is unchanged and its key is the same; anything else, a damaged cache included, is a miss.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adminCacheDir, bundleKey, inputFiles, readCachedBundle, writeCachedBundle } from '../../cms/admin-cache.ts';

let root: string;
let project: string;
let cache: string;
const outputs = () => ({ 'admin.js': new TextEncoder().encode('console.log("admin")'), 'preview.css': new TextEncoder().encode('body{}') });
const text = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'mao-admin-cache-'));
  project = join(root, 'project');
  cache = join(root, 'cache');
  mkdirSync(join(project, 'cms'), { recursive: true });
  mkdirSync(join(project, 'node_modules/decap'), { recursive: true });
  writeFileSync(join(project, 'cms/admin.tsx'), 'export const a = 1;');
  writeFileSync(join(project, 'node_modules/decap/index.js'), 'module.exports = {};');
  writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3}');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const INPUTS = ['cms/admin.tsx', 'node_modules/decap/index.js'];
/** A bundle that started after the test's files were written (none changed while it ran). */
const LATER = Date.now() + 60_000;

describe('the admin bundle cache', () => {
  it('gives back what was kept, byte for byte, while nothing changed', () => {
    const key = bundleKey({ minify: true }, '0.27.0', project);
    expect(writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER)).toBe(true);
    const cached = readCachedBundle(cache, key, project);
    expect(Object.keys(cached ?? {}).sort()).toEqual(['admin.js', 'preview.css']);
    expect(text(cached?.['admin.js'])).toBe('console.log("admin")');
  });

  it('misses when a file the bundle was made from changed, or is gone', () => {
    const key = bundleKey({}, '0.27.0', project);
    writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER);
    writeFileSync(join(project, 'node_modules/decap/index.js'), 'module.exports = { changed: true };');
    expect(readCachedBundle(cache, key, project)).toBeUndefined();
    writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER);
    expect(readCachedBundle(cache, key, project)).toBeDefined();
    rmSync(join(project, 'cms/admin.tsx'));
    expect(readCachedBundle(cache, key, project)).toBeUndefined();
  });

  it('misses when the options, esbuild, the lockfile or tsconfig.json differ', () => {
    const key = bundleKey({ define: { __CMS_ENV__: '{}' } }, '0.27.0', project);
    writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER);
    expect(readCachedBundle(cache, key, project)).toBeDefined();
    expect(readCachedBundle(cache, bundleKey({ define: { __CMS_ENV__: '{"CMS_BACKEND":"github"}' } }, '0.27.0', project), project)).toBeUndefined();
    expect(readCachedBundle(cache, bundleKey({ define: { __CMS_ENV__: '{}' } }, '0.28.0', project), project)).toBeUndefined();
    writeFileSync(join(project, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(bundleKey({ define: { __CMS_ENV__: '{}' } }, '0.27.0', project)).not.toBe(key);
    const withLock = bundleKey({}, '0.27.0', project);
    writeFileSync(join(project, 'tsconfig.json'), '{}');
    expect(bundleKey({}, '0.27.0', project)).not.toBe(withLock);
  });

  it('serves a copy of the project in another folder, whose files are the same', () => {
    const key = bundleKey({ absWorkingDir: project, minify: true }, '0.27.0', project);
    writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER);
    const copy = join(root, 'copy');
    cpSync(project, copy, { recursive: true });
    const copyKey = bundleKey({ absWorkingDir: copy, minify: true }, '0.27.0', copy);
    expect(copyKey).toBe(key);
    expect(text(readCachedBundle(cache, copyKey, copy)?.['admin.js'])).toBe('console.log("admin")');
    writeFileSync(join(copy, 'cms/admin.tsx'), 'export const a = 2;');
    expect(readCachedBundle(cache, copyKey, copy)).toBeUndefined();
    rmSync(copy, { recursive: true });
  });

  it('misses, without an error, on a damaged or half-written cache', () => {
    const key = bundleKey({}, '0.27.0', project);
    expect(readCachedBundle(cache, key, project)).toBeUndefined(); // none yet
    writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER);
    writeFileSync(join(cache, 'out/admin.js'), 'console.log("adm'); // cut short
    expect(readCachedBundle(cache, key, project)).toBeUndefined();
    writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER);
    writeFileSync(join(cache, 'manifest.json'), '{"format":1,"key":');
    expect(readCachedBundle(cache, key, project)).toBeUndefined();
  });

  it('replaces the cache whole, and leaves no temporary folder', () => {
    const first = bundleKey({ n: 1 }, '0.27.0', project);
    const second = bundleKey({ n: 2 }, '0.27.0', project);
    writeCachedBundle(cache, first, project, INPUTS, outputs(), LATER);
    writeCachedBundle(cache, second, project, INPUTS, { 'admin.js': new TextEncoder().encode('second') }, LATER);
    expect(readCachedBundle(cache, first, project)).toBeUndefined();
    expect(Object.keys(readCachedBundle(cache, second, project) ?? {})).toEqual(['admin.js']);
    expect(readdirSync(root).sort()).toEqual(['cache', 'project']);
  });

  it('does not fail the build when it cannot write, and keeps what was there', () => {
    const key = bundleKey({}, '0.27.0', project);
    writeCachedBundle(cache, key, project, INPUTS, outputs(), LATER);
    // An input that cannot be read: the new cache is not written, the old one stays whole.
    expect(writeCachedBundle(cache, bundleKey({ other: true }, '0.27.0', project), project, ['cms/missing.tsx'], outputs(), LATER)).toBe(false);
    expect(readCachedBundle(cache, key, project)).toBeDefined();
    expect(readdirSync(root).sort()).toEqual(['cache', 'project']);
  });

  it('keeps nothing when an input changed while esbuild was bundling', () => {
    const key = bundleKey({}, '0.27.0', project);
    const bundledAt = Date.now() - 60_000; // the bundle started a minute ago; the files are newer
    expect(writeCachedBundle(cache, key, project, INPUTS, outputs(), bundledAt)).toBe(false);
    expect(readCachedBundle(cache, key, project)).toBeUndefined();
    expect(readdirSync(root).sort()).toEqual(['project']);
  });

  it('keeps only files as inputs: not esbuild\'s defines or disabled modules', () => {
    expect(inputFiles({ 'cms/admin.tsx': {}, '<define:__CMS_ENV__>': {}, '(disabled):fs': {}, 'node_modules/x/y.js': {}, 'dataurl:abc': {} })).toEqual([
      'cms/admin.tsx',
      'node_modules/x/y.js',
    ]);
  });

  it('lives in Astro\'s cache folder unless ADMIN_CACHE_DIR says otherwise', () => {
    expect(adminCacheDir({}, '/p')).toBe('/p/node_modules/.astro/admin');
    expect(adminCacheDir({ ADMIN_CACHE_DIR: '/tmp/x' }, '/p')).toBe('/tmp/x');
    expect(existsSync(cache)).toBe(false);
  });
});
