/**
 * src/lib/markdown.ts: every contributor Markdown text goes through this sanitising pipeline. Nothing
 * that runs script or changes the page may come out; ordinary Markdown must survive.
 * (tests/site/build.site.test.ts checks the same on built pages, for bodies and a newsletter intro.)
 */
import { describe, expect, test } from 'vitest';
import { parseFragment } from 'parse5';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { XSS_CORPUS } from '../support/xss-corpus.ts';
import type { Node5 } from '../support/dist.ts';

/** Everything a hostile contributor might try; none of it may survive. */
const ATTACKS: [string, string][] = [
  ['a script element', 'Tekst <script>alert("xss-script")</script> meer tekst'],
  ['a script element on its own', '<script src="https://evil.example/x.js"></script>'],
  ['an onerror handler', '<img src="foto.jpg" onerror="alert(\'xss-onerror\')">'],
  ['an onclick handler', '<p onclick="alert(1)">klik</p>'],
  ['an svg onload handler', '<svg onload="alert(1)"><circle r="1"/></svg>'],
  ['a javascript: Markdown link', '[klik hier](javascript:alert(1))'],
  ['a javascript: link in mixed case', '[klik](JaVaScRiPt:alert(1))'],
  ['an encoded javascript: link', '<a href="jav&#x61;script:alert(1)">klik</a>'],
  ['a javascript: HTML link', '<a href="javascript:alert(1)">klik</a>'],
  ['an iframe', '<iframe src="https://evil.example/"></iframe>'],
  ['a style attribute', '<p style="position:fixed;top:0">overlay</p>'],
  ['a style element', '<style>body{display:none}</style>'],
  ['an image with a javascript: source', '<img src="javascript:alert(1)" alt="x">'],
  ['a Markdown image with a javascript: source', '![x](javascript:alert(1))'],
  ['an image with a data: source', '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" alt="x">'],
  ['an object', '<object data="https://evil.example/x.swf"></object>'],
  ['an embed', '<embed src="https://evil.example/x.swf">'],
  ['a form', '<form action="https://evil.example/"><button>Verstuur</button></form>'],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">'],
  ['a base element', '<base href="https://evil.example/">'],
];

const FORBIDDEN = [
  /<script/i,
  /<iframe/i,
  /<object/i,
  /<embed/i,
  /<form/i,
  /<meta/i,
  /<base/i,
  /<style/i,
  /<svg/i,
  /\son[a-z]+\s*=/i,
  /\sstyle\s*=/i,
  /javascript:/i,
  /jav&#x61;script/i,
  /\ssrc="data:/i,
  /\shref="data:/i,
];

describe('sanitising', () => {
  test.each(ATTACKS)('%s is removed', async (_, markdown) => {
    const html = await renderMarkdown(markdown);
    for (const pattern of FORBIDDEN) expect(html, `${pattern} in ${html}`).not.toMatch(pattern);
  });

  test('the text around a removed element stays', async () => {
    // Inline, the script's content may remain as inert text; it must not remain a script.
    const html = await renderMarkdown('Tekst <script>alert("xss-script")</script> meer tekst');
    expect(html).toContain('Tekst');
    expect(html).toContain('meer tekst');
    expect(html).not.toMatch(/<script/i);
  });

  test('a link with a javascript: URL keeps its text but loses its target', async () => {
    const html = await renderMarkdown('[klik hier](javascript:alert(1))');
    expect(html).toContain('klik hier');
    expect(html).not.toMatch(/href="javascript/i);
  });

  test('ids from contributor HTML cannot clash with the page\'s own ids', async () => {
    const html = await renderMarkdown('<a id="inhoud" name="inhoud">x</a>');
    expect(html).not.toMatch(/\sid="inhoud"/);
    expect(html).not.toMatch(/\sname="inhoud"/);
  });
});

/** Elements that have no place in sanitised contributor HTML: they run, load, submit or restyle. */
const DANGEROUS_TAGS = new Set(
  'script style iframe frame frameset object embed applet portal form button input textarea select option meta base link svg math template noscript noembed noframes xmp plaintext body html head title video audio source track animate set image use isindex marquee'.split(' '),
);
/** Attributes whose value is a URL (something is loaded, run or submitted there). */
const URL_ATTRIBUTES = new Set('href src srcset action formaction data poster background cite xlink:href ping longdesc usemap dynsrc lowsrc'.split(' '));

/** Everything dangerous in an HTML fragment, parsed as a browser would (template contents included). */
function dangers(html: string): string[] {
  const found: string[] = [];
  const walk = (node: Node5) => {
    for (const el of node.childNodes ?? []) {
      if (el.tagName) {
        if (DANGEROUS_TAGS.has(el.tagName)) found.push(`<${el.tagName}>`);
        for (const a of el.attrs ?? []) {
          const name = (a as { prefix?: string }).prefix ? `${(a as { prefix?: string }).prefix}:${a.name}` : a.name;
          if (/^on/i.test(name) || ['style', 'srcdoc', 'formaction', 'action'].includes(name)) found.push(`<${el.tagName} ${name}="${a.value}">`);
          // Browsers drop whitespace and control characters inside a URL's scheme.
          const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(a.value.replace(/[\u0000-\u0020]/g, ''))?.[1]?.toLowerCase();
          if (URL_ATTRIBUTES.has(name) && scheme && !['http', 'https', 'mailto', 'tel'].includes(scheme)) found.push(`<${el.tagName} ${name}="${a.value}">`);
          if (/top\.xss\d+=1/.test(a.value)) found.push(`<${el.tagName} ${name}="${a.value}">`);
        }
        if (el.content) walk(el.content);
      }
      walk(el);
    }
  };
  walk(parseFragment(html) as unknown as Node5);
  return found;
}

describe('the XSS corpus (tests/support/xss-corpus.ts), each vector alone', () => {
  test('has at least 20 vectors, each with its own number', () => {
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(20);
    expect(new Set(XSS_CORPUS.map((v) => v.n)).size).toBe(XSS_CORPUS.length);
  });

  test('the check finds what it looks for', () => {
    expect(dangers('<p>gewoon <a href="https://www.example.org/">link</a> <img src="/a.png" alt=""></p>')).toEqual([]);
    expect(dangers('<img src=x onerror=alert(1)>')).toEqual(['<img onerror="alert(1)">']);
    expect(dangers('<a href=" java\tscript:x">a</a>')).toHaveLength(1);
    expect(dangers('<svg><a xlink:href="javascript:x">a</a></svg>')).toEqual(['<svg>', '<a xlink:href="javascript:x">']);
    expect(dangers('<template><p style="x">a</p></template>')).toEqual(['<template>', '<p style="x">']);
  });

  test.each(XSS_CORPUS.map((v) => [v.n, v.name, v.source] as const))('%i: %s', async (_n, _name, source) => {
    const html = await renderMarkdown(source);
    expect(dangers(html), html).toEqual([]);
  });
});

describe('ordinary Markdown survives', () => {
  const text = [
    '## Aanpak',
    '',
    'Een alinea met *nadruk*, **sterke nadruk** en een [link naar het NJi](https://www.nji.nl/).',
    '',
    '- eerste punt',
    '- tweede punt',
    '',
    '1. stap een',
    '2. stap twee',
    '',
    '### Contact',
    '',
    'Mail [ons](mailto:info@example.org) of bel [030 123 45 67](tel:+31301234567).',
    '',
    '> Een citaat.',
    '',
    '| Jaar | Aantal |',
    '| --- | --- |',
    '| 2019 | 12 |',
  ].join('\n');

  test('headings, lists, links, emphasis, quotes and tables', async () => {
    const html = await renderMarkdown(text);
    expect(html).toMatch(/<h2[^>]*>Aanpak<\/h2>/);
    expect(html).toMatch(/<h3[^>]*>Contact<\/h3>/);
    expect(html).toContain('<em>nadruk</em>');
    expect(html).toContain('<strong>sterke nadruk</strong>');
    // Links may gain attributes (rel="noopener noreferrer" on external links); the target and text stay.
    expect(html).toMatch(/<a href="https:\/\/www\.nji\.nl\/"[^>]*>link naar het NJi<\/a>/);
    expect(html).toMatch(/<ul>\s*<li>eerste punt<\/li>\s*<li>tweede punt<\/li>\s*<\/ul>/);
    expect(html).toMatch(/<ol>\s*<li>stap een<\/li>\s*<li>stap twee<\/li>\s*<\/ol>/);
    expect(html).toMatch(/<a href="mailto:info@example\.org"[^>]*>ons<\/a>/);
    expect(html).toMatch(/<a href="tel:\+31301234567"[^>]*>030 123 45 67<\/a>/);
    expect(html).toMatch(/<blockquote>\s*<p>Een citaat\.<\/p>\s*<\/blockquote>/);
    expect(html).toMatch(/<table>[\s\S]*<th>Jaar<\/th>[\s\S]*<td>2019<\/td>[\s\S]*<\/table>/);
  });

  test('an image with alt text and an https source', async () => {
    const html = await renderMarkdown('![Kinderen op het schoolplein](https://www.example.org/foto.jpg)');
    expect(html).toMatch(/<img src="https:\/\/www\.example\.org\/foto\.jpg" alt="Kinderen op het schoolplein"[^>]*>/);
  });

  test('an intro with inline Markdown (as in a newsletter)', async () => {
    expect((await renderMarkdown('Welkom bij de **eerste** nieuwsbrief.')).trim()).toBe('<p>Welkom bij de <strong>eerste</strong> nieuwsbrief.</p>');
  });
});
