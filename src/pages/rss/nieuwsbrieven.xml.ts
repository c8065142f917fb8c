/** /rss/nieuwsbrieven.xml — every sent newsletter with its full content; concepts are not in site.newsletters. */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getSite } from '../../lib/content.ts';
import { newslettersFeed } from '../../feeds/rss.ts';
import { newsletterView } from '../../newsletter/site.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await getSite();
  const views = await Promise.all(content.newsletters.map((n) => newsletterView(n, content, site!)));
  return rss(newslettersFeed(views, site!));
};
