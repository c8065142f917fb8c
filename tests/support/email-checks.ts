/**
 * What an e-mail edition must be, as one list of problems (empty when all is well), shared by the
 * unit tests (a made-up newsletter) and the site tests (every built email.html).
 */
import { attr, elements, parseHtml, text, type Node5 } from './dist.ts';

export const MAX_BYTES = 100 * 1024;
export const MAX_WIDTH = 600;

export interface EmailCheck {
  problems: string[];
  els: Node5[];
  /** Every href in the body. */
  links: string[];
  /** The visible text with images off (alt texts not counted), whitespace collapsed. */
  textWithoutImages: string;
  preheader: string;
}

function body(els: Node5[]): Node5 | undefined {
  return els.find((el) => el.tagName === 'body');
}

export function checkEmail(html: string): EmailCheck {
  const problems: string[] = [];
  const els = elements(parseHtml(html));
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes >= MAX_BYTES) problems.push(`${bytes} bytes, not under ${MAX_BYTES}`);
  if (/<script\b/i.test(html) || els.some((el) => el.tagName === 'script')) problems.push('has a <script>');
  if (els.some((el) => el.tagName === 'link' && /stylesheet/i.test(attr(el, 'rel') ?? ''))) problems.push('loads a stylesheet');
  if (!/^<!doctype html>/i.test(html.trimStart())) problems.push('no doctype');

  // One column, at most 600 px wide.
  for (const el of els) {
    const width = attr(el, 'width');
    if (width && /^\d+$/.test(width) && Number(width) > MAX_WIDTH) problems.push(`<${el.tagName} width="${width}">`);
    const style = attr(el, 'style') ?? '';
    for (const m of style.matchAll(/(?:^|;)\s*(?:max-)?width\s*:\s*(\d+)px/g)) if (Number(m[1]) > MAX_WIDTH) problems.push(`<${el.tagName} style="…${m[0]}…">`);
    const cls = attr(el, 'class') ?? '';
    for (const m of cls.matchAll(/mj-column-per-(\d+)/g)) if (m[1] !== '100') problems.push(`a column of ${m[1]} %: more than one column`);
  }
  if (!/max-width:\s*600px/.test(html)) problems.push('no max-width: 600px container');

  // Styles inlined: every heading, paragraph and link in the body carries its own style.
  const b = body(els);
  const inBody = b ? elements(b) : [];
  for (const el of inBody) {
    if (['h1', 'h2', 'h3', 'p', 'a'].includes(el.tagName!) && !attr(el, 'style')) problems.push(`<${el.tagName}> without inline style: "${text(el).trim().slice(0, 40)}"`);
  }

  // Images: alt (may be empty for decoration) and a width.
  for (const el of inBody.filter((e) => e.tagName === 'img')) {
    if (attr(el, 'alt') === undefined) problems.push(`<img src="${attr(el, 'src')}"> without alt`);
    if (!/^\d+$/.test(attr(el, 'width') ?? '')) problems.push(`<img src="${attr(el, 'src')}"> without a width`);
    if (!/^https?:\/\//.test(attr(el, 'src') ?? '')) problems.push(`<img src="${attr(el, 'src')}"> not absolute`);
  }

  // Every link absolute.
  const links = inBody.filter((e) => e.tagName === 'a' && attr(e, 'href') !== undefined).map((e) => attr(e, 'href')!);
  for (const href of links) if (!/^(?:https?:\/\/|mailto:)/.test(href)) problems.push(`link not absolute: ${href}`);

  // The preheader: MJML's hidden first element of the body.
  const hidden = inBody.find((el) => /display:\s*none/.test(attr(el, 'style') ?? ''));
  const preheader = hidden ? text(hidden).replace(/[\s\u200c\u00a0\u034f]+/g, ' ').trim() : '';
  if (!preheader) problems.push('no preheader');

  const visible = (node: Node5): string => {
    if (node.nodeName === '#text') return node.value ?? '';
    if (node.tagName === 'img' || node.tagName === 'style' || node.nodeName === '#comment') return ' ';
    return (node.childNodes ?? []).map(visible).join(' ');
  };
  const textWithoutImages = b ? visible(b).replace(/\s+/g, ' ') : '';
  return { problems, els, links, textWithoutImages, preheader };
}
