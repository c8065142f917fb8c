/**
 * Building the admin: cms/admin.tsx (Decap CMS from npm, React 19, the configuration derived from the
 * model) bundled by esbuild into admin.js, the site's CSS for the previews into preview.css, and the
 * page /admin/index.html. Used by the Astro integration (src/integrations/cms.ts) in `astro build`
 * and `astro dev`, and by the tests. Nothing is loaded from another host.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import * as esbuild from 'esbuild';
import { collections, collectionNames, contentRoot } from '../src/model/index.ts';
import { collectionEntryFiles, readFrontMatter } from '../src/model/load.ts';
import { backendFromEnv, pickCmsEnv, type CmsEnv } from './backend.ts';
import { adminCsp } from './csp.ts';
import { NOT_IN_CMS } from './config.ts';
import { ROLES_LINK_TEXT, ROLES_PATH, rolesHtml } from './roles.ts';
import { KNOWN_ENTRIES_ID, type KnownEntries } from './relation-search.ts';
import { adminCacheDir, bundleKey, inputFiles, readCachedBundle, writeCachedBundle } from './admin-cache.ts';
import { jsonForScript } from '../src/lib/json-script.ts';

export const CMS_DIR = dirname(fileURLToPath(import.meta.url));
export const PROJECT_ROOT = dirname(CMS_DIR);

/**
 * The published entries when the admin is built: their titles (and advice numbers), so previews can
 * name what an id points at and the relation widgets can offer them before the backend has answered
 * (cms/widgets/FastRelation.tsx). Written into /admin/index.html (adminHtml), not into admin.js.
 *
 * Only the front matter is read, not checked: the build checks the content itself (the content
 * check, src/integrations/content-check.ts) and stops on any problem, so an admin built from an
 * invalid file is never published. The admin is bundled in a process of its own beside `astro build`
 * (scripts/build-admin.ts); checking every entry there again cost the CPU Astro's own start-up
 * needs (at 10,000 practices 1.9 s instead of 0.7 s).
 */
export function knownEntries(root: string = contentRoot()): KnownEntries {
  const known: KnownEntries = { titles: {}, numbers: {} };
  for (const name of collectionNames) {
    if (NOT_IN_CMS.includes(name)) continue;
    const { titleField } = collections[name];
    const titles: Record<string, string> = (known.titles[name] = {});
    for (const { id, abs } of collectionEntryFiles(root, name)) {
      const front = readFrontMatter(readFileSync(abs));
      if (!('raw' in front)) continue;
      const data = front.raw;
      // /admin/index.html is a public file: drafts and concept newsletters must not be named in it.
      if (data.draft === true || (name === 'newsletters' && data.status !== 'verzonden')) continue;
      const title = data[titleField];
      if (typeof title !== 'string') continue;
      titles[id] = title;
      if (typeof data.number === 'number') (known.numbers[name] ??= {})[id] = data.number;
    }
  }
  return known;
}

export interface BundleOptions {
  env?: CmsEnv;
  /** The content root whose titles the previews know (default: CONTENT_DIR or content/). */
  contentDir?: string;
  minify?: boolean;
  /** Where the bundle is kept between builds (cms/admin-cache.ts); `null`: always bundle. */
  cacheDir?: string | null;
  /** The published titles, when the caller has them already (else read from `contentDir`). */
  known?: KnownEntries;
}

export function esbuildOptions(options: BundleOptions = {}): esbuild.BuildOptions {
  const env = pickCmsEnv(options.env ?? process.env);
  backendFromEnv(env); // fail early, with a Dutch message, on a wrong CMS_* setting
  return {
    absWorkingDir: PROJECT_ROOT,
    entryPoints: { admin: join(CMS_DIR, 'admin.tsx'), preview: join(CMS_DIR, 'preview.css') },
    outdir: 'admin',
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: options.minify ?? true,
    legalComments: 'eof',
    jsx: 'automatic',
    loader: { '.js': 'jsx', '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.png': 'dataurl' },
    define: {
      'process.env.NODE_ENV': JSON.stringify('production'),
      global: 'globalThis',
      __CMS_ENV__: JSON.stringify(env),
    },
    logLevel: 'silent',
  };
}

export interface AdminFiles {
  /** Path under /admin/ → contents. */
  files: Record<string, Uint8Array | string>;
  bytes: number;
  /** admin.js and preview.css came from the cache of an earlier build (cms/admin-cache.ts). */
  fromCache: boolean;
}

export function adminHtml(env: CmsEnv, version: string, known: KnownEntries): string {
  const csp = adminCsp(backendFromEnv(pickCmsEnv(env)));
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<meta http-equiv="content-security-policy" content="${csp}">
<meta name="referrer" content="same-origin">
<title>Beheer – Met Andere Ogen</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<script type="application/json" id="${KNOWN_ENTRIES_ID}">${jsonForScript(known)}</script>
</head>
<body>
<noscript>Het beheer van Met Andere Ogen werkt alleen als JavaScript aan staat.</noscript>
<a href="${ROLES_PATH}" target="_blank" rel="noopener" style="position:fixed;left:12px;bottom:12px;z-index:400;padding:6px 10px;border-radius:4px;background:#fff;color:#1d2433;font:14px system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.25)">${ROLES_LINK_TEXT}</a>
<script src="/admin/admin.js?v=${version}"></script>
</body>
</html>
`;
}

/** esbuild's output files by their name under /admin/ (admin.js, preview.css). */
export function bundleOutputs(result: esbuild.BuildResult): Record<string, Uint8Array> {
  const outputs: Record<string, Uint8Array> = {};
  for (const out of result.outputFiles ?? []) outputs[out.path.slice(out.path.lastIndexOf('/admin/') + '/admin/'.length)] = out.contents;
  return outputs;
}

/**
 * The files of /admin/: the bundle's outputs, and the pages made at every build: index.html (with
 * the published titles, `known`) and rollen.html.
 */
export function adminFiles(outputs: Record<string, Uint8Array>, env: CmsEnv, known: KnownEntries, fromCache = false): AdminFiles {
  const files: AdminFiles['files'] = {};
  const hash = createHash('sha256');
  let bytes = 0;
  for (const [name, contents] of Object.entries(outputs)) {
    files[name] = contents;
    hash.update(contents);
    bytes += contents.byteLength;
  }
  files['index.html'] = adminHtml(env, hash.digest('hex').slice(0, 12), known);
  files['rollen.html'] = rolesHtml(env);
  return { files, bytes, fromCache };
}

/** Write the admin's files into `dir` (dist/admin/ or a folder the build moves there). */
export async function writeAdminFiles(dir: string, admin: AdminFiles): Promise<void> {
  await mkdir(dir, { recursive: true });
  await Promise.all(Object.entries(admin.files).map(([name, body]) => writeFile(join(dir, name), body)));
}

export async function buildAdmin(options: BundleOptions = {}): Promise<AdminFiles> {
  try {
    return await startAdminBuild(options);
  } finally {
    // esbuild keeps a service process; left running after `astro build` it holds the build's
    // output pipes open, so whoever waits for the build to end (a CI step, a test) waits forever.
    await esbuild.stop();
  }
}

/**
 * The admin's files, without stopping esbuild's service afterwards: for a caller that starts the
 * bundle early, lets it run beside other work, and calls esbuild.stop() itself when done.
 */
export async function startAdminBuild(options: BundleOptions = {}): Promise<AdminFiles> {
  const env = pickCmsEnv(options.env ?? process.env);
  const buildOptions = esbuildOptions(options);
  const known = options.known ?? knownEntries(options.contentDir);
  const cacheDir = options.cacheDir === undefined ? adminCacheDir(process.env, PROJECT_ROOT) : options.cacheDir;
  const key = bundleKey(buildOptions, esbuild.version, PROJECT_ROOT);
  const cached = cacheDir ? readCachedBundle(cacheDir, key, PROJECT_ROOT) : undefined;
  if (cached) return adminFiles(cached, env, known, true);
  const bundledAt = Date.now();
  const result = await esbuild.build({ ...buildOptions, metafile: true });
  const outputs = bundleOutputs(result);
  if (cacheDir) writeCachedBundle(cacheDir, key, PROJECT_ROOT, inputFiles(result.metafile?.inputs ?? {}), outputs, bundledAt);
  return adminFiles(outputs, env, known);
}
