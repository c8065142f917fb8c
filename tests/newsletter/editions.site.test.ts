/**
 * The e-mail and plain-text editions of every sent newsletter in the built site: what checkEmail
 * asks (one column ≤ 600 px, inlined styles, no script, under 100 KB, preheader, images with alt and
 * width, absolute links), every link to the site pointing at a page that exists in dist/, every
 * item readable with images off, and the text edition with every URL written out.
 */
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertBuilt, listing } from '../support/build-result.ts';
import { brokenReason } from '../support/links.ts';
import { attr } from '../support/dist.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { loadContent } from '../../src/model/load.ts';
import { checkEmail } from '../support/email-checks.ts';
import { entryPageIds } from '../support/dist-pages.ts';

const { site, fixture } = inject('builds');

beforeAll(() => {
  assertBuilt(site);
  assertBuilt(fixture);
});

function sent(build: typeof site) {
  const { entries } = loadContent(join(PROJECT_ROOT, build.contentDir), PROJECT_ROOT);
  return { newsletters: entries.newsletters, entries };
}

describe('every sent newsletter has an e-mail and a text edition; a concept has none', () => {
  test.each(['site', 'fixture'] as const)('%s build', (name) => {
    const build = name === 'site' ? site : fixture;
    const { newsletters } = sent(build);
    expect(newsletters.length).toBeGreaterThan(0);
    for (const n of newsletters) {
      const isSent = n.data?.status !== 'concept';
      for (const file of ['email.html', 'email.txt']) expect(existsSync(join(build.outDir, 'nieuwsbrieven', n.id, file)), `${n.id}/${file}`).toBe(isSent);
    }
    expect(entryPageIds(build.outDir, 'nieuwsbrieven')).toEqual(newsletters.filter((n) => n.data?.status !== 'concept').map((n) => n.id).sort());
  });
});

describe.each(['site', 'fixture'] as const)('the e-mail edition (%s build)', (name) => {
  const build = name === 'site' ? site : fixture;
  const editions = () =>
    sent(build)
      .newsletters.filter((n) => n.data?.status !== 'concept')
      .map((n) => ({ n, html: readFileSync(join(build.outDir, 'nieuwsbrieven', n.id, 'email.html'), 'utf8') }));

  test('passes the e-mail checks', () => {
    for (const { n, html } of editions()) expect(checkEmail(html).problems, n.id).toEqual([]);
  });

  test('every link to the site points at a page that exists in dist/', () => {
    const broken: string[] = [];
    for (const { n, html } of editions()) {
      const { links, els } = checkEmail(html);
      const origin = new URL(links.find((l) => l.includes('/nieuwsbrieven/'))!).origin;
      const srcs = els.filter((el) => el.tagName === 'img').map((el) => attr(el, 'src')!);
      for (const href of [...links, ...srcs]) {
        if (!href.startsWith(origin)) continue;
        const reason = brokenReason(new URL(href), build.outDir);
        if (reason) broken.push(`${n.id}: ${href}: ${reason}`);
      }
      expect(links, n.id).toContain(`${origin}/nieuwsbrieven/${n.id}/`);
    }
    expect(broken, listing(broken)).toEqual([]);
  });

  test('with images off, every item shows its current title', () => {
    const { entries } = sent(build);
    const titleOf = (item: Record<string, string>): string => {
      if (item.type === 'free') return item.title!;
      const collection = { practice: 'practices', news: 'news', event: 'events', region: 'regions' }[item.type!] as 'practices';
      const entry = entries[collection].find((e) => e.id === item[item.type!])!;
      return (entry.data!.title ?? entry.data!.name) as string;
    };
    for (const { n, html } of editions()) {
      const { textWithoutImages } = checkEmail(html);
      for (const section of n.data!.sections as { heading: string; items: Record<string, string>[] }[]) {
        expect(textWithoutImages).toContain(section.heading);
        for (const item of section.items) expect(textWithoutImages, `${n.id}: ${item.type}`).toContain(titleOf(item));
      }
    }
  });
});

describe('the plain-text edition (site build)', () => {
  test('has every item link of the e-mail written out on a line of its own, and no HTML', () => {
    for (const n of sent(site).newsletters.filter((x) => x.data?.status !== 'concept')) {
      const dir = join(site.outDir, 'nieuwsbrieven', n.id);
      const text = readFileSync(join(dir, 'email.txt'), 'utf8');
      const lines = new Set(text.split('\n'));
      const { links } = checkEmail(readFileSync(join(dir, 'email.html'), 'utf8'));
      const itemLinks = links.filter((l) => /^https?:/.test(l) && !l.endsWith('/nieuwsbrieven/') && new URL(l).pathname !== '/');
      const missing = [...new Set(itemLinks)].filter((l) => !lines.has(l) && !text.includes(`(${l})`));
      expect(missing, n.id).toEqual([]);
      expect(text).toContain(n.data!.title as string);
      expect(text).not.toMatch(/<\/?(?:p|a|strong|ul|li|h\d)\b/);
    }
  });
});
