/**
 * Astro integration: the CMS admin at /admin/ (cms/). `astro build` bundles it with esbuild into
 * dist/admin/ (index.html, admin.js, preview.css); `astro dev` serves it from memory and bundles it
 * again when cms/, the model or the site's CSS changed (reload the page to see the change). Both
 * take the bundle from its cache when nothing it was made from changed (cms/admin-cache.ts).
 * /admin/ is not a page of the site: not in the sitemap, not in the search index (no
 * data-pagefind-body), noindex, and Disallow'ed in robots.txt.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { knownEntries, startAdminBuild, writeAdminFiles, type AdminFiles } from '../../cms/bundle.ts';
import type { KnownEntries } from '../../cms/relation-search.ts';
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
        // NODE_ENV=test, as under Vitest, it runs this hook): no admin to serve there.
        if (command !== 'dev') return;
        const env = pickCmsEnv(process.env);
        // The published titles for index.html, as a build has them: read once, at the start. Entries
        // saved later reach the pickers through their read of the folder (cms/widgets/FastRelation.tsx).
        let known: KnownEntries | undefined;
        // The bundle, checked against its cache at every load of the admin page: bundled again only
        // when a file it was made from changed (cms/, the model, the CSS), else taken from the cache
        // in a fraction of a second. Reload the page to see a change. Checked once at the start too,
        // so the first load does not wait for a bundle that the last `npm start` already made.
        let latest: Promise<AdminFiles> | undefined;
        let inFlight: Promise<AdminFiles> | undefined;
        const load = (): Promise<AdminFiles> => {
          if (inFlight) return inFlight;
          const started = Date.now();
          const pending = startAdminBuild({ env, known: (known ??= knownEntries()) });
          inFlight = latest = pending;
          pending.then(
            (admin) => {
              if (!admin.fromCache) logger.info(`/admin/ gebouwd (${Math.round(admin.bytes / 1024)} kB, ${Date.now() - started} ms)`);
            },
            (error: unknown) => logger.error(`/admin/ bouwen mislukt:\n${error instanceof Error ? error.message : String(error)}`),
          ).finally(() => {
            if (inFlight === pending) inFlight = undefined;
          });
          return pending;
        };
        load().catch(() => {}); // reported above
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
          // The page checks the bundle again; its script and styles come from that same check.
          (name === 'index.html' ? load() : (latest ?? load())).then(
            (admin) => {
              const body = admin.files[name];
              if (body === undefined) return next();
              res.statusCode = 200;
              res.setHeader('Content-Type', TYPES[name.slice(name.lastIndexOf('.') + 1)] ?? 'application/octet-stream');
              res.setHeader('Cache-Control', 'no-store');
              res.setHeader('X-Robots-Tag', 'noindex');
              res.end(body);
            },
            (error: unknown) => {
              res.statusCode = 500;
              res.setHeader('Content-Type', TYPES.txt!);
              res.end(`Het beheer kon niet gebouwd worden:\n${error instanceof Error ? error.message : String(error)}`);
            },
          );
        });
        server.httpServer?.on('close', () => {
          void esbuild.stop();
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
