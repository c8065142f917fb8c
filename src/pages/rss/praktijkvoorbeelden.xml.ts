/** /rss/praktijkvoorbeelden.xml — every published practice, newest first (drafts are never in the store). */
import type { APIRoute } from 'astro';
import rss from '@astrojs/rss';
import { getSite } from '../../lib/content.ts';
import { practicesFeed } from '../../feeds/rss.ts';

export const GET: APIRoute = async ({ site }) => {
  const { practices, themes } = await getSite();
  return rss(practicesFeed(practices, new Map(themes.map((t) => [t.id, t.data.title])), site!));
};
