/**
 * /nieuwsbrieven/<id>/email.txt — the plain-text edition of each sent newsletter (the text part of
 * the e-mail), with every URL written out.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Newsletter } from '../../../lib/content.ts';
import { newsletterView, sentNewsletterPaths } from '../../../newsletter/site.ts';
import { renderNewsletterText } from '../../../newsletter/text.ts';

export const getStaticPaths = sentNewsletterPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ newsletter: Newsletter }> = async ({ props, site }) => {
  const view = await newsletterView(props.newsletter, await getSite(), site!);
  return new Response(renderNewsletterText(view), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
