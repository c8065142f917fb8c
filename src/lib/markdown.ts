/**
 * The Markdown pipeline for contributor text. Every Markdown body and Markdown field (a newsletter's
 * intro) goes through the same processor, which ends with rehype-sanitize: no script, event
 * handler, javascript: URL, iframe or inline style of a contributor reaches a page.
 * The maintainers' own MDX pages (content/pages/) use Astro's default processor instead.
 */
import { unified } from '@astrojs/markdown-remark';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeExternalLinks from 'rehype-external-links';

/**
 * GitHub's allow-list (no script, style, iframe, object, embed, form, meta, base; no event
 * handlers or style attributes), narrowed further: no form inputs, and only http(s), mailto and
 * tel links (so no javascript: or data: URLs). Ids get a prefix so they cannot clash with the page's.
 */
export const sanitizeSchema = {
  ...defaultSchema,
  clobberPrefix: 'md-',
  tagNames: (defaultSchema.tagNames ?? []).filter((t) => !['input', 'details', 'summary'].includes(t)),
  protocols: { ...defaultSchema.protocols, href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'], cite: ['http', 'https'] },
};

export const contributorMarkdown = unified({
  rehypePlugins: [
    [rehypeSanitize, sanitizeSchema],
    // After sanitising (which drops rel): links to other hosts open without giving them our page.
    [rehypeExternalLinks, { rel: ['noopener', 'noreferrer'], target: false }],
  ],
});

let renderer: ReturnType<typeof contributorMarkdown.createRenderer> | undefined;

/** Render a Markdown field (not a file body) through the same sanitising pipeline, to HTML. */
export async function renderMarkdown(text: string): Promise<string> {
  renderer ??= contributorMarkdown.createRenderer({});
  const result = await (await renderer).render(text);
  return result.code;
}
