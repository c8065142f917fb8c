/**
 * /nieuwsbrieven/<id>/email.html — the e-mail edition of each sent newsletter, for the programme
 * bureau to import into its mailing tool. A concept newsletter is not in site.newsletters, so it
 * gets no file.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, type Newsletter } from '../../../lib/content.ts';
import { newsletterView, sentNewsletterPaths } from '../../../newsletter/site.ts';
import { renderNewsletterEmail } from '../../../newsletter/email.ts';

export const getStaticPaths = sentNewsletterPaths satisfies GetStaticPaths;

export const GET: APIRoute<{ newsletter: Newsletter }> = async ({ props, site }) => {
  const view = await newsletterView(props.newsletter, await getSite(), site!);
  return new Response(await renderNewsletterEmail(view), { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
