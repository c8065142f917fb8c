/**
 * The admin's bundle kept between builds. admin.js and preview.css are made only from code (cms/,
 * the model, the site's CSS, Decap and React from node_modules) and the CMS_* settings, never from
 * the content: a build after a content change (every save in the CMS starts one on the host) can
 * take them from the cache instead of bundling 3,000 files again (esbuild: about 3.4 s of CPU on the
 * benchmark machine). The published titles the admin needs are written into index.html at every
 * build (cms/bundle.ts), so they are always current.
 *
 * A cached bundle is used only when its key (the esbuild options, esbuild's version, the lockfile and
 * tsconfig.json) is the same and every file esbuild read for it (its metafile inputs) still has the
 * same bytes; otherwise it is bundled again and the cache replaced. A cache that cannot be read or
 * written is a miss, never a failed build.
 *
 * Where: ADMIN_CACHE_DIR, or node_modules/.astro/admin (inside Astro's own cache folder, which
 * hosts such as Cloudflare Pages keep between builds of an Astro site).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bump when the layout of the cache changes. */
const FORMAT = 1;
const MANIFEST = 'manifest.json';

export interface CacheManifest {
  format: number;
  key: string;
  /** Path (relative to the project) → sha256 of every file the bundle was made from. */
  inputs: Record<string, string>;
  /** Output name → sha256 of its bytes. */
  outputs: Record<string, string>;
}

const sha256 = (bytes: Uint8Array | string) => createHash('sha256').update(bytes).digest('hex');

export function adminCacheDir(env: Record<string, string | undefined>, projectRoot: string): string {
  return env.ADMIN_CACHE_DIR || join(projectRoot, 'node_modules/.astro/admin');
}

/**
 * The key of a bundle: what esbuild was asked, by which esbuild, with which dependencies. Not where
 * the project is (`absWorkingDir`): the minified bundle names no paths, so a copy of the project in
 * another folder (a CI checkout, a test's copy) can use the same bundle when its files are the same.
 */
export function bundleKey(options: object, esbuildVersion: string, projectRoot: string): string {
  const { absWorkingDir: _where, ...what } = options as { absWorkingDir?: string };
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ format: FORMAT, options: what, esbuildVersion }));
  for (const file of ['package-lock.json', 'tsconfig.json']) {
    const path = join(projectRoot, file);
    hash.update(`\0${file}\0`);
    if (existsSync(path)) hash.update(readFileSync(path));
  }
  return hash.digest('hex');
}

/**
 * The files esbuild read, from its metafile's inputs: paths relative to the project. Inputs that are
 * not files ("<define:…>", "(disabled):fs", other namespaces) are left out.
 */
export function inputFiles(metafileInputs: Record<string, unknown>): string[] {
  return Object.keys(metafileInputs).filter((path) => !/^[<(]/.test(path) && !/^[a-z-]+:/i.test(path));
}

/** The cached outputs for this key, or `undefined` when there are none or any input has changed. */
export function readCachedBundle(dir: string, key: string, projectRoot: string): Record<string, Uint8Array> | undefined {
  try {
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST), 'utf8')) as CacheManifest;
    if (manifest.format !== FORMAT || manifest.key !== key) return undefined;
    for (const [path, hash] of Object.entries(manifest.inputs)) {
      if (sha256(readFileSync(join(projectRoot, path))) !== hash) return undefined;
    }
    const outputs: Record<string, Uint8Array> = {};
    for (const [name, hash] of Object.entries(manifest.outputs)) {
      const bytes = readFileSync(join(dir, 'out', name));
      if (sha256(bytes) !== hash) return undefined;
      outputs[name] = bytes;
    }
    return Object.keys(outputs).length ? outputs : undefined;
  } catch {
    // No cache yet, an input that is gone, a half-written or unreadable cache: bundle again.
    return undefined;
  }
}

/**
 * Keep these outputs for the next build. Written into a folder of its own and swapped in whole, so a
 * build that stops halfway, or two builds at once, never leave a cache whose parts do not belong
 * together. `bundledAt` is when the bundle started (ms): an input changed since then (saved while
 * esbuild ran) may not be what the bundle was made from, so nothing is kept. Returns false (and
 * leaves the build alone) when nothing was written.
 */
export function writeCachedBundle(dir: string, key: string, projectRoot: string, inputs: string[], outputs: Record<string, Uint8Array>, bundledAt: number): boolean {
  const fresh = `${dir}.new-${process.pid}`;
  const old = `${dir}.old-${process.pid}`;
  try {
    if (inputs.some((path) => statSync(join(projectRoot, path)).mtimeMs > bundledAt)) return false;
    rmSync(fresh, { recursive: true, force: true });
    mkdirSync(join(fresh, 'out'), { recursive: true });
    const manifest: CacheManifest = { format: FORMAT, key, inputs: {}, outputs: {} };
    for (const path of [...inputs].sort()) manifest.inputs[path] = sha256(readFileSync(join(projectRoot, path)));
    for (const [name, bytes] of Object.entries(outputs)) {
      writeFileSync(join(fresh, 'out', name), bytes);
      manifest.outputs[name] = sha256(bytes);
    }
    writeFileSync(join(fresh, MANIFEST), JSON.stringify(manifest));
    if (existsSync(dir)) renameSync(dir, old);
    renameSync(fresh, dir);
    rmSync(old, { recursive: true, force: true });
    return true;
  } catch {
    rmSync(fresh, { recursive: true, force: true });
    // Moved aside but not replaced (another build's swap came between): put it back.
    try {
      if (existsSync(old) && !existsSync(dir)) renameSync(old, dir);
      rmSync(old, { recursive: true, force: true });
    } catch {
      // Left for the next build to replace; a cache is never worth failing a build for.
    }
    return false;
  }
}
