/**
 * The e-mail and plain-text editions of a newsletter, built from a made-up newsletter (no Astro,
 * no build): single column, inlined styles, no script, under 100 KB, preheader, images with alt and
 * width, every link absolute; the text edition with every URL written out.
 */
import { describe, expect, test } from 'vitest';
import { buildNewsletterView, preheaderFor, type NewsletterInput, type ResolvedItem } from '../../src/newsletter/model.ts';
import { newsletterMjml, renderNewsletterEmail } from '../../src/newsletter/email.ts';
import { renderNewsletterText, TEXT_WIDTH, wrap } from '../../src/newsletter/text.ts';
import { absolutizeHtml, htmlToText } from '../../src/newsletter/html.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { checkEmail } from '../support/email-checks.ts';

const SITE = 'https://www.example.nl';

const practice: ResolvedItem = {
  kind: 'Praktijkvoorbeeld',
  title: 'Dokwerk: vmbo-lesstof in een kleine groep',
  text: 'Leerlingen krijgen twee jaar les in een kleine groep & stromen dan door.',
  href: '/praktijkvoorbeelden/dokwerk/',
  external: false,
  image: { src: '/uploads/dokwerk.jpg', alt: 'Leerlingen aan het werk in de werkplaats' },
};
const event: ResolvedItem = {
  kind: 'Agenda',
  title: 'Netwerkbijeenkomst <voorjaar>',
  text: 'Een ochtend met lunch.',
  when: { text: 'donderdag 12 maart 2026, 09:30 tot 13:00 uur', datetime: '2026-03-12T09:30:00+01:00' },
  href: '/agenda/netwerkbijeenkomst/',
  external: false,
};
const free: ResolvedItem = { title: 'Monitor AOJ', text: 'Cijfers per gemeente.', href: 'https://www.nji.nl/monitor-aoj', external: true };

async function input(intro: string, sections = [{ heading: 'Praktijk', items: [practice, event] }, { heading: 'Handig', items: [free] }]): Promise<NewsletterInput> {
  return { id: 'nieuwsbrief-3', title: 'Nieuwsbrief maart 2026', number: 3, date: '2026-03-02', introHtml: await renderMarkdown(intro), sections };
}

const INTRO = [
  'Welkom bij **nummer 3**. Lees ook [over het netwerk](/over/) en [de agenda](../../agenda/).',
  '',
  '- eerste punt',
  '- tweede punt',
  '',
  '<script>alert(1)</script>',
  '',
  'Mail ons: [metandereogen@onderwijsjeugd.nl](mailto:metandereogen@onderwijsjeugd.nl).',
].join('\n');

describe('the e-mail edition', () => {
  test('is one column of at most 600 px, styles inlined, no script, under 100 KB, with a preheader', async () => {
    const view = buildNewsletterView(await input(INTRO), { site: SITE, signupUrl: 'https://bureau.example.nl/aanmelden' });
    const html = await renderNewsletterEmail(view);
    const check = checkEmail(html);
    expect(check.problems).toEqual([]);
    expect(check.preheader).toBe('In deze nieuwsbrief: Praktijk en Handig.');
    expect(html).toMatch(/<html lang="nl"/);
    expect(html).toContain('<title>Nieuwsbrief maart 2026</title>');
  });

  test('every link is absolute: items, intro links (also relative ones), web edition, archive, sign-up', async () => {
    const view = buildNewsletterView(await input(INTRO), { site: SITE, signupUrl: 'https://bureau.example.nl/aanmelden' });
    const { links } = checkEmail(await renderNewsletterEmail(view));
    expect(links).toEqual(
      expect.arrayContaining([
        'https://www.example.nl/praktijkvoorbeelden/dokwerk/',
        'https://www.example.nl/agenda/netwerkbijeenkomst/',
        'https://www.nji.nl/monitor-aoj',
        'https://www.example.nl/over/',
        'https://www.example.nl/agenda/',
        'https://www.example.nl/nieuwsbrieven/nieuwsbrief-3/',
        'https://www.example.nl/nieuwsbrieven/',
        'https://bureau.example.nl/aanmelden',
        'mailto:metandereogen@onderwijsjeugd.nl',
      ]),
    );
  });

  test('an image has its alt text and the column width; with images off every title and text is still there', async () => {
    const view = buildNewsletterView(await input(INTRO), { site: SITE });
    const check = checkEmail(await renderNewsletterEmail(view));
    const img = check.els.find((el) => el.tagName === 'img');
    expect(img?.attrs).toEqual(
      expect.arrayContaining([
        { name: 'src', value: 'https://www.example.nl/uploads/dokwerk.jpg' },
        { name: 'alt', value: 'Leerlingen aan het werk in de werkplaats' },
        { name: 'width', value: '552' },
      ]),
    );
    for (const words of ['Met Andere Ogen', 'Nieuwsbrief maart 2026', practice.title, practice.text!, 'Netwerkbijeenkomst <voorjaar>', event.when!.text, free.title, 'Lees verder op nji.nl']) {
      expect(check.textWithoutImages).toContain(words);
    }
  });

  test('contributor text is escaped and the intro is sanitised', async () => {
    const view = buildNewsletterView(await input(INTRO), { site: SITE });
    const html = await renderNewsletterEmail(view);
    expect(html).toContain('Netwerkbijeenkomst &lt;voorjaar&gt;');
    expect(html).toContain('twee jaar les in een kleine groep &amp; stromen');
    expect(html).not.toMatch(/alert\(1\)<\/script>|<script/);
  });

  test('no sign-up link when none is configured', async () => {
    const view = buildNewsletterView(await input(INTRO), { site: SITE, signupUrl: undefined });
    const html = await renderNewsletterEmail(view);
    expect(html).not.toContain('Meld je aan');
    expect(newsletterMjml(view)).not.toContain('Doorgestuurd gekregen');
  });

  test('a newsletter too big for mail clients stops the build with a clear message', async () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ ...event, title: `Bijeenkomst ${i}`, href: `/agenda/b-${i}/` }));
    const view = buildNewsletterView(await input('Veel.', [{ heading: 'Alles', items: many }]), { site: SITE });
    await expect(renderNewsletterEmail(view)).rejects.toThrow(/Nieuwsbrief nieuwsbrief-3: de e-mail is \d+ KB; toegestaan: hoogstens 100 KB/);
  });
});

describe('the plain-text edition', () => {
  test('has the same content with every URL written out on its own line', async () => {
    const view = buildNewsletterView(await input(INTRO), { site: SITE, signupUrl: 'https://bureau.example.nl/aanmelden' });
    const text = renderNewsletterText(view);
    const lines = text.split('\n');
    for (const url of [
      'https://www.example.nl/nieuwsbrieven/nieuwsbrief-3/',
      'https://www.example.nl/praktijkvoorbeelden/dokwerk/',
      'https://www.example.nl/agenda/netwerkbijeenkomst/',
      'https://www.nji.nl/monitor-aoj',
      'https://bureau.example.nl/aanmelden',
      'https://www.example.nl/nieuwsbrieven/',
    ]) {
      expect(lines, url).toContain(url);
    }
    expect(text.replace(/\s+/g, ' ')).toContain('over het netwerk (https://www.example.nl/over/)');
    expect(text).toContain('- eerste punt\n- tweede punt');
    expect(text).toContain('Netwerkbijeenkomst <voorjaar>');
    expect(text).toContain('Agenda · donderdag 12 maart 2026, 09:30 tot 13:00 uur');
    expect(text).not.toMatch(/<\/?(?:p|a|strong|em|ul|li|script)\b/);
    expect(text).not.toContain('alert(1)');
  });

  test(`lines are at most ${TEXT_WIDTH} characters, except a URL`, async () => {
    const view = buildNewsletterView(await input(INTRO), { site: SITE });
    const long = renderNewsletterText(view)
      .split('\n')
      .filter((line) => line.length > TEXT_WIDTH && !/^(?:https?:|mailto:)\S+$/.test(line));
    expect(long).toEqual([]);
  });
});

describe('helpers', () => {
  test('preheader: the section headings, shortened to 140 characters', () => {
    expect(preheaderFor(['Nieuws'])).toBe('In deze nieuwsbrief: Nieuws.');
    expect(preheaderFor(['A', 'B', 'C'])).toBe('In deze nieuwsbrief: A, B en C.');
    expect(preheaderFor(Array.from({ length: 30 }, (_, i) => `Blok nummer ${i}`)).length).toBeLessThanOrEqual(140);
  });

  test('absolutizeHtml resolves against the web edition and keeps mailto:', () => {
    const html = '<p><a href="/over/">a</a> <a href="#md-x">b</a> <a href="mailto:x@y.nl">c</a> <img src="/uploads/a.png" alt="A"></p>';
    expect(absolutizeHtml(html, 'https://s.nl/nieuwsbrieven/n/')).toBe(
      '<p><a href="https://s.nl/over/">a</a> <a href="https://s.nl/nieuwsbrieven/n/#md-x">b</a> <a href="mailto:x@y.nl">c</a> <img src="https://s.nl/uploads/a.png" alt="A" width="552" style="max-width:100%;height:auto;"></p>',
    );
  });

  test('htmlToText: paragraphs, lists, links and entities', () => {
    expect(htmlToText('<h2>Kop</h2>\n<p>Een &amp; twee\nen <a href="https://x.nl/">drie</a>.</p><ul>\n<li>a</li>\n<li>b</li>\n</ul><p><a href="https://y.nl/">https://y.nl/</a></p>')).toBe(
      'Kop\n\nEen & twee en drie (https://x.nl/).\n\n- a\n- b\n\nhttps://y.nl/',
    );
  });

  test('wrap keeps words whole and indents continuation lines', () => {
    expect(wrap('een twee drie vier', 9, '  ')).toBe('een twee\n  drie\n  vier');
  });
});
