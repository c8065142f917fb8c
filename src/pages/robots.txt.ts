import type { APIRoute } from 'astro';

/** The CMS admin and the bureau's curation view are not for search engines. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL('/sitemap-index.xml', site).href;
  const body = ['User-agent: *', 'Disallow: /admin/', 'Disallow: /nieuwsbrieven/nieuw-sinds-vorige/', '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
