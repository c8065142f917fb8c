/** /rss/nieuws.xml — every news item, newest first. */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getSite } from '../../lib/content.ts';
import { newsFeed } from '../../feeds/rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const { news, themes } = await getSite();
  return rss(newsFeed(news, new Map(themes.map((t) => [t.id, t.data.title])), site!));
};
