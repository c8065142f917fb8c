/**
 * The Markdown pipeline for contributor text. Every Markdown body and Markdown field (a newsletter's
 * intro) is rendered by Astro's default processor, Sätteri (parsing in Rust), without the HTML a
 * contributor may have typed into the Markdown (it is dropped, as it always was here), and the result
 * then goes through hast-util-sanitize, the sanitiser behind rehype-sanitize, with one allow-list:
 * no script, event handler, javascript: URL, iframe or inline style of a contributor reaches a page.
 * The maintainers' own MDX pages (content/pages/) use Astro's default processor instead.
 *
 * Why not unified with rehype-sanitize as a plugin: at 10,000 practices that pipeline (micromark,
 * smartypants) was 43 % of the build's CPU; Sätteri renders the same Markdown about 100× faster.
 * The HTML is read back into a tree by Sätteri's own HTML parser (html5ever, which parses as the
 * HTML standard says, as parse5 does): for 10,000 practice bodies 0.8 s, where hast-util-from-html
 * (parse5) took 2.8 s.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineMdastPlugin, htmlToHast } from 'satteri';
import type { MarkdownProcessor, MarkdownRenderer } from '@astrojs/internal-helpers/markdown';
import type { Element, Root } from 'hast';
import { sanitize, defaultSchema, type Schema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import rehypeExternalLinks from 'rehype-external-links';

/**
 * GitHub's allow-list (no script, style, iframe, object, embed, form, meta, base; no event
 * handlers or style attributes), narrowed further: no form inputs, and only http(s), mailto and
 * tel links (so no javascript: or data: URLs). Ids get a prefix so they cannot clash with the page's.
 */
export const sanitizeSchema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'md-',
  // No form inputs, disclosure widgets or media sources (a <source> outside its <video> is useless).
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['input', 'details', 'summary', 'source'].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'], cite: ['http', 'https'] },
};

/** Links to other hosts open without giving them our page (added after sanitising, which drops rel). */
const externalLinks = rehypeExternalLinks({ rel: ['noopener', 'noreferrer'] }) as (tree: Root) => void;

const HEADING = /^h[1-6]$/;

const PREFIX = sanitizeSchema.clobberPrefix!;

/**
 * Sanitise rendered HTML. The processor's own heading ids (the anchors of the page's headings) keep
 * their names; every other id, including one a contributor wrote, gets the clobber prefix.
 */
export function sanitizeHtml(html: string, headingIds: ReadonlySet<string> = new Set()): string {
  const tree = sanitize(htmlToHast(html, { fragment: true }) as Root, sanitizeSchema) as Root;
  externalLinks(tree);
  tidy(tree, headingIds);
  return toHtml(tree);
}

/**
 * After sanitising: give the headings their ids back, and drop any attribute whose value holds
 * markup (< or >). Such a value is harmless where it stands, but it is how mutation XSS hides a tag
 * (`<p title="</noscript><img onerror=…>">`) for a parser that later reads it in another context.
 */
function tidy(node: Root | Element, headingIds: ReadonlySet<string>): void {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    for (const [name, value] of Object.entries(child.properties)) {
      if (String(value).includes('<') || String(value).includes('>')) delete child.properties[name];
    }
    const id = child.properties.id;
    if (HEADING.test(child.tagName) && typeof id === 'string' && id.startsWith(PREFIX) && headingIds.has(id.slice(PREFIX.length))) {
      child.properties.id = id.slice(PREFIX.length);
    }
    tidy(child, headingIds);
  }
}

/** Raw HTML in contributor Markdown is not rendered at all: Markdown is the only way to format. */
const dropRawHtml = defineMdastPlugin({
  name: 'mao-drop-raw-html',
  html(node, ctx) {
    ctx.removeNode(node);
  },
});

/** Astro's Sätteri processor with every result sanitised: the `markdown.processor` of the site. */
export function sanitizedMarkdown(): MarkdownProcessor {
  const inner = satteri({ mdastPlugins: [dropRawHtml] });
  return {
    name: 'mao-sanitized-satteri',
    options: inner.options,
    async createRenderer(shared) {
      const renderer = await inner.createRenderer(shared);
      return {
        async render(content, opts) {
          const result = await renderer.render(content, opts);
          const headingIds = new Set(result.metadata.headings.map((h) => h.slug));
          return { ...result, code: sanitizeHtml(result.code, headingIds) };
        },
      } satisfies MarkdownRenderer;
    },
  };
}

export const contributorMarkdown = sanitizedMarkdown();

let renderer: Promise<MarkdownRenderer> | undefined;

/** Render a Markdown field (not a file body) through the same sanitising pipeline, to HTML. */
export async function renderMarkdown(text: string): Promise<string> {
  renderer ??= contributorMarkdown.createRenderer({});
  const result = await (await renderer).render(text);
  return result.code;
}
