/** /rss/thema|advies|regio|community/<id>.xml — what is new in one group or community (src/feeds/follow.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import rss from '@astrojs/rss';
import { getSite } from '../../../lib/content.ts';
import { followFeed, followSubjects, type FollowSubject } from '../../../feeds/follow.ts';
import { FOLLOW_SEGMENTS } from '../../../routes.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return followSubjects(site).map((subject) => ({ params: { kind: FOLLOW_SEGMENTS[subject.kind], id: subject.id }, props: { subject } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ subject: FollowSubject }> = ({ props, site }) => rss(followFeed(props.subject, site!));
