/**
 * Astro integration: the CMS admin at /admin/ (cms/). `astro build` bundles it with esbuild into
 * dist/admin/ (index.html, admin.js, preview.css); `astro dev` builds it in memory, serves it and
 * rebuilds it when cms/, the model or the site's CSS change (reload the page to see the change).
 * /admin/ is not a page of the site: not in the sitemap, not in the search index (no
 * data-pagefind-body), noindex, and Disallow'ed in robots.txt.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { adminFiles, bundleOutputs, esbuildOptions, knownEntries, startAdminBuild, writeAdminFiles, type AdminFiles } from '../../cms/bundle.ts';
import { pickCmsEnv } from '../../cms/backend.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

/**
 * Set (to "1") by scripts/build.mjs for `astro build`: the build script then bundles the admin in a
 * process of its own (scripts/build-admin.ts), started with Astro, and moves it into the new site.
 * Here, during rendering, esbuild's 0.5 GB came on top of Astro's largest heap; there, it runs while
 * Astro starts up on the other core. A bare `astro build` bundles it here.
 */
export const ADMIN_SEPARATELY = 'MAO_ADMIN_SEPARATELY';

export function cms(): AstroIntegration {
  let context: esbuild.BuildContext | undefined;
  /** The admin bundle of `astro build`, started as the build starts and awaited when it is done. */
  let building: { started: number; files: Promise<AdminFiles> } | undefined;
  let command: string | undefined;
  return {
    name: 'mao:cms',
    hooks: {
      'astro:config:setup': (options) => {
        command = options.command;
      },
      'astro:server:setup': ({ server, logger }) => {
        // `astro build` and `astro sync` start a dev server of their own to load the content (with
        // NODE_ENV=test, as under Vitest, it runs this hook): no admin to watch and serve there.
        if (command !== 'dev') return;
        const env = pickCmsEnv(process.env);
        // esbuild watches cms/, the model and the CSS, and rebuilds when they change; a request is
        // answered from the latest build (waiting for the first one).
        let latest: Record<string, Uint8Array | string> | undefined;
        let failure: string | undefined;
        let started = Date.now();
        const waiting: (() => void)[] = [];
        const ready = () => (latest || failure ? Promise.resolve() : new Promise<void>((done) => waiting.push(done)));
        const capture: esbuild.Plugin = {
          name: 'mao:cms-capture',
          setup(build) {
            build.onStart(() => {
              started = Date.now();
            });
            build.onEnd((result) => {
              if (result.errors.length) {
                failure = result.errors.map((e) => `${e.location ? `${e.location.file}:${e.location.line}: ` : ''}${e.text}`).join('\n');
                logger.error(`/admin/ bouwen mislukt:\n${failure}`);
              } else {
                const { files, bytes } = adminFiles(bundleOutputs(result), env, knownEntries());
                latest = files;
                failure = undefined;
                logger.info(`/admin/ gebouwd (${Math.round(bytes / 1024)} kB, ${Date.now() - started} ms)`);
              }
              waiting.splice(0).forEach((done) => done());
            });
          },
        };
        const setup = (async () => {
          context = await esbuild.context({ ...esbuildOptions({ env }), plugins: [capture] });
          await context.watch();
        })().catch((error: unknown) => {
          failure = error instanceof Error ? error.message : String(error);
          logger.error(`/admin/ bouwen mislukt: ${failure}`);
          waiting.splice(0).forEach((done) => done());
        });
        server.middlewares.use((req, res, next) => {
          const path = (req.url ?? '').split('?')[0]!;
          if (path === '/admin') {
            res.statusCode = 301;
            res.setHeader('Location', '/admin/');
            res.end();
            return;
          }
          if (!path.startsWith('/admin/')) return next();
          const name = path.slice('/admin/'.length) || 'index.html';
          void setup.then(ready).then(() => {
            if (!latest) {
              res.statusCode = 500;
              res.setHeader('Content-Type', TYPES.txt!);
              res.end(`Het beheer kon niet gebouwd worden:\n${failure ?? 'onbekende fout'}`);
              return;
            }
            const body = latest[name];
            if (body === undefined) return next();
            res.statusCode = 200;
            res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
            res.setHeader('Cache-Control', 'no-store');
            res.setHeader('X-Robots-Tag', 'noindex');
            res.end(body);
          });
        });
        server.httpServer?.on('close', () => {
          void context?.dispose();
          context = undefined;
        });
      },
      // esbuild bundles the admin in a process of its own while Astro renders the pages: once Vite
      // has bundled the site (a Vite plugin's post buildApp hook), so the two bundlers do not share
      // the cores, and rendering (one thread) leaves a core free for esbuild.
      'astro:build:setup': ({ updateConfig }) => {
        if (process.env[ADMIN_SEPARATELY] === '1') return;
        updateConfig({
          plugins: [
            {
              name: 'mao:cms-admin-after-bundling',
              buildApp: {
                order: 'post',
                // Not awaited: the bundle runs on while Astro renders.
                handler: async () => {
                  const files = startAdminBuild({ env: process.env });
                  files.catch(() => {}); // reported when awaited in astro:build:done, not as an unhandled rejection
                  building = { started: Date.now(), files };
                },
              },
            },
          ],
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[ADMIN_SEPARATELY] === '1') {
          logger.info('/admin/: gebouwd in een eigen proces naast de build (scripts/build.mjs)');
          return;
        }
        const { started, files: pending } = building ?? { started: Date.now(), files: startAdminBuild({ env: process.env }) };
        building = undefined;
        let admin: AdminFiles;
        try {
          admin = await pending;
        } finally {
          // esbuild keeps a service process; left running after `astro build` it holds the build's
          // output pipes open, so whoever waits for the build to end (a CI step, a test) waits forever.
          await esbuild.stop();
        }
        await writeAdminFiles(join(fileURLToPath(dir), 'admin'), admin);
        logger.info(`/admin/ gebouwd: ${Object.keys(admin.files).join(', ')} (${Math.round(admin.bytes / 1024)} kB, ${Date.now() - started} ms${admin.fromCache ? ', bundel uit de cache' : ''})`);
      },
    },
  };
}
