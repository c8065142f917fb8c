/**
 * The details of issue 21 that show care, measured in Debian's Chromium on the built site (real
 * content, SITE_NOW fixed by global-setup.ts) at 375 px and 1280 px:
 * - unknown values once, in words, never a repeated line (event places, practice contacts);
 * - no doubled labels ("Twente · Regio Twente", "Groep: Groep 1"), no card text cut mid-sentence,
 *   no "Lees meer" without a link, "Advies 1: Het" with its space, the core-advice sentence once;
 * - one search box per page; footer links big enough to tap (WCAG 2.2, 2.5.8); Dutch words;
 * - the home page of a quiet network; "Voor wie is deze site?" with a first step for each visitor;
 * - the map: names without hover, a legend that fits what is shown, no large empty area beside it;
 * - long pages: "Op deze pagina", and on a phone a practice's story before its fact sheet;
 * - "Laatst bijgewerkt"; the printed page (full web addresses, site name, address, date, no related cards);
 * - the accessibility statement in the form of the government's model.
 * Must run when CI=true; elsewhere it skips, saying why, when /usr/bin/chromium is missing.
 */
import { describe, expect, inject, test } from 'vitest';
import { join } from 'node:path';
import { HAVE_CHROMIUM, IN_CI } from '../support/browser.ts';
import { elements, sitePages, templateSample, text, type Node5 } from '../support/dist.ts';
import { listing } from '../support/build-result.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { SITE_NOW } from '../support/global-setup.ts';
import { loadContent } from '../../src/model/load.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { RESERVED_IDS } from '../../src/model/index.ts';
import { siteBrowser } from './site-browser.ts';

const { site } = inject('builds');
const built = site.exitCode === 0;
const pages = built ? sitePages(site.outDir) : [];
const urls = pages.map((p) => p.url);
const content = built ? loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT) : undefined;
const raw = (collection: string) => (content?.entries[collection as keyof typeof content.entries] ?? []).map((e) => ({ id: e.id, data: e.raw as Record<string, any> }));
const day = (v: unknown) => (v instanceof Date ? v.toISOString().slice(0, 10) : String(v ?? ''));
const sample = templateSample(pages).map((p) => p.url).filter((u) => u !== '/404.html');
const RESERVED = new Set<string>(RESERVED_IDS);
/** The entry pages under a section (its route words, such as /praktijkvoorbeelden/vergelijk/, are not entries). */
const under = (prefix: string) =>
  urls.filter((u) => u.startsWith(prefix) && u !== prefix && u.split('/').filter(Boolean).length === 2 && !RESERVED.has(u.split('/').filter(Boolean)[1]!));

// Walking every practice or region page takes a while on a busy 2-core machine.
describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('details a visitor sees', { timeout: 300_000 }, () => {
  const { open, baseUrl } = siteBrowser();

  describe('unknown values once, in words', () => {
    test('an event says where once: no "niet bekend" twice, no line twice, on the event page and its card', async () => {
      const problems: string[] = [];
      for (const url of [...under('/agenda/'), '/agenda/']) {
        const tab = await open(url, 375);
        try {
          const seen = await tab.evaluate(() => {
            const where = [...document.querySelectorAll('main dt')].find((dt) => dt.textContent!.trim() === 'Waar')?.nextElementSibling as HTMLElement | undefined;
            return {
              where: where ? where.innerText.split('\n').map((l) => l.trim()).filter(Boolean) : [],
              meta: [...document.querySelectorAll('.event-card__meta, .card__meta')].map((p) => (p as HTMLElement).innerText),
            };
          });
          const lower = seen.where.map((l) => l.toLowerCase());
          if (new Set(lower).size !== lower.length) problems.push(`${url}: a line repeats under "Waar": ${seen.where.join(' / ')}`);
          if ((seen.where.join(' ').match(/bekend/gi) ?? []).length > 1) problems.push(`${url}: "niet bekend" more than once: ${seen.where.join(' / ')}`);
          for (const meta of seen.meta) {
            if ((meta.match(/bekend/gi) ?? []).length > 1) problems.push(`${url}: card "${meta}"`);
            const parts = meta.split(/ · |, /).map((p) => p.trim().toLowerCase());
            if (new Set(parts).size !== parts.length) problems.push(`${url}: card repeats itself: "${meta}"`);
          }
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });

    test('a practice contact shows each line once, and says so in words when there is no e-mail or phone', async () => {
      const problems: string[] = [];
      for (const url of under('/praktijkvoorbeelden/')) {
        const tab = await open(url, 375);
        try {
          const card = await tab.evaluate(() => {
            const box = document.querySelector('.contact') as HTMLElement;
            const address = box.querySelector('address') as HTMLElement;
            return { lines: address.innerText.split('\n').map((l) => l.trim()).filter(Boolean), reachable: !!box.querySelector('a[href^="mailto:"], a[href^="tel:"]'), text: box.innerText };
          });
          const lower = card.lines.map((l) => l.toLowerCase());
          if (new Set(lower).size !== lower.length) problems.push(`${url}: the contact repeats a line: ${card.lines.join(' / ')}`);
          if (!card.reachable && !/geen e-mailadres of telefoonnummer/i.test(card.text)) problems.push(`${url}: nobody to reach, and the card does not say so`);
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });
  });

  describe('labels and texts', () => {
    test('no card line says a place twice, and no fact repeats its label ("Groep: Groep 1")', async () => {
      const problems: string[] = [];
      for (const url of [...new Set([...sample, '/', '/praktijkvoorbeelden/', ...under('/regios/')])]) {
        const tab = await open(url, 1280);
        try {
          const seen = await tab.evaluate(() => ({
            metas: [...document.querySelectorAll('.card__meta')].map((p) => (p as HTMLElement).innerText),
            facts: [...document.querySelectorAll('main dt')].map((dt): [string, string] => [dt.textContent!.trim(), (dt.nextElementSibling as HTMLElement | null)?.innerText.trim() ?? '']),
          }));
          for (const meta of seen.metas) {
            const parts = meta.split(' · ').map((p) => p.trim());
            for (const a of parts) for (const b of parts) if (a !== b && new RegExp(`(^|\\s)${a.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|\\s)`, 'i').test(b)) problems.push(`${url}: "${meta}" says "${a}" twice`);
          }
          for (const [label, value] of seen.facts) if (value.toLowerCase().startsWith(`${label.toLowerCase()} `)) problems.push(`${url}: "${label}: ${value}"`);
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });

    test('no group is named with its kind twice ("Regio Regio Twente", "regio Gemeente Utrecht"), in the text or a feed link', () => {
      // Region names say their kind already ("Regio Twente", "Gemeente Leeuwarden"): src/groups/group-label.ts.
      const doubled = /\b(?:[Rr]egio|[Tt]hema|[Aa]dvies):? (?:Regio|Gemeente|Thema|Advies) \p{Lu}/u;
      // Sentences and names, not the labels of a form: the search page's filter legends ("Advies",
      // "Thema", …) stand side by side without being one name.
      const prose = (node: Node5): string => (['fieldset', 'form', 'script', 'template'].includes(node.nodeName) ? ' ' : node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(prose).join(''));
      const problems: string[] = [];
      for (const p of pages) {
        const body = p.els.find((e) => e.nodeName === 'body');
        const found = body ? doubled.exec(prose(body).replace(/\s+/g, ' ')) : null;
        if (found) problems.push(`${p.url}: "${found[0]}…"`);
        for (const title of p.html.matchAll(/<link rel="alternate"[^>]*title="([^"]*)"/g)) if (doubled.test(title[1]!)) problems.push(`${p.url}: feed link "${title[1]}"`);
      }
      expect(pages.length).toBeGreaterThan(0);
      expect(problems, listing(problems)).toEqual([]);
    });

    test('the region cards on /regios/ end on a whole sentence', async () => {
      const tab = await open('/regios/', 1280);
      try {
        const summaries = await tab.$$eval('.card__summary', (ps) => ps.map((p) => p.textContent!.trim()));
        expect(summaries.length, 'regions with a development question').toBeGreaterThan(0);
        for (const s of summaries) expect(s, 'a card summary').toMatch(/[.?!]$/);
      } finally {
        await tab.close();
      }
    });

    // Text, not layout: read from the built HTML of every page (what a screen reader and the search index get too).
    test('"Lees meer" is always a link, "Advies 1: Het" keeps its space, the core sentence is said once', () => {
      const problems: string[] = [];
      const advice = under('/adviezen/');
      for (const page of pages) {
        const main = page.els.find((el) => el.tagName === 'main');
        if (!main) continue;
        const words = text(main);
        for (const el of page.els.filter((e) => e.tagName === 'p' || e.tagName === 'li')) {
          const t = text(el);
          if (/Lees meer/i.test(t) && !elements(el).some((c) => c.tagName === 'a')) problems.push(`${page.url}: "Lees meer" without a link: ${t.trim().slice(0, 80)}`);
        }
        for (const g of words.match(/Advies \d+:(?=\S)\S{0,10}/g) ?? []) problems.push(`${page.url}: no space after the colon: "${g}"`);
        const begins = (words.match(/begint met dit advies/gi) ?? []).length;
        if (advice.includes(page.url) && begins > 1) problems.push(`${page.url}: "begint met dit advies" ${begins} times`);
      }
      expect(problems, listing(problems)).toEqual([]);
    });

    test('Dutch words where Dutch has them', async () => {
      const problems: string[] = [];
      for (const url of [...sample, '/regios/']) {
        const tab = await open(url, 1280);
        try {
          const text = await tab.evaluate(() => document.body.innerText);
          for (const word of ['Home', 'Tab-toets', 'Read more', 'Download', 'Newsletter', 'Search']) if (new RegExp(`\\b${word}\\b`).test(text)) problems.push(`${url}: "${word}"`);
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });
  });

  describe('search boxes and targets', () => {
    test.each(['/', '/zoeken/', '/over/', '/regios/twente/'])('%s has one search box', async (url) => {
      const tab = await open(url, 1280);
      try {
        const boxes = await tab.$$eval('input[type="search"]', (inputs) => inputs.filter((i) => i.getBoundingClientRect().width > 0 && getComputedStyle(i).visibility === 'visible').length);
        expect(boxes).toBe(1);
      } finally {
        await tab.close();
      }
    });

    test.each([375, 1280])('at %i px every footer link is a target of at least 24 × 24 px, apart from the others', async (width) => {
      const tab = await open('/over/', width);
      try {
        const boxes = await tab.$$eval('.site-footer nav a', (as) => as.map((a) => { const r = a.getBoundingClientRect(); return { text: a.textContent!.trim(), x: r.x, y: r.y, w: r.width, h: r.height }; }));
        expect(boxes.length).toBeGreaterThan(3);
        for (const b of boxes) {
          expect(b.h, `${b.text}: height`).toBeGreaterThanOrEqual(24);
          expect(b.w, `${b.text}: width`).toBeGreaterThanOrEqual(24);
        }
        for (const [i, a] of boxes.entries()) for (const b of boxes.slice(i + 1)) {
          const overlap = a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
          expect(overlap, `${a.text} and ${b.text} overlap`).toBe(false);
        }
      } finally {
        await tab.close();
      }
    });
  });

  describe('the home page', () => {
    const now = Date.parse(SITE_NOW);
    const upcoming = raw('events').filter((e) => Date.parse(String(e.data.start instanceof Date ? e.data.start.toISOString() : e.data.start)) >= now);
    const newestNews = raw('news').map((n) => day(n.data.date)).sort().at(-1);
    const quiet = upcoming.length === 0 && (!newestNews || now - Date.parse(newestNews) > 180 * 86_400_000);

    test('a quiet network says so once and leads to practices, regions and the adviezen; a busy one shows what is coming', async () => {
      const tab = await open('/', 1280);
      try {
        const seen = await tab.evaluate(() => ({
          text: document.querySelector('main')!.innerText,
          eventCards: document.querySelectorAll('main .event-card').length,
          quietLinks: [...document.querySelectorAll('.home__quiet a')].map((a) => a.getAttribute('href')),
        }));
        if (quiet) {
          expect((seen.text.match(/geen (nieuwe )?bijeenkomsten/gi) ?? []).length, 'said once').toBe(1);
          expect(seen.eventCards, 'no list of old meetings').toBe(0);
          for (const href of ['/praktijkvoorbeelden/', '/regios/', '/adviezen/']) expect(seen.quietLinks).toContain(href);
        } else expect(seen.eventCards).toBeGreaterThan(0);
      } finally {
        await tab.close();
      }
    });

    test('"Voor wie is deze site?" gives every kind of visitor a first step to a page that exists', async () => {
      const tab = await open('/', 375);
      try {
        const items = await tab.$$eval('#voor-wie + ul > li', (lis) => lis.map((li) => ({ who: li.querySelector('strong')!.textContent!, links: [...li.querySelectorAll('a')].map((a) => a.getAttribute('href')!) })));
        expect(items.length).toBeGreaterThanOrEqual(4);
        for (const item of items) {
          expect(item.links.length, `${item.who}: a first step`).toBeGreaterThan(0);
          for (const href of item.links) expect(urls, `${item.who}: ${href}`).toContain(href.split('#')[0]);
        }
      } finally {
        await tab.close();
      }
    });
  });

  describe('the map of the regions', () => {
    const regions = raw('regions');
    const groups = new Set(regions.map((r) => r.data.tranche)).size;

    test.each(['/', '/regios/'])('%s on a touch screen: every region\'s name is there to read without hovering', async (url) => {
      const tab = await open(url, 375, { touch: true });
      try {
        const names = await tab.$$eval('.region-map__names a', (as) => as.filter((a) => { const r = a.getBoundingClientRect(); return r.width > 0 && r.height > 0 && getComputedStyle(a).visibility === 'visible'; }).map((a) => a.getAttribute('href')));
        expect(names.sort()).toEqual(regions.map((r) => `/regios/${r.id}/`).sort());
      } finally {
        await tab.close();
      }
    });

    test.each(['/', '/regios/'])('%s: the legend describes what is shown', async (url) => {
      const tab = await open(url, 1280);
      try {
        const text = await tab.$eval('.region-map', (el) => (el as HTMLElement).innerText);
        if (groups === 1) expect(text, 'one group: nothing to tell apart').not.toMatch(/groep/i);
        else expect(text).toMatch(/groep/i);
      } finally {
        await tab.close();
      }
    });

    test.each(['/', '/regios/'])('%s at 1280 px: no large empty area beside the map', async (url) => {
      const tab = await open(url, 1280);
      try {
        const size = await tab.evaluate(() => {
          const map = document.querySelector('.region-map__figure')!.getBoundingClientRect();
          const side = document.querySelector('.region-map__list')!;
          const last = side.lastElementChild!.getBoundingClientRect();
          return { map: map.height, side: last.bottom - side.getBoundingClientRect().top, besides: side.getBoundingClientRect().left >= map.right };
        });
        expect(size.besides, 'the list is beside the map').toBe(true);
        expect(size.side / size.map, `the column beside the map is filled (${Math.round(size.side)} of ${Math.round(size.map)} px)`).toBeGreaterThan(0.6);
      } finally {
        await tab.close();
      }
    });
  });

  describe('long pages', () => {
    test('a long region page starts with "Op deze pagina", each link to a section on the page', async () => {
      const problems: string[] = [];
      for (const url of under('/regios/')) {
        const tab = await open(url, 375);
        try {
          const seen = await tab.evaluate(() => {
            const nav = document.querySelector('nav[aria-label="Op deze pagina"]');
            const links = nav ? [...nav.querySelectorAll('a')].map((a) => a.getAttribute('href')!) : [];
            return { height: document.documentElement.scrollHeight, top: nav?.getBoundingClientRect().top, links, missing: links.filter((h) => !document.getElementById(h.slice(1))) };
          });
          if (seen.height > 4 * 900 && seen.top === undefined) problems.push(`${url}: ${seen.height} px at 375 and no "Op deze pagina"`);
          if (seen.top !== undefined && seen.top > 900) problems.push(`${url}: "Op deze pagina" only at ${Math.round(seen.top)} px`);
          for (const h of seen.missing) problems.push(`${url}: ${h} is not on the page`);
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });

    test('on a phone a practice starts with its summary and story; the fact sheet comes after', async () => {
      const problems: string[] = [];
      for (const url of under('/praktijkvoorbeelden/')) {
        const tab = await open(url, 375);
        try {
          const pos = await tab.evaluate(() => ({
            body: document.querySelector('.practice__body')!.getBoundingClientRect().top + scrollY,
            facts: document.querySelector('.facts')!.getBoundingClientRect().top + scrollY,
          }));
          if (pos.body > pos.facts) problems.push(`${url}: the story starts after the facts`);
          if (pos.body > 1.5 * 900) problems.push(`${url}: the story starts at ${Math.round(pos.body)} px`);
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });

    test('at 1280 px the facts sit beside the story', async () => {
      const tab = await open(under('/praktijkvoorbeelden/')[0]!, 1280);
      try {
        const pos = await tab.evaluate(() => ({ body: document.querySelector('.practice__body')!.getBoundingClientRect(), facts: document.querySelector('.facts')!.getBoundingClientRect() }));
        expect(pos.facts.left).toBeGreaterThanOrEqual(pos.body.right);
        expect(pos.facts.top).toBeLessThan(pos.body.bottom);
      } finally {
        await tab.close();
      }
    });
  });

  describe('"Laatst bijgewerkt"', () => {
    test('practice pages and region pages with a date say when they last changed', async () => {
      const expected = [
        ...raw('practices').filter((p) => p.data.draft !== true).map((p) => [`/praktijkvoorbeelden/${p.id}/`, day(p.data.updated ?? p.data.published)] as const),
        ...raw('regions').filter((r) => r.data.updated).map((r) => [`/regios/${r.id}/`, day(r.data.updated)] as const),
      ];
      expect(expected.length).toBeGreaterThan(0);
      const problems: string[] = [];
      for (const [url, date] of expected) {
        const tab = await open(url, 375);
        try {
          const line = await tab.$eval('.page-updated', (p) => ((p as HTMLElement).offsetHeight > 0 ? (p as HTMLElement).innerText : '')).catch(() => '');
          if (line !== `Laatst bijgewerkt op ${formatDate(date)}`) problems.push(`${url}: "${line}", expected the date ${date}`);
        } finally {
          await tab.close();
        }
      }
      expect(problems, listing(problems)).toEqual([]);
    });
  });

  describe('print', () => {
    test('a printed practice: site name, full address and date on top; links with their full address; no related-practice cards', async () => {
      const url = under('/praktijkvoorbeelden/')[0]!;
      const tab = await open(url, 800, { media: 'print' });
      try {
        const seen = await tab.evaluate(() => {
          const meta = document.querySelector('.print-meta') as HTMLElement;
          const internal = [...document.querySelectorAll('main a[href^="/"]')].find((a) => !a.closest('.card, nav, .tags')) as HTMLElement;
          const after = getComputedStyle(internal, '::after');
          const similar = document.getElementById('vergelijkbaar');
          return {
            meta: meta && meta.getBoundingClientRect().height > 0 ? meta.innerText : '',
            metaTop: meta?.getBoundingClientRect().top ?? Infinity,
            mainTop: document.querySelector('main')!.getBoundingClientRect().top,
            canonical: document.querySelector('link[rel="canonical"]')!.getAttribute('href')!,
            href: internal.getAttribute('href')!,
            after: after.content,
            afterWidth: parseFloat(after.width) || 0,
            similarShown: !!similar && getComputedStyle(similar).display !== 'none',
            header: getComputedStyle(document.querySelector('.site-header')!).display,
          };
        });
        const origin = new URL(seen.canonical).origin;
        expect(seen.meta).toContain('Met Andere Ogen');
        expect(seen.meta).toContain(seen.canonical);
        expect(seen.meta).toMatch(new RegExp(formatDate(SITE_NOW.slice(0, 10))));
        expect(seen.metaTop, 'on top of the page').toBeLessThan(seen.mainTop);
        // What is printed after the link: its full web address, the site's own address and the link's path.
        expect(seen.after).toBe(`" (${origin}${seen.href})"`);
        expect(seen.similarShown, 'related-practice cards on paper').toBe(false);
        expect(seen.header).toBe('none');
      } finally {
        await tab.close();
      }
    });
  });

  test('the accessibility statement follows the model: date, status, what was tested and how, known problems, how to report one', async () => {
    const tab = await open('/toegankelijkheid/', 375);
    try {
      const seen = await tab.evaluate(() => ({ headings: [...document.querySelectorAll('main h2')].map((h) => h.textContent!.trim()), text: document.querySelector('main')!.innerText, mail: !!document.querySelector('main a[href^="mailto:"]') }));
      expect(seen.headings.some((h) => /^Status/.test(h))).toBe(true);
      expect(seen.headings.some((h) => /testen|getest|onderzo/i.test(h))).toBe(true);
      expect(seen.headings.some((h) => /problemen/i.test(h))).toBe(true);
      expect(seen.headings.some((h) => /meld/i.test(h))).toBe(true);
      expect(seen.text).toMatch(/Opgesteld op:?\s+\d{1,2} \p{L}+ \d{4}/u);
      expect(seen.text).toMatch(/WCAG 2\.2/);
      expect(seen.mail).toBe(true);
    } finally {
      await tab.close();
    }
    expect(baseUrl).toMatch(/^http/);
  });
});
