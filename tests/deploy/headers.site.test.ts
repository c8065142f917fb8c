/**
 * The response headers of public/_headers on the built site (real content):
 * - without a browser: the build ships _headers; every HTML document gets exactly one policy with
 *   no two rules disagreeing (under Cloudflare's and Netlify's path matching); no page but the
 *   e-mail edition has inline code or styles the site policy would block; the hashed Pagefind files
 *   are the ones cached for a year; nginx (.ci/deploy/nginx.conf) sends the same for every file;
 * - in Chromium, the built site served with those headers (tests/support/static-server.ts with
 *   `headers`): one page of every template, the e-mail edition, the 404 page, search on /zoeken/ and
 *   instant filtering on /praktijkvoorbeelden/, with no CSP violation (securitypolicyviolation
 *   events and "Refused to …" console messages, also from Pagefind's worker) and no Permissions-
 *   Policy complaint; and /admin/ built for GitHub, as in production, showing its login under the
 *   header and its own <meta> policy. A deliberately broken policy shows that the checks can fail.
 * The browser part must run in CI (CI=true); elsewhere it skips, saying why, without Chromium.
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Browser, type BrowserContext } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { assertBuilt, listing } from '../support/build-result.ts';
import { attr, htmlDocuments, listFiles, sitePages, templateSample, urlOf } from '../support/dist.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { conflicts, cspDirectives, headersFor, parseHeaders, type HeaderRule } from '../../scripts/deploy/headers.ts';
import { HOST_DEFAULTS, nginxHeadersFor } from '../../scripts/deploy/nginx.ts';
import { buildAdmin } from '../../cms/bundle.ts';

const { site } = inject('builds');
const runDir = inject('runDir');
const SOURCE = readFileSync(join(PROJECT_ROOT, 'public/_headers'), 'utf8');
const RULES = parseHeaders(SOURCE, 'public/_headers');
const NGINX = readFileSync(join(PROJECT_ROOT, '.ci/deploy/nginx.conf'), 'utf8');
const csp = (path: string) => headersFor(RULES, path)['content-security-policy'];
/**
 * The admin is opened at this name: Chromium sends *.localhost to 127.0.0.1 and counts it as a
 * secure context (Decap needs crypto.randomUUID), but Decap's local backend only answers to
 * "localhost" and "127.0.0.1" exactly, so it behaves as on the real host.
 */
const ADMIN_HOST = 'beheer.localhost';
const MISSING = '/deze-pagina-bestaat-niet/';

describe('the headers of the build', () => {
  const docs = site.exitCode === 0 ? htmlDocuments(site.outDir) : [];
  const files = site.exitCode === 0 ? listFiles(site.outDir) : [];

  test('the build ships public/_headers as dist/_headers', () => {
    assertBuilt(site);
    expect(readFileSync(join(site.outDir, '_headers'), 'utf8')).toBe(SOURCE);
  });

  test('every HTML document gets exactly one policy, and no two rules disagree (both hosts)', () => {
    const problems: string[] = [];
    for (const doc of docs) {
      for (const path of doc.url === doc.rel ? [doc.url] : [doc.url, `/${doc.rel}`]) {
        for (const host of ['cloudflare', 'netlify'] as const) problems.push(...conflicts(RULES, path, host));
        const policy = csp(path);
        if (!policy) problems.push(`${path}: no Content-Security-Policy; add its section to public/_headers`);
        else if (policy.includes(', ')) problems.push(`${path}: two policies: ${policy}`);
      }
    }
    expect(problems, listing(problems)).toEqual([]);
  });

  test('no page but the e-mail edition has inline scripts, styles or event handlers', () => {
    const found: string[] = [];
    for (const page of sitePages(site.outDir)) {
      for (const el of page.els) {
        const type = attr(el, 'type');
        if (el.tagName === 'script' && !attr(el, 'src') && (!type || /javascript|module/.test(type))) found.push(`${page.url}: inline <script>`);
        if (el.tagName === 'style') found.push(`${page.url}: <style>`);
        for (const a of el.attrs ?? []) {
          if (a.name === 'style') found.push(`${page.url}: style="${a.value}" on <${el.tagName}>`);
          if (/^on/.test(a.name)) found.push(`${page.url}: ${a.name} on <${el.tagName}>`);
        }
      }
    }
    expect(found, listing(found)).toEqual([]);
  });

  test('the files cached for a year have a content hash in their name; Pagefind\'s entry points revalidate', () => {
    const wrong: string[] = [];
    for (const rel of files) {
      const cache = headersFor(RULES, `/${rel}`)['cache-control'] ?? '';
      const hashed = /^_astro\/.+\.[A-Za-z0-9_-]{8}\.\w+$/.test(rel) || /^pagefind\/(?:fragment|index|filter)\/[a-z-]+_[0-9a-f]{7,}\.pf_\w+$/.test(rel) || /^pagefind\/pagefind\.[a-z-]+_[0-9a-f]{10}\.pf_meta$/.test(rel);
      if (cache.includes('immutable') !== hashed) wrong.push(`/${rel}: ${cache || '(host default)'}`);
    }
    expect(wrong, listing(wrong)).toEqual([]);
    for (const rel of ['pagefind/pagefind.js', 'pagefind/pagefind-entry.json', 'pagefind/pagefind-worker.js']) {
      expect(files).toContain(rel);
      expect(headersFor(RULES, `/${rel}`)['cache-control']).toBe('public, max-age=0, must-revalidate');
    }
  });

  test('nginx sends the same headers as Netlify and Cloudflare for every file of the build', () => {
    const diff: string[] = [];
    // nginx's $uri after its internal redirects: the file itself (/over/ → /over/index.html).
    for (const rel of files.filter((f) => f !== '_headers')) {
      const uri = `/${rel}`;
      const expected = { ...HOST_DEFAULTS, ...headersFor(RULES, urlOf(rel)) };
      const got = nginxHeadersFor(NGINX, uri);
      if (JSON.stringify(got, Object.keys(got).sort()) !== JSON.stringify(expected, Object.keys(expected).sort())) diff.push(uri);
    }
    expect(diff, listing(diff)).toEqual([]);
  });
});

if (!HAVE_CHROMIUM && !IN_CI) {
  console.warn(`\n[headers browser tests] SKIPPED: ${CHROMIUM} not found. Install Debian's chromium or set CHROMIUM_PATH. With CI=true they run and fail instead.\n`);
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('in Chromium, with the headers applied', () => {
  let browser: Browser;
  let context: BrowserContext;
  let server: StaticServer;
  let adminServer: StaticServer;
  let base = '';
  const sample = site.exitCode === 0 ? templateSample(sitePages(site.outDir)) : [];

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI (.ci/run installs Debian's chromium).`);
    assertBuilt(site);
    server = await serveStatic(site.outDir, { headers: RULES });
    base = server.url;
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await adminServer?.close();
  });

  /**
   * A tab that records CSP violations (the event, and Chromium's console messages, also from
   * workers), Permissions-Policy complaints and script errors; requests to other hosts are stopped.
   */
  async function watchedTab(allowedHosts: string[] = ['127.0.0.1']) {
    const page = await context.newPage();
    const problems: string[] = [];
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        const w = window as unknown as { __csp?: string[] };
        (w.__csp ??= []).push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile || e.documentURI}:${e.lineNumber}`);
      });
    });
    const onConsole = (where: string) => (m: { type(): string; text(): string }) => {
      if (/Refused to|Content Security Policy|Content-Security-Policy|Permissions-Policy|Permissions policy/i.test(m.text())) problems.push(`${where} console ${m.type()}: ${m.text()}`);
    };
    page.on('console', onConsole('page'));
    page.on('worker', (w) => w.on('console', onConsole(`worker ${w.url()}`)));
    page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (/^(data|blob):$/.test(url.protocol) || allowedHosts.includes(url.hostname)) return route.continue();
      return route.abort('blockedbyclient');
    });
    return {
      page,
      async visit(url: string, withPolicy = true) {
        const response = await page.goto(url, { waitUntil: 'load' });
        expect(response, url).not.toBeNull();
        if (withPolicy) expect(response!.headers()['content-security-policy'], `${url} has a policy`).toBeTruthy();
        expect(response!.headers()['x-frame-options'], url).toBe('DENY');
        return response!;
      },
      /** Every problem so far, the events from the page included. */
      async problems(): Promise<string[]> {
        const events = await page.evaluate(() => (window as unknown as { __csp?: string[] }).__csp ?? []).catch(() => [] as string[]);
        return [...events.map((e) => `securitypolicyviolation: ${e}`), ...problems];
      },
    };
  }

  const eventually = <T>(fn: () => T | Promise<T>) => expect.poll(fn, { timeout: 15_000, interval: 100 });

  test('the sample has every template: home, detail pages, newsletter, MDX page, list pages, 404', () => {
    const urls = sample.map((p) => p.url);
    for (const shape of [/^\/$/, /^\/praktijkvoorbeelden\/[^/]+\/$/, /^\/regios\/[^/]+\/$/, /^\/themas\/[^/]+\/$/, /^\/adviezen\/[^/]+\/$/, /^\/organisaties\/[^/]+\/$/, /^\/communities\/[^/]+\/$/, /^\/agenda\/[^/]+\/$/, /^\/nieuws\/[^/]+\/$/, /^\/nieuwsbrieven\/[^/]+\/$/, /^\/over\/$/, /^\/praktijkvoorbeelden\/$/, /^\/zoeken\/$/, /^\/404\.html$/]) {
      expect(urls.some((u) => shape.test(u)), `${shape}`).toBe(true);
    }
  });

  test.each(sample.map((p) => [p.url] as const))('%s: no CSP violation', async (url) => {
    const tab = await watchedTab();
    try {
      if (url === '/404.html') {
        // At an address that does not exist, Netlify and Cloudflare match the rules against that
        // address, so the 404 page comes with the common headers but without a policy (nginx sends
        // the site's); it is static and shows nothing from the request. At /404.html it has one.
        const missing = await tab.visit(base + MISSING, false);
        expect(missing.status()).toBe(404);
        expect(await tab.problems()).toEqual([]);
      }
      await tab.visit(base + url);
      // The site's stylesheets loaded (a blocked one has no sheet).
      expect(await tab.page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => !!l.sheet))).toEqual(expect.arrayContaining([true]));
      expect(await tab.page.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => !!l.sheet))).toBe(true);
      await tab.page.waitForLoadState('networkidle', { timeout: 3000 }).catch(() => {});
      expect(await tab.problems()).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  test('the e-mail edition of a newsletter keeps its inline styles and runs nothing', async () => {
    const email = listFiles(site.outDir).find((f) => /^nieuwsbrieven\/[^/]+\/email\.html$/.test(f));
    expect(email, 'an e-mail edition in the build').toBeDefined();
    const tab = await watchedTab();
    try {
      const response = await tab.visit(`${base}/${email}`);
      expect(cspDirectives(response.headers()['content-security-policy']!)['style-src']).toEqual(["'unsafe-inline'"]);
      // MJML's inline styles took effect: the body has the e-mail's background colour.
      expect(await tab.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
      expect(await tab.problems()).toEqual([]);
      // A script slipped into it would not run.
      await tab.page.evaluate(() => {
        const s = document.createElement('script');
        s.textContent = 'window.__ran = true';
        document.body.append(s);
      });
      expect(await tab.page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran ?? false)).toBe(false);
    } finally {
      await tab.page.close();
    }
  });

  test('search on /zoeken/ finds results (Pagefind, its worker and WebAssembly under the policy)', async () => {
    const tab = await watchedTab();
    try {
      await tab.visit(`${base}/zoeken/?q=thuiszitters`);
      await tab.page.locator('.search--enhanced').waitFor();
      await eventually(() => tab.page.locator('[data-search-results] > li').count()).toBeGreaterThan(0);
      expect(await tab.problems()).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  test('instant filtering on /praktijkvoorbeelden/ narrows the list', async () => {
    const tab = await watchedTab();
    try {
      await tab.visit(`${base}/praktijkvoorbeelden/`);
      await tab.page.locator('.plist--enhanced').waitFor();
      const id = await tab.page.locator('input[name="sector"]').first().getAttribute('id');
      await tab.page.locator(`#${id}`).check();
      await eventually(async () => ((await tab.page.locator('[data-filter-status]').textContent()) ?? '').trim()).toMatch(/^\d+ praktijkvoorbeeld(?:en)? met Sector: .+$/);
      await eventually(() => tab.page.locator('[data-filter-list] > li').count()).toBeGreaterThan(0);
      expect(await tab.problems()).toEqual([]);
    } finally {
      await tab.page.close();
    }
  });

  test('/admin/, built for GitHub, shows its login under the header and its own policy', async () => {
    // The admin as production builds it (CMS_BACKEND=github), beside the site's favicon.
    const root = join(runDir, 'headers-admin');
    const admin = await buildAdmin({ env: { CMS_BACKEND: 'github', CMS_REPO: 'voorbeeld/met-andere-ogen', CMS_BASE_URL: 'https://cms-auth.example.org' } });
    for (const [name, contents] of Object.entries(admin.files)) {
      const file = join(root, 'admin', name);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, contents);
    }
    copyFileSync(join(site.outDir, 'favicon.svg'), join(root, 'favicon.svg'));
    adminServer = await serveStatic(root, { headers: RULES });
    const port = new URL(adminServer.url).port;
    const tab = await watchedTab([ADMIN_HOST]);
    try {
      tab.page.setDefaultTimeout(30_000);
      const response = await tab.visit(`http://${ADMIN_HOST}:${port}/admin/`);
      const login = tab.page.getByRole('button', { name: /GitHub/ });
      await login.waitFor().catch(() => {}); // a blocked admin never shows it: report why below
      await tab.page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      expect(await tab.problems()).toEqual([]);
      expect(await login.isVisible()).toBe(true);
      const header = response.headers()['content-security-policy']!;
      expect(header).not.toContain('wasm-unsafe-eval'); // only the admin's policy, not the site's too
      expect(response.headers()['x-robots-tag']).toMatch(/^noindex/);
    } finally {
      await tab.page.close();
    }
  });

  test('the checks can fail: a policy without default-src \'self\' is reported', async () => {
    const broken: HeaderRule[] = RULES.map((r) => ({
      ...r,
      headers: r.headers.map((h) => (h.name === 'Content-Security-Policy' ? { ...h, value: h.value.replace("default-src 'self'", "default-src 'none'") } : h)),
    }));
    const brokenServer = await serveStatic(site.outDir, { headers: broken });
    const tab = await watchedTab();
    try {
      await tab.visit(`${brokenServer.url}/zoeken/?q=thuiszitters`);
      await tab.page.waitForLoadState('networkidle', { timeout: 5000 }).catch(() => {});
      await eventually(async () => (await tab.problems()).join('\n')).toMatch(/style-src/);
    } finally {
      await tab.page.close();
      await brokenServer.close();
    }
  });
});
