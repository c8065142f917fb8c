/**
 * Small helpers for the HTML that the sanitising Markdown pipeline (src/lib/markdown.ts) produces,
 * as the e-mail and plain-text editions need it: every link absolute, and the same text without
 * tags. The input is always that pipeline's output (well-formed, double-quoted attributes, no
 * script or style), so a few regular expressions are enough; this is no general HTML parser.
 */

/** Escape text for HTML (and MJML) text content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decode the character references hast-util-to-html writes (named basics and numeric ones). */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number.parseInt(ref.slice(1), 10);
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

/**
 * Make every href and src absolute against `base` (the web edition of the newsletter), so a link
 * in an e-mail works from any mail client. mailto: and tel: links stay as they are. Images get a
 * width (the e-mail's column) and scale down, as mail clients need.
 */
export function absolutizeHtml(html: string, base: URL | string, imageWidth = 552): string {
  const withUrls = html.replace(/\s(href|src)="([^"]*)"/g, (_whole, attr: string, value: string) => {
    const raw = decodeEntities(value);
    let absolute: string;
    try {
      absolute = new URL(raw, base).href;
    } catch {
      absolute = raw;
    }
    return ` ${attr}="${escapeHtml(absolute)}"`;
  });
  return withUrls.replace(/<img\b(?![^>]*\swidth=)([^>]*?)(\s*\/?)>/g, `<img$1 width="${imageWidth}" style="max-width:100%;height:auto;"$2>`);
}

const BLOCK = /<\/?(?:p|h[1-6]|ul|ol|blockquote|pre|table|thead|tbody|tr|div|hr|section|dl)\b[^>]*>/gi;

/**
 * The text of sanitised HTML, for a plain-text e-mail: paragraphs separated by a blank line, list
 * items as "- item", a link as "text (https://…)" (or just the address when the text is the address).
 */
export function htmlToText(html: string): string {
  let text = html.replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ');
  text = text.replace(/<a\b[^>]*\shref="([^"]*)"[^>]*>([\s\S]*?)<\/a>/gi, (_whole, href: string, inner: string) => {
    const url = decodeEntities(href);
    const label = decodeEntities(inner.replace(/<[^>]+>/g, '')).trim();
    const shown = url.replace(/^mailto:/, '');
    if (!label || label === url || label === shown) return shown;
    return `${inner} (${shown})`;
  });
  text = text
    .replace(/<img\b[^>]*\salt="([^"]*)"[^>]*>/gi, (_whole, alt: string) => (alt ? `[${alt}]` : ''))
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/li>/gi, '')
    .replace(/<(?:td|th)\b[^>]*>/gi, ' ')
    .replace(BLOCK, '\n\n')
    .replace(/<[^>]+>/g, '');
  text = decodeEntities(text);
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The first paragraph of sanitised HTML as text (for a feed description or a preheader). */
export function firstParagraph(html: string): string {
  return htmlToText(html).split(/\n\n/)[0] ?? '';
}
