import type { APIRoute } from 'astro';

/**
 * The one print rule that needs the site's own address (SITE_URL): a link to a page of the site
 * prints its full web address, "(https://…/regios/twente/)", not a path that means nothing on paper.
 * A stylesheet of its own (linked with media="print") because the Content-Security-Policy allows no
 * inline styles; the rest of the print styles are in src/styles/print.css.
 */
export const GET: APIRoute = ({ site }) => {
  const origin = new URL(site ?? 'http://localhost:4321').origin;
  const body = `/* Print: internal links with their full web address (generated from SITE_URL). */
@media print {
  main a[href^='/']::after { content: ' (' ${JSON.stringify(origin)} attr(href) ')'; font-size: 0.85em; overflow-wrap: anywhere; }
  main .card a::after, main .tags a::after, main nav a::after, main a[href^='/#']::after { content: none; }
}
`;
  return new Response(body, { headers: { 'Content-Type': 'text/css; charset=utf-8' } });
};
