/**
 * The text of a built page as Pagefind indexes it, read without a DOM: the element with
 * data-pagefind-body, without what it marks data-pagefind-ignore (any value: "index" and "all" both
 * keep the text out of the index), scripts and styles. Used at index time to learn the site's own
 * words (src/search/search-terms.ts) and to add the hidden search terms to the page.
 *
 * A small tag scanner is enough: the pages are Astro's own output (well-formed, end tags written).
 */

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title']);

/** The element the build adds with extra search terms; never read back as the page's own text. */
export const SEARCH_TERMS_ATTR = 'data-search-terms';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', shy: '' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code === 0xad ? '' : String.fromCodePoint(code);
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

export interface IndexedText {
  /** The indexed text, with a space wherever a tag was. */
  text: string;
  /** Where the body element's end tag starts: the hidden search terms go just before it. */
  end: number;
  /** Earlier search terms the build added (start and end in the HTML), to be replaced. */
  previous?: [number, number];
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const ATTRS = new Map<string, RegExp>();
const hasAttr = (attrs: string, name: string) => {
  if (!attrs.includes(name)) return false;
  let pattern = ATTRS.get(name);
  if (!pattern) ATTRS.set(name, (pattern = new RegExp(`(?:^|\\s)${name}(?:\\s|=|/|$)`)));
  return pattern.test(attrs);
};

/** The indexed text of a page, or null when nothing of it is indexed (no data-pagefind-body). */
export function readIndexedText(html: string): IndexedText | null {
  const parts: string[] = [];
  /** Open elements inside the body: name, and whether it started an ignored stretch. */
  const stack: { name: string; ignore: boolean; start: number; terms: boolean }[] = [];
  let inBody = false;
  let ignoring = 0;
  let previous: [number, number] | undefined;
  let last = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    if (inBody && ignoring === 0 && m.index > last) parts.push(html.slice(last, m.index));
    last = TAG.lastIndex;
    const [whole, closing, rawName, attrs = ''] = m;
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    if (!closing) {
      if (!inBody) {
        if (hasAttr(attrs, 'data-pagefind-body')) {
          inBody = true;
          stack.push({ name, ignore: false, start: m.index, terms: false });
        }
        if (RAW_TEXT.has(name)) last = skipRawText(html, name, last);
        TAG.lastIndex = last;
        continue;
      }
      if (RAW_TEXT.has(name)) {
        last = TAG.lastIndex = skipRawText(html, name, last);
        continue;
      }
      if (VOID.has(name) || whole.endsWith('/>')) {
        if (ignoring === 0) parts.push(' ');
        continue;
      }
      const terms = hasAttr(attrs, SEARCH_TERMS_ATTR);
      const ignore = terms || hasAttr(attrs, 'data-pagefind-ignore');
      if (ignore) ignoring++;
      stack.push({ name, ignore, start: m.index, terms });
      if (ignoring === 0) parts.push(' ');
    } else if (inBody) {
      const at = stack.map((s) => s.name).lastIndexOf(name);
      if (at < 0) continue; // a stray end tag
      while (stack.length > at) {
        const open = stack.pop()!;
        if (open.ignore) ignoring--;
        if (open.terms) previous = [open.start, TAG.lastIndex];
      }
      if (stack.length === 0) return { text: decodeEntities(parts.join('')), end: m.index, ...(previous ? { previous } : {}) };
      if (ignoring === 0) parts.push(' ');
    }
  }
  return inBody ? { text: decodeEntities(parts.join('')), end: html.length, ...(previous ? { previous } : {}) } : null;
}

const RAW_END = new Map([...RAW_TEXT].map((name) => [name, new RegExp(`</${name}[^>]*>`, 'gi')]));

/** Where the text of a script, style, textarea or title that starts at `from` ends (after its end tag). */
function skipRawText(html: string, name: string, from: number): number {
  const end = RAW_END.get(name)!;
  end.lastIndex = from;
  return end.exec(html) ? end.lastIndex : html.length;
}

/**
 * The words of a text as the search sees them: lower case, letters and digits (a hyphen, apostrophe
 * or other sign ends a word, as Pagefind also indexes the parts of "onderwijs-zorgarrangement").
 */
export function searchWords(text: string): string[] {
  return text.toLowerCase().normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? [];
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Weights (Pagefind's data-pagefind-weight; body text is 1): a whole word always counts more. */
export const SEARCH_TERM_WEIGHTS = { synonyms: 0.6, parts: 0.05 } as const;

export interface SearchTerms {
  /** Other forms of glossary terms the page uses (abbreviation or written out). */
  synonyms: string[];
  /** Parts of the page's compound words. */
  parts: string[];
}

/**
 * The page with the extra search terms in one hidden element at the end of its indexed body (in place
 * of any the build added before), each kind at its lower weight; unchanged when there are none.
 */
export function withSearchTerms(html: string, read: Omit<IndexedText, 'text'>, terms: SearchTerms): string {
  const spans = (['synonyms', 'parts'] as const)
    .filter((kind) => terms[kind].length > 0)
    .map((kind) => `<span data-pagefind-weight="${SEARCH_TERM_WEIGHTS[kind]}">${escapeHtml(terms[kind].join(' '))}</span>`);
  const element = spans.length ? `<div hidden ${SEARCH_TERMS_ATTR}>${spans.join(' ')}</div>` : '';
  if (read.previous) {
    const [from, to] = read.previous;
    return html.slice(0, from) + element + html.slice(to);
  }
  return element ? html.slice(0, read.end) + element + html.slice(read.end) : html;
}
