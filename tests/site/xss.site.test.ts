/**
 * The XSS corpus (tests/support/xss-corpus.ts) in a real browser. The "fixture" build has a practice
 * per vector, with the vector in its Markdown body and in its plain-text summary, and all of them in
 * the sent newsletter (tests/support/build-sets.ts). Every page that shows any of them (the practice
 * pages, lists, cards, the home page, region, theme and advice pages, the newsletter's web and e-mail
 * editions) is loaded in Chromium, and the search page searches them, asserting:
 * - nothing ran: no marker global is set in any frame, no dialog opened, the page did not navigate;
 * - nothing was loaded from another host (requests leaving 127.0.0.1 are recorded and stopped);
 * - none of the markup survived: no script but the site's own, no event handler, no javascript:,
 *   data: or vbscript: URL, no frame, object, embed, base, meta, link or style outside <head>, no
 *   style attribute (outside the e-mail edition, whose styles are inlined), and inside contributor
 *   text (.prose) no form control, svg, math, template or noscript;
 * - the summary shows as text, whole, wherever it shows.
 * The feeds and open data carry the summary as data: exactly the text written. (An RSS reader that
 * reads a description as HTML, as RSS 2.0 says it is, still gets markup: a known problem, see below.)
 */
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFragment } from 'parse5';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { CHROMIUM, HAVE_CHROMIUM, IN_CI, launchChromium } from '../support/browser.ts';
import { htmlDocuments, text, type DistPage, type Node5 } from '../support/dist.ts';
import { assertBuilt, listing } from '../support/build-result.ts';
import { serveStatic, type StaticServer } from '../support/static-server.ts';
import { practiceIdOf, summaryOf, XSS_CORPUS, XSS_SEARCH_WORD } from '../support/xss-corpus.ts';
import { COMPARE_MAX, compareUrl } from '../../src/practices/compare.ts';
import { KNOWN_ENTRIES_ID } from '../../cms/relation-search.ts';

const { fixture } = inject('builds');
const normalise = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Every HTML file of the fixture build that shows a corpus practice (its title is on the page). The
 * admin (/admin/, Decap's app) names the titles too, as data for its pickers: checked on its own below.
 */
const corpusPages: DistPage[] =
  fixture.exitCode === 0 ? htmlDocuments(fixture.outDir).filter((p) => !p.url.startsWith('/admin/') && readFileSync(p.file, 'utf8').includes('XSS-proef ')) : [];

if (!HAVE_CHROMIUM && !IN_CI) {
  console.warn(`\n[xss tests] SKIPPED in the browser: ${CHROMIUM} not found. With CI=true they run and fail instead.\n`);
}

/** What a page looks like after the corpus: everything that ran, loaded or survived. Runs in the page. */
function inspectPage({ email, summaries }: { email: boolean; summaries: string[][] }): string[] {
  const found: string[] = [];
  const show = (el: Element) => el.outerHTML.slice(0, 160);
  const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
  const urlAttributes = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'xlink:href', 'ping', 'longdesc', 'usemap'];
  const all: Element[] = [...document.querySelectorAll('*')];
  for (const t of document.querySelectorAll('template')) all.push(...t.content.querySelectorAll('*'));
  for (const el of all) {
    const tag = el.localName;
    const inHead = !!el.closest('head');
    const inProse = !!el.parentElement?.closest('.prose');
    if (tag === 'script') {
      const src = el.getAttribute('src');
      const own = src ? new URL(src, location.href).origin === location.origin && new URL(src, location.href).pathname.startsWith('/_astro/') : false;
      let data = false;
      if (!src && el.getAttribute('type') === 'application/json' && (el.id === 'search-facets' || el.id === 'compare-data' || el.hasAttribute('data-filter-config'))) {
        try {
          JSON.parse(el.textContent ?? '');
          data = true;
        } catch {
          /* broken out of: not the site's data */
        }
      }
      if (email || !(own || data)) found.push(`a script that is not the site's own: ${show(el)}`);
    }
    if (['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base'].includes(tag)) found.push(`<${tag}>: ${show(el)}`);
    if (['meta', 'link', 'style', 'title'].includes(tag) && !inHead) found.push(`<${tag}> outside <head>: ${show(el)}`);
    // The site's forms: the search, and choosing practices to compare.
    if (tag === 'form' && !email && !['/zoeken/', '/praktijkvoorbeelden/vergelijk/'].includes(el.getAttribute('action') ?? '')) found.push(`a form that is not the site's own: ${show(el)}`);
    if (inProse && ['form', 'input', 'button', 'select', 'textarea', 'svg', 'math', 'template', 'noscript', 'details', 'video', 'audio', 'source', 'img'].includes(tag) && !(tag === 'img' && !el.getAttributeNames().some((n) => n !== 'src' && n !== 'alt' && n !== 'loading'))) {
      found.push(`<${tag}> in contributor text: ${show(el)}`);
    }
    for (const name of el.getAttributeNames()) {
      const value = el.getAttribute(name) ?? '';
      if (/^on/i.test(name)) found.push(`an event handler ${name}: ${show(el)}`);
      if (name === 'style' && !email) found.push(`a style attribute: ${show(el)}`);
      if (name === 'srcdoc' || name === 'formaction') found.push(`${name}: ${show(el)}`);
      if (urlAttributes.includes(name)) {
        // Browsers drop whitespace and control characters inside a URL's scheme.
        const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
        if (scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) found.push(`a ${scheme}: URL in ${name}: ${show(el)}`);
      }
      // Text in an attribute (a meta description, alt text, a title) is harmless; a link to another
      // host is ordinary content; anything else that names evil.example or carries a payload is not.
      const isText = (tag === 'meta' && name === 'content') || ['alt', 'title', 'value', 'placeholder'].includes(name) || /^(aria|data)-/.test(name);
      if (!isText && value.includes('evil.example') && !(tag === 'a' && name === 'href')) found.push(`evil.example in ${name}: ${show(el)}`);
      if (!isText && /top\.xss\d+=1/.test(value)) found.push(`a corpus payload in ${name}: ${show(el)}`);
    }
  }
  // Wherever a summary starts (its prefix, "Proef 3 (…):"), it is there whole, as text.
  const pageText = norm(document.body.textContent ?? '');
  for (const [prefix = '', summary = ''] of summaries) {
    if (pageText.includes(prefix) && !pageText.includes(norm(summary))) found.push(`the summary "${prefix}…" is not shown whole as text`);
  }
  return found;
}

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the XSS corpus in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  /** What went wrong per URL visited: markers, dialogs, foreign requests, navigation. */
  const events: string[] = [];
  let current = '';

  beforeAll(async () => {
    if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI (.ci/run installs Debian's chromium).`);
    assertBuilt(fixture);
    server = await serveStatic(fixture.outDir);
    browser = await launchChromium();
    context = await browser.newContext({ locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' });
    await context.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      if (url.origin === server.url || url.protocol === 'blob:') return route.continue();
      events.push(`${current}: a request elsewhere: ${route.request().resourceType()} ${url.href.slice(0, 120)}`);
      return route.abort('blockedbyclient');
    });
    page = await context.newPage();
    page.on('dialog', async (dialog) => {
      events.push(`${current}: a ${dialog.type()} dialog: "${dialog.message()}"`);
      await dialog.dismiss().catch(() => {});
    });
    page.on('popup', (popup) => events.push(`${current}: a popup: ${popup.url()}`));
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
  });

  /** Markers set in any frame, and frames or navigation the page should not have. */
  async function ranOrMoved(url: string): Promise<string[]> {
    const found: string[] = [];
    for (const frame of page.frames()) {
      const markers = await frame.evaluate(() => Object.keys(globalThis).filter((k) => /^xss\d+$/.test(k))).catch(() => [] as string[]);
      if (markers.length) found.push(`${url}: ran: ${markers.join(', ')}${frame === page.mainFrame() ? '' : ` (in a frame at ${frame.url()})`}`);
    }
    if (page.frames().length > 1) found.push(`${url}: ${page.frames().length - 1} frame(s): ${page.frames().slice(1).map((f) => f.url()).join(', ')}`);
    if (new URL(page.url()).pathname !== new URL(url, server.url).pathname) found.push(`${url}: the page went to ${page.url()}`);
    return found;
  }

  const summaries = XSS_CORPUS.map((v) => [summaryOf(v).slice(0, summaryOf(v).indexOf(':') + 1), summaryOf(v)] as [string, string]);

  test('the checks can fail: a page with a live vector is reported', async () => {
    current = '(zelftest)';
    const before = events.length;
    await page.goto(`${server.url}/404.html`);
    await page.setContent(
      '<!doctype html><html><head><title>x</title></head><body><main><div class="prose"><p>Proef 1 (x): <b>vet</b></p><img src=x onerror="alert(0),top.xss0=1"><a href="java&#x09;script:x">a</a><style>p{}</style><iframe srcdoc="<p>x"></iframe><svg></svg></div><img src="https://evil.example/x.png"></main></body></html>',
    );
    await page.waitForTimeout(300);
    const ran = await ranOrMoved('/404.html');
    const survived = await page.evaluate(inspectPage, { email: false, summaries: [['Proef 1 (x):', 'Proef 1 (x): <b>vet</b>']] });
    expect(ran.join('\n')).toMatch(/ran: xss0/);
    expect(ran.join('\n')).toMatch(/1 frame/);
    expect(events.slice(before).join('\n')).toMatch(/alert dialog: "0"/);
    expect(events.slice(before).join('\n')).toMatch(/request elsewhere: image https:\/\/evil\.example\/x\.png/);
    for (const what of ['event handler onerror', 'javascript: URL in href', '<style> outside <head>', '<iframe>', 'srcdoc', '<svg> in contributor text', 'evil.example in src', 'corpus payload in onerror', 'summary "Proef 1 (x):…" is not shown whole']) {
      expect(survived.join('\n'), what).toContain(what);
    }
    events.splice(before);
  });

  test('the corpus reaches the pages it should (so the checks below are not vacuous)', () => {
    const urls = corpusPages.map((p) => p.url);
    for (const v of XSS_CORPUS) expect(urls, practiceIdOf(v)).toContain(`/praktijkvoorbeelden/${practiceIdOf(v)}/`);
    for (const url of ['/', '/praktijkvoorbeelden/', '/nieuwsbrieven/nieuwsbrief-1/', '/nieuwsbrieven/nieuwsbrief-1/email.html']) expect(urls).toContain(url);
  });

  test('the admin page carries the corpus titles only as data: one JSON block and its own script', () => {
    const html = readFileSync(join(fixture.outDir, 'admin/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((m) => m[1]!.trim())).toEqual([`type="application/json" id="${KNOWN_ENTRIES_ID}"`, expect.stringMatching(/^src="\/admin\/admin\.js\?v=\w+"$/)]);
    const known = JSON.parse(scripts[0]![2]!) as { titles: Record<string, Record<string, string>> };
    const titles = Object.values(known.titles.practices ?? {});
    for (const v of XSS_CORPUS) expect(titles).toContain(`XSS-proef ${v.n}`);
  });

  test('every page that shows the corpus: nothing ran, nothing loaded from elsewhere, no markup survived, summaries are text', async () => {
    const problems: string[] = [];
    for (const p of corpusPages) {
      current = p.url;
      const before = events.length;
      const response = await page.goto(server.url + p.url, { waitUntil: 'load' });
      expect(response?.status(), p.url).toBe(200);
      // 'load' waited for the images (so their errors have fired); let autofocus, toggles,
      // animations and timers fire too.
      await page.waitForTimeout(250);
      problems.push(...(await ranOrMoved(p.url)));
      const survived = await page.evaluate(inspectPage, { email: p.url.endsWith('/email.html'), summaries });
      problems.push(...survived.map((s) => `${p.url}: ${s}`));
      problems.push(...events.slice(before));
    }
    expect(problems, listing(problems)).toEqual([]);
  }, 300_000);

  test('the compare table of corpus practices: nothing ran, no markup survived, each "Voor wie" is text', async () => {
    const problems: string[] = [];
    for (let i = 0; i < XSS_CORPUS.length; i += COMPARE_MAX) {
      // A table needs two: a last group of one takes the one before it along.
      const group = XSS_CORPUS.slice(i, i + COMPARE_MAX).length === 1 ? XSS_CORPUS.slice(i - 1, i + 1) : XSS_CORPUS.slice(i, i + COMPARE_MAX);
      const url = compareUrl(group.map(practiceIdOf));
      current = url;
      const before = events.length;
      await page.goto(server.url + url, { waitUntil: 'load' });
      await page.locator('table.compare').waitFor();
      await page.waitForTimeout(250);
      problems.push(...(await ranOrMoved(url)));
      problems.push(...(await page.evaluate(inspectPage, { email: false, summaries })).map((s) => `${url}: ${s}`));
      const shown = await page.locator('tr[data-aspect="targetGroup"] td').allTextContents();
      group.forEach((v, n) => {
        if (normalise(shown[n] ?? '') !== normalise(summaryOf(v))) problems.push(`${url}: "Voor wie" of ${practiceIdOf(v)} is not the text as written`);
      });
      problems.push(...events.slice(before));
    }
    expect(problems, listing(problems)).toEqual([]);
  }, 300_000);

  test('each practice page shows its summary as text, in the page and its meta description', async () => {
    const problems: string[] = [];
    for (const v of XSS_CORPUS) {
      const url = `/praktijkvoorbeelden/${practiceIdOf(v)}/`;
      await page.goto(server.url + url, { waitUntil: 'load' });
      const { main, description } = await page.evaluate(() => ({
        main: document.querySelector('main')?.textContent ?? '',
        description: document.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      }));
      if (!normalise(main).includes(normalise(summaryOf(v)))) problems.push(`${url}: the summary is not in <main> as text`);
      if (description && !normalise(summaryOf(v)).startsWith(normalise(description).replace(/…$/, ''))) problems.push(`${url}: meta description "${description}"`);
    }
    expect(problems, listing(problems)).toEqual([]);
  });

  test(`the search page: results for "${XSS_SEARCH_WORD}" (excerpts and summaries) run nothing and show no markup`, async () => {
    current = `/zoeken/?q=${XSS_SEARCH_WORD}`;
    const before = events.length;
    await page.goto(`${server.url}/zoeken/?q=${XSS_SEARCH_WORD}`, { waitUntil: 'load' });
    const results = page.locator('[data-search-results] > li');
    await expect.poll(() => results.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const more = page.locator('[data-search-more]');
    // Every result on screen, a batch per click. A click while a batch loads waits for it, and a
    // batch that could not be fetched is tried again by the next click (ResultPager): so on a slow
    // machine a batch that has not come after a while gets one more click.
    for (let i = 0; i < 20 && (await more.isVisible()); i++) {
      const count = await results.count();
      await more.click();
      const grew = await expect.poll(() => results.count(), { timeout: 10_000 }).toBeGreaterThan(count).then(() => true, () => false);
      if (!grew) {
        await more.click();
        await expect.poll(() => results.count(), { timeout: 20_000 }).toBeGreaterThan(count);
      }
    }
    expect(await results.count()).toBeGreaterThanOrEqual(XSS_CORPUS.length);
    await page.waitForTimeout(300);
    const problems = [...(await ranOrMoved('/zoeken/')), ...(await page.evaluate(inspectPage, { email: false, summaries: [] })), ...events.slice(before)];
    // Excerpts are Pagefind's escaped text with <mark> only; the site's own "Vergelijk" button (made
    // by the script, its name set as text) is the one control a result may hold.
    const inResults = await page.evaluate(() => [
      ...new Set([...document.querySelectorAll('[data-search-results] *')].filter((el) => !el.matches('button.compare-pick[data-compare-pick]')).map((el) => el.localName)),
    ]);
    for (const tag of inResults) if (!['li', 'article', 'h2', 'h3', 'a', 'p', 'mark', 'span', 'time', 'div', 'ul', 'small', 'strong'].includes(tag)) problems.push(`<${tag}> in the search results`);
    expect(problems, listing(problems)).toEqual([]);
  });
});

describe('the corpus summaries in feeds, open data and the text e-mail are the text written', () => {
  beforeAll(() => assertBuilt(fixture));
  const read = (rel: string) => readFileSync(join(fixture.outDir, rel), 'utf8');

  const feedItems = () => {
    const feed = new XMLParser({ ignoreAttributes: true, processEntities: true, htmlEntities: false, parseTagValue: false }).parse(read('rss/praktijkvoorbeelden.xml'));
    return [feed.rss.channel.item].flat() as { link: string; description: string }[];
  };
  const itemOf = (v: (typeof XSS_CORPUS)[number]) => feedItems().find((i) => i.link.endsWith(`/praktijkvoorbeelden/${practiceIdOf(v)}/`));

  /**
   * RSS 2.0 says a description is HTML, so the plain-text summary is escaped for HTML (and then, by
   * @astrojs/rss, for XML): a feed reader that renders descriptions without sanitising them gets text.
   */
  test('RSS: read as HTML (as RSS readers do), each description is still only that text', () => {
    const problems: string[] = [];
    for (const v of XSS_CORPUS) {
      const item = itemOf(v)!;
      const html = parseFragment(item.description) as unknown as Node5;
      const asHtml = (html.childNodes ?? []).filter((n) => n.tagName).map((n) => `<${n.tagName}>`);
      if (asHtml.length) problems.push(`${practiceIdOf(v)}: a reader would render ${asHtml.join(', ')} from "${item.description.slice(0, 80)}"`);
      else if (!normalise(text(html)).startsWith(normalise(summaryOf(v)))) problems.push(`${practiceIdOf(v)}: "${text(html).slice(0, 80)}"`);
    }
    expect(problems, listing(problems)).toEqual([]);
  });

  test('open data (JSON and CSV): the summary exactly as written', () => {
    const json = JSON.parse(read('data/praktijkvoorbeelden.json')) as unknown;
    const list = (Array.isArray(json) ? json : (Object.values(json as object).find(Array.isArray) as unknown[])) as { id: string; summary: string }[];
    const csv = parseCsv(read('data/praktijkvoorbeelden.csv'), { columns: true, bom: true }) as Record<string, string>[];
    for (const v of XSS_CORPUS) {
      expect(list.find((p) => p.id === practiceIdOf(v))?.summary, practiceIdOf(v)).toBe(summaryOf(v));
      expect(csv.find((r) => r.id === practiceIdOf(v))?.summary, `${practiceIdOf(v)} in the CSV`).toBe(summaryOf(v));
    }
  });

  test('the text edition of the newsletter has every summary as written', () => {
    const file = 'nieuwsbrieven/nieuwsbrief-1/email.txt';
    expect(existsSync(join(fixture.outDir, file))).toBe(true);
    const txt = normalise(read(file));
    for (const v of XSS_CORPUS) expect(txt, practiceIdOf(v)).toContain(normalise(summaryOf(v)));
  });
});
