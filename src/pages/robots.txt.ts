import type { APIRoute } from 'astro';
import { routes } from '../routes.ts';

/** The CMS admin and the bureau's curation view are not for search engines. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = new URL(routes.sitemapIndex, site).href;
  const body = ['User-agent: *', 'Disallow: /admin/', `Disallow: ${routes.newsletterCuration}`, `Disallow: ${routes.maintenance}`, '', `Sitemap: ${sitemap}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
