/**
 * public/_headers (the response headers on Netlify and Cloudflare Pages) and the nginx snippet
 * generated from it: the parser, both hosts' path matching, the rule that no header gets two
 * different values for one path (so merging and overriding hosts agree), the policies themselves,
 * and that .ci/deploy/nginx.conf is current and sends the same headers for the same paths.
 * The whole built site is checked in a browser by tests/deploy/headers.site.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { conflicts, cspDirectives, headersFor, HeadersFileError, matchingRules, parseHeaders, patternRegExp, type Host } from '../../scripts/deploy/headers.ts';
import { HEADERS_FILE, HOST_DEFAULTS, nginxConf, nginxHeadersFor, nginxRegex } from '../../scripts/deploy/nginx.ts';
import { adminCsp, adminHeaderCsp, backendHosts } from '../../cms/csp.ts';
import { backendFromEnv } from '../../cms/backend.ts';
import { PROJECT_ROOT } from '../support/paths.ts';

const RULES = parseHeaders(readFileSync(HEADERS_FILE, 'utf8'), 'public/_headers');
const NGINX_FILE = join(PROJECT_ROOT, '.ci/deploy/nginx.conf');
const HOSTS: Host[] = ['cloudflare', 'netlify'];

/** One URL of every kind the site has, as a visitor asks for it and as nginx's $uri sees it. */
const PAGES = [
  '/',
  '/praktijkvoorbeelden/',
  '/praktijkvoorbeelden/dokwerk-gorinchem/',
  '/praktijkvoorbeelden/pagina/2/',
  '/praktijkvoorbeelden/thema/preventie/',
  '/regios/twente/',
  '/themas/preventie/',
  '/adviezen/verbreden-van-teams/',
  '/organisaties/vng/',
  '/communities/preventie/',
  '/agenda/kick-off-inspiratieregios/',
  '/nieuws/oproep-inspiratieregios/',
  '/nieuwsbrieven/',
  '/nieuwsbrieven/nieuwsbrief-1-januari-2020/',
  '/nieuwsbrieven/nieuw-sinds-vorige/',
  '/onderhoud/',
  '/praktijkvoorbeelden/gezocht/',
  '/zoeken/',
  '/open-data/',
  '/over/',
  '/privacy/',
  '/toegankelijkheid/',
  '/aanmelden/',
];
const INDEX_FILES = PAGES.map((p) => `${p}index.html`);
const EMAIL = '/nieuwsbrieven/nieuwsbrief-1-januari-2020/email.html';
const OTHER = [
  '/404.html',
  EMAIL,
  '/nieuwsbrieven/nieuwsbrief-1-januari-2020/email.txt',
  '/admin/',
  '/admin/index.html',
  '/admin/admin.js',
  '/_astro/BaseLayout.B_jk6UtT.css',
  '/pagefind/pagefind.js',
  '/pagefind/pagefind-entry.json',
  '/pagefind/pagefind-worker.js',
  '/pagefind/wasm.nl.pagefind',
  '/pagefind/pagefind.nl_ef5f77bd7c.pf_meta',
  '/pagefind/fragment/nl_1a2b3c4.pf_fragment',
  '/pagefind/index/nl_1a2b3c4.pf_index',
  '/pagefind/filter/nl_1a2b3c4.pf_filter',
  '/pagefind/mao-facets.json.gz',
  '/uploads/foto.svg',
  '/favicon.svg',
  '/robots.txt',
  '/rss/nieuws.xml',
  '/data/praktijkvoorbeelden.json',
  '/agenda.ics',
  '/deze-pagina-bestaat-niet/',
];
const ALL = [...PAGES, ...INDEX_FILES, ...OTHER];

const csp = (path: string) => headersFor(RULES, path)['content-security-policy'] ?? '';
const SITE_CSP = csp('/');

describe('parseHeaders', () => {
  it('reads rules, indented headers and comments, with line numbers', () => {
    const rules = parseHeaders('# comment\n/*\n  X-A: 1\n\n/b/:id/\r\n\tX-B: two: parts  \n');
    expect(rules).toEqual([
      { pattern: '/*', headers: [{ name: 'X-A', value: '1' }], line: 2 },
      { pattern: '/b/:id/', headers: [{ name: 'X-B', value: 'two: parts' }], line: 5 },
    ]);
  });

  it('refuses what a host would misread, naming every line', () => {
    const bad = ['  X-A: before any path', '/a', '  ! X-A', '  X-B:', 'not-a-path', '/a/*/b/*', '/c', '  X-C: 1', '  x-c: 2', '/empty'].join('\n');
    let message = '';
    try {
      parseHeaders(bad, 'h');
    } catch (e) {
      expect(e).toBeInstanceOf(HeadersFileError);
      message = (e as Error).message;
    }
    expect(message.split('\n')).toEqual([
      'h:1: a header before the first path',
      'h:3: "! X-A" (detach) works on Cloudflare only; Netlify ignores it. Do not set the header on overlapping paths instead.',
      'h:4: expected "Header-Name: value", found "X-B:"',
      'h:5: a rule must start with a path beginning with "/", found "not-a-path"',
      'h:6: Cloudflare allows one "*" per path, found "/a/*/b/*"',
      'h:9: x-c is set twice for /c; write one value',
      'h:2: /a has no headers',
      'h:10: /empty has no headers',
    ]);
  });
});

describe('path matching, as each host does it', () => {
  // [pattern, path, cloudflare, netlify] — from Cloudflare's workers-shared rules engine and
  // Netlify's @netlify/headers-parser (for_regexp.ts).
  const cases: [string, string, boolean, boolean][] = [
    ['/*', '/', true, true],
    ['/*', '/a/b/c.html', true, true],
    ['/', '/', true, true],
    ['/', '/index.html', false, false],
    ['/admin/*', '/admin/', true, true],
    ['/admin/*', '/admin', false, true],
    ['/admin/*', '/admin/admin.js', true, true],
    ['/admin/*', '/administratie/', false, true], // Netlify: "/*" may be empty, so any prefix
    ['/over/*', '/OVER/', false, true],
    ['/nieuws/*', '/nieuwsbrieven/n-1/email.html', false, true],
    ['/agenda/*', '/agenda.ics', false, true],
    ['/nieuwsbrieven/', '/nieuwsbrieven', false, true],
    ['/nieuwsbrieven/:id/', '/nieuwsbrieven/n-1/', true, true],
    ['/nieuwsbrieven/:id/', '/nieuwsbrieven/n-1', false, true],
    ['/nieuwsbrieven/:id/', '/nieuwsbrieven/index.html', false, true],
    ['/nieuwsbrieven/:id/', '/nieuwsbrieven/n-1/email.html', false, false],
    ['/nieuwsbrieven/:id/email.html', '/nieuwsbrieven/n-1/email.html', true, true],
    ['/nieuwsbrieven/:id/email.html', '/nieuwsbrieven/a/b/email.html', false, false],
    ['/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.nl_abc.pf_meta', true, true],
    ['/pagefind/pagefind.*.pf_meta', '/pagefind/pagefind.js', false, false],
    ['/pagefind/wasm.*', '/pagefind/wasm.nl.pagefind', true, true],
  ];
  it.each(cases)('%s against %s: Cloudflare %s, Netlify %s', (pattern, path, cloudflare, netlify) => {
    expect(patternRegExp(pattern, 'cloudflare').test(path)).toBe(cloudflare);
    expect(patternRegExp(pattern, 'netlify').test(path)).toBe(netlify);
  });

  it('combines matching rules like Cloudflare, and reports two values for one header', () => {
    const rules = parseHeaders('/*\n  X-A: 1\n  X-B: same\n/x/*\n  X-A: 2\n  X-B: same\n  X-C: 3\n');
    expect(matchingRules(rules, '/x/').map((r) => r.pattern)).toEqual(['/*', '/x/*']);
    expect(headersFor(rules, '/x/')).toEqual({ 'x-a': '1, 2', 'x-b': 'same', 'x-c': '3' });
    expect(headersFor(rules, '/y/')).toEqual({ 'x-a': '1', 'x-b': 'same' });
    expect(conflicts(rules, '/x/')).toEqual(['X-A for /x/: /* (line 1) and /x/* (line 4) differ']);
    expect(conflicts(rules, '/y/')).toEqual([]);
  });
});

describe('public/_headers', () => {
  it('stays within Cloudflare Pages limits (100 rules, 2,000 characters a line)', () => {
    expect(RULES.length).toBeLessThanOrEqual(100);
    for (const line of readFileSync(HEADERS_FILE, 'utf8').split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
  });

  it.each(HOSTS)('never gives one path two values of a header (%s matching)', (host) => {
    expect(ALL.flatMap((p) => conflicts(RULES, p, host))).toEqual([]);
  });

  it('sends the same for a page, its index.html, and under both hosts', () => {
    for (const page of PAGES) {
      const h = headersFor(RULES, page);
      expect(headersFor(RULES, `${page}index.html`), page).toEqual(h);
      expect(headersFor(RULES, page, 'netlify'), page).toEqual(h);
    }
    // Other files may differ where it does no harm: Netlify's "/agenda/*" also matches /agenda.ics.
    for (const path of OTHER.filter((p) => p.endsWith('/') || p.endsWith('.html'))) {
      expect(headersFor(RULES, path, 'netlify'), path).toEqual(headersFor(RULES, path));
    }
  });

  it('sends the common security headers everywhere', () => {
    for (const path of ALL) {
      expect(headersFor(RULES, path), path).toMatchObject({
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'strict-origin-when-cross-origin',
        'x-frame-options': 'DENY',
      });
      expect(headersFor(RULES, path)['permissions-policy'], path).toMatch(/^(?:[a-z-]+=\(\)(?:, |$))+/);
    }
  });

  it('gives every page the site policy: files only, no inline code, no eval, not framed', () => {
    for (const page of [...PAGES, ...INDEX_FILES, '/404.html', '/pagefind/pagefind-worker.js']) expect(csp(page), page).toBe(SITE_CSP);
    const d = cspDirectives(SITE_CSP);
    expect(d['default-src']).toEqual(["'self'"]);
    expect(d['script-src']).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(d['object-src']).toEqual(["'none'"]);
    expect(d['base-uri']).toEqual(["'self'"]);
    expect(d['form-action']).toEqual(["'self'"]);
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(SITE_CSP).not.toMatch(/'unsafe-inline'|'unsafe-eval'|https?:|\*/);
  });

  it('gives the e-mail edition inline styles and nothing that runs', () => {
    const d = cspDirectives(csp(EMAIL));
    expect(d['default-src']).toEqual(["'none'"]);
    expect(d['style-src']).toEqual(["'unsafe-inline'"]);
    expect(d['script-src']).toBeUndefined(); // falls back to default-src 'none'
    expect(d['frame-ancestors']).toEqual(["'none'"]);
    expect(headersFor(RULES, EMAIL)['x-robots-tag']).toBe('noindex');
  });

  it('lets an uploaded file run nothing when opened on its own', () => {
    expect(cspDirectives(csp('/uploads/foto.svg'))).toMatchObject({ 'default-src': ["'none'"], sandbox: [] });
  });

  describe('the admin', () => {
    const header = cspDirectives(csp('/admin/'));
    const choices = {
      local: backendFromEnv({}),
      github: backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://auth.example.org' }),
      gitlab: backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b', CMS_AUTH_TYPE: 'pkce', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://gitlab.example.nl' }),
      gitea: backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://codeberg.org', CMS_APP_ID: 'x' }),
    };

    it('gets only its own policy, the one cms/csp.ts writes, and is not indexed', () => {
      for (const path of ['/admin/', '/admin/index.html', '/admin/admin.js']) expect(csp(path), path).toBe(adminHeaderCsp());
      expect(headersFor(RULES, '/admin/')['x-robots-tag']).toMatch(/^noindex/);
      expect(csp('/admin/')).not.toContain(SITE_CSP);
    });

    it.each(Object.entries(choices))('lets through everything the %s build\'s <meta> policy allows, but the local decap-server', (_, choice) => {
      const meta = cspDirectives(adminCsp(choice));
      const local = new URL(choice.local_backend.url).origin;
      const localHosts = [local, local.replace('127.0.0.1', 'localhost')];
      for (const [name, sources] of Object.entries(meta)) {
        const fence = header[name];
        expect(fence, name).toBeDefined();
        for (const source of sources) {
          if (localHosts.includes(source)) continue;
          const allowed = fence!.includes(source) || (source.startsWith('https://') && fence!.includes('https:'));
          expect(allowed, `${name} ${source}`).toBe(true);
        }
      }
      // The exceptions Decap needs are the same in both, so neither blocks what the other allows.
      expect(header['script-src']).toEqual(meta['script-src']);
      expect(header['style-src']).toEqual(meta['style-src']);
      expect(header['connect-src']).not.toEqual(expect.arrayContaining(localHosts.slice(0, 1)));
      expect(backendHosts(choice).connect).toContain(local);
    });

    it('is the only place with unsafe-eval and unsafe-inline scripts are nowhere', () => {
      for (const path of ALL) {
        const policy = csp(path);
        if (!path.startsWith('/admin/')) expect(policy, path).not.toContain("'unsafe-eval'");
        expect(cspDirectives(policy)['script-src'] ?? [], path).not.toContain("'unsafe-inline'");
      }
    });
  });

  it('caches hashed files for a year, and makes the rest revalidate', () => {
    const cache = (path: string) => headersFor(RULES, path)['cache-control'];
    const year = 'public, max-age=31536000, immutable';
    for (const path of OTHER.filter((p) => /\/_astro\/|\/(fragment|index|filter)\/|\.pf_meta$/.test(p))) expect(cache(path), path).toBe(year);
    for (const path of ['/pagefind/pagefind.js', '/pagefind/pagefind-entry.json', '/pagefind/pagefind-worker.js', '/pagefind/wasm.nl.pagefind']) {
      expect(cache(path), path).toBe('public, max-age=0, must-revalidate');
    }
    for (const path of [...PAGES, '/pagefind/mao-facets.json.gz', '/admin/admin.js']) expect(cache(path), path).toBeUndefined();
  });
});

describe('the nginx snippet (.ci/deploy/nginx.conf)', () => {
  const committed = readFileSync(NGINX_FILE, 'utf8');

  it('is generated from public/_headers (run: node scripts/deploy/nginx.ts > .ci/deploy/nginx.conf)', () => {
    expect(committed).toBe(nginxConf(RULES));
  });

  it.each(ALL)('sends for %s what Netlify and Cloudflare send', (path) => {
    expect(nginxHeadersFor(committed, path)).toEqual({ ...HOST_DEFAULTS, ...headersFor(RULES, path) });
  });

  it('writes patterns without backslashes, and can fail', () => {
    expect(nginxRegex('/nieuwsbrieven/:id/email.html')).toBe('^/nieuwsbrieven/[^/]+/email[.]html$');
    const broken = committed.replace(`"~${nginxRegex('/admin/*')}"`, '"~^/beheer/.*$"');
    expect(nginxHeadersFor(broken, '/admin/')['content-security-policy']).toBeUndefined();
  });
});
