/**
 * An image upload, saved with its entry, under the admin's Content-Security-Policy, in Chromium.
 * Decap reads a new upload back from a blob: URL when it saves; a policy without blob: in
 * connect-src fails the save ("Niet opgeslagen. TypeError: Failed to fetch").
 *
 * Two admins are served, each on its own free port, from a tiny server that sends /admin/ as built
 * and passes /api/v1 on to decap-server (fs mode) in a copy of the project:
 * - the local build (CMS_BACKEND unset): the <meta> policy of `npm start`;
 * - a GitHub build (what every Git-host build has): its <meta> policy AND the header policy that
 *   public/_headers sends with /admin/ on the static host, so the browser enforces both. The API is
 *   on the admin's own origin here, which both policies allow, so Decap saves through decap-server.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createServer, request, type Server } from 'node:http';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildAdmin } from '../../cms/bundle.ts';
import { adminHeaderCsp } from '../../cms/csp.ts';
import { headersFor, parseHeaders } from '../../scripts/deploy/headers.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatProblem } from '../../src/model/problems.ts';
import { chromiumOrSkip, fillPractice, openBrowser, screenshotOnFailure, uploadImage, type AdminBrowser } from './admin-page.ts';
import { copyProject, freePort, REPO, removeProject, startDecapServer, type Running } from '../support/cms-project.ts';

const HEADER_RULES = parseHeaders(readFileSync(join(REPO, 'public', '_headers'), 'utf8'), 'public/_headers');

/** Serves the built admin at /admin/ (with the static host's headers when asked) and proxies /api/v1. */
async function serveAdmin(port: number, files: Record<string, Uint8Array | string>, decapPort: number, withHeaders: boolean): Promise<Server> {
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (path === '/api/v1') {
      const upstream = request({ host: '127.0.0.1', port: decapPort, path, method: req.method, headers: req.headers }, (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      });
      upstream.on('error', (e) => res.writeHead(502).end(e.message));
      req.pipe(upstream);
      return;
    }
    const name = path === '/admin/' ? 'index.html' : path.startsWith('/admin/') ? path.slice('/admin/'.length) : undefined;
    const body = name ? files[name] : undefined;
    if (body === undefined) {
      res.writeHead(404).end();
      return;
    }
    const headers: Record<string, string> = { 'content-type': types[name!.split('.').pop()!] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    res.writeHead(200, withHeaders ? { ...headers, ...headersFor(HEADER_RULES, path) } : headers);
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  return server;
}

const builds = [
  { name: 'the local build, its own policy', env: {}, withHeaders: false },
  { name: 'a GitHub build, with its policy and the static host\'s header policy', env: { CMS_BACKEND: 'github', CMS_REPO: 'bureau/met-andere-ogen' }, withHeaders: true },
];

describe.skipIf(!chromiumOrSkip('de uploadtest van het beheer'))('an uploaded image is saved with its entry', () => {
  let dir = '';
  let decap: Running | undefined;
  let decapPort = 0;
  let ui: AdminBrowser | undefined;
  const servers: Server[] = [];

  beforeAll(async () => {
    dir = copyProject();
    decapPort = await freePort();
    decap = await startDecapServer(dir, decapPort);
    ui = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await ui?.browser.close();
    for (const s of servers) await new Promise((ok) => s.close(ok));
    await decap?.stop();
    if (dir) removeProject(dir);
  });

  beforeEach((context) => screenshotOnFailure(() => ui?.page, context.task.name));

  it.each(builds)('$name', async ({ env, withHeaders }) => {
    const port = await freePort();
    // The admin talks to "the local backend" on its own origin, as decap-server would be on localhost.
    const { files } = await buildAdmin({ env: { ...env, CMS_LOCAL_PORT: String(port) }, contentDir: join(dir, 'content') });
    servers.push(await serveAdmin(port, files, decapPort, withHeaders));
    const page = ui!.page;
    const base = `http://127.0.0.1:${port}`;
    if (withHeaders) {
      const res = await fetch(`${base}/admin/`);
      expect(res.headers.get('content-security-policy')).toBe(adminHeaderCsp());
    }
    const slug = `foto-test-${withHeaders ? 'git' : 'lokaal'}`;
    const image = `${slug}.png`;
    await page.goto(`${base}/admin/`, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: 'Inloggen' }).click();
    await page.getByText('Praktijkvoorbeelden').first().waitFor();
    await page.goto(`${base}/admin/#/collections/practices/new`, { waitUntil: 'domcontentloaded' });
    await fillPractice(page, `Foto test ${withHeaders ? 'git' : 'lokaal'}`);
    await uploadImage(page, image, 'Twee leerkrachten en een jeugdhulpverlener aan tafel.', 'Programmabureau');
    await page.getByRole('button', { name: 'Publiceer', exact: true }).click();
    await page.getByText('Publiceer nu').click();
    await page.getByText(/Item opgeslagen|Niet opgeslagen.*/).first().waitFor({ timeout: 30_000 });
    expect(await page.getByText(/Niet opgeslagen.*/).allInnerTexts()).toEqual([]);

    const uploads = join(dir, 'public', 'uploads');
    expect(existsSync(uploads) ? readdirSync(uploads) : []).toContain(image);
    expect(readFileSync(join(uploads, image)).subarray(1, 4).toString('ascii')).toBe('PNG');
    const text = readFileSync(join(dir, 'content', 'practices', `${slug}.md`), 'utf8');
    expect(text).toContain(`src: /uploads/${image}`);
    const { problems } = loadContent(join(dir, 'content'), dir);
    expect(problems.map(formatProblem)).toEqual([]);
    expect(ui!.console.filter((m) => /Content Security Policy/i.test(m))).toEqual([]);
  }, 180_000);

  it('loaded nothing from other hosts and threw no errors', () => {
    expect(ui!.otherHosts).toEqual([]);
    expect(ui!.pageErrors).toEqual([]);
  });
});
