/**
 * The test helpers the site checks rely on can fail: the link checker finds broken links and
 * fragments, the template sample picks one page per URL shape, the static server behaves like a
 * static host. (A checker that cannot fail would let every site check pass.)
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brokenReason, clearIdCache, cssUrls, refsOf, resolveRef } from './links.ts';
import { elements, parseHtml, templateKey, templateSample } from './dist.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

const ORIGIN = 'http://localhost:4321';
let dist: string;
let server: StaticServer;

function put(rel: string, content: string) {
  mkdirSync(dirname(join(dist, rel)), { recursive: true });
  writeFileSync(join(dist, rel), content);
}

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'mao-dist-'));
  put('index.html', '<!doctype html><html lang="nl"><title>Home</title><main id="inhoud"><h2 id="nieuws">Nieuws</h2></main></html>');
  put('regios/index.html', '<!doctype html><html lang="nl"><title>Regio\'s</title><a name="oud">x</a></html>');
  put('regios/twente/index.html', '<!doctype html><html lang="nl"><title>Twente</title></html>');
  put('404.html', '<!doctype html><html lang="nl"><title>Niet gevonden</title></html>');
  put('admin/index.html', '<!doctype html><html lang="nl"><title>Beheer</title></html>');
  put('agenda.ics', 'BEGIN:VCALENDAR');
  put('_astro/site.css', 'body{background:url(/_astro/bg.svg)} @import "/_astro/extra.css";');
  server = await serveStatic(dist);
});

afterAll(async () => {
  await server.close();
  rmSync(dist, { recursive: true, force: true });
});

describe('link checking', () => {
  const check = (href: string, page = '/') => {
    clearIdCache();
    const r = resolveRef(href, page, ORIGIN);
    return r.type === 'internal' ? (brokenReason(r.url, dist) ?? 'ok') : r.type === 'bad' ? r.reason : r.type;
  };

  test.each([
    ['/', 'ok'],
    ['/regios/', 'ok'],
    ['twente/', 'ok', '/regios/'],
    ['../', 'ok', '/regios/'],
    ['/agenda.ics', 'ok'],
    ['/#nieuws', 'ok'],
    ['#nieuws', 'ok'],
    ['#top', 'ok', '/regios/twente/'],
    ['/regios/#oud', 'ok'],
    [`${ORIGIN}/regios/twente/`, 'ok'],
    ['/regios/utrecht/', 'no such page'],
    ['/regios', "no trailing slash (the site uses trailingSlash: 'always'; link to /regios/)"],
    ['/agenda.xml', 'no such file'],
    ['/#bestaat-niet', 'no id "bestaat-niet" on /'],
    // A screen of the admin (Decap's app), not an element id; elsewhere such a fragment is checked.
    ['/admin/#/collections/practices/entries/dokwerk', 'ok'],
    ['/regios/#/collections/x', 'no id "/collections/x" on /regios/'],
    ['#bestaat-niet', 'no id "bestaat-niet" on /regios/', '/regios/'],
    ['javascript:alert(1)', 'a javascript: URL'],
    [' JavaScript:alert(1)', 'a javascript: URL'],
    ['https://www.nji.nl/', 'external'],
    ['mailto:info@example.org', 'other'],
  ])('%s', (href, expected, page = '/') => {
    expect(check(href, page)).toBe(expected);
  });

  test('finds the URLs of a page: links, resources, srcset, meta and inline styles', () => {
    const els = elements(
      parseHtml(
        '<link rel="stylesheet" href="/a.css"><link rel="canonical" href="http://localhost:4321/"><meta property="og:image" content="/og.png">' +
          '<script src="/s.js"></script><img src="/i.png" srcset="/i-1.png 1x, /i-2.png 2x"><a href="/x/">x</a><div style="background:url(/bg.png)"></div>',
      ),
    );
    expect(refsOf(els).map((r) => `${r.resource ? 'load' : 'link'} ${r.value}`)).toEqual([
      'load /a.css',
      'link http://localhost:4321/',
      'link /og.png',
      'load /s.js',
      'load /i.png',
      'load /i-1.png',
      'load /i-2.png',
      'link /x/',
      'load /bg.png',
    ]);
  });

  test('finds url() and @import in CSS', () => {
    expect(cssUrls('a{background:url("/a.png")} b{background:url(/b.png)} @import "/c.css"; d{mask:url(#m)} e{background:url(data:image/png;base64,AA)}')).toEqual(['/a.png', '/b.png', '/c.css']);
  });
});

describe('one page per template', () => {
  test.each([
    ['/', '/'],
    ['/regios/', '/regios/'],
    ['/over/', '/over/'],
    ['/regios/twente/', 'regios/*'],
    ['/praktijkvoorbeelden/thema/preventie/', 'praktijkvoorbeelden/thema/*'],
    ['/praktijkvoorbeelden/thema/', 'praktijkvoorbeelden/thema'],
    ['/nieuws/2/', 'nieuws/#'],
    ['/nieuwsbrieven/nieuwsbrief-3/', 'nieuwsbrieven/*'],
  ])('%s → %s', (url, key) => {
    expect(templateKey(url)).toBe(key);
  });

  test('keeps the first page of each shape', () => {
    const urls = ['/regios/zuid-limburg/', '/', '/regios/', '/regios/almere/', '/nieuws/2/', '/nieuws/a/', '/404.html', '/praktijkvoorbeelden/thema/b/', '/praktijkvoorbeelden/thema/a/'];
    expect(templateSample(urls.map((url) => ({ url }))).map((p) => p.url)).toEqual([
      '/',
      '/404.html',
      '/nieuws/2/',
      '/nieuws/a/',
      '/praktijkvoorbeelden/thema/a/',
      '/regios/',
      '/regios/almere/',
    ]);
  });
});

describe('the static server', () => {
  test('serves index.html for a directory', async () => {
    const r = await fetch(`${server.url}/regios/twente/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await r.text()).toContain('<title>Twente</title>');
  });

  test('redirects a directory without its slash', async () => {
    const r = await fetch(`${server.url}/regios`, { redirect: 'manual' });
    expect(r.status).toBe(301);
    expect(r.headers.get('location')).toBe('/regios/');
  });

  test('serves files with their type', async () => {
    const r = await fetch(`${server.url}/agenda.ics`);
    expect(r.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
  });

  test('answers a miss with 404.html and status 404', async () => {
    const r = await fetch(`${server.url}/bestaat/niet/`);
    expect(r.status).toBe(404);
    expect(await r.text()).toContain('Niet gevonden');
  });

  test('does not leave its root', async () => {
    const r = await fetch(`${server.url}/..%2f..%2fetc/passwd`);
    expect([403, 404]).toContain(r.status);
  });

  test('listens on 127.0.0.1 only', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });
});
