/**
 * The newsletter resolved against the built site: each item shows what the web edition shows
 * (`showItem`, one definition for all editions) plus the entry's image, and the intro goes through
 * the sanitising Markdown pipeline. The build has already refused a newsletter that points at a
 * draft or missing entry (src/model/rules.ts), so every item resolves here.
 */
import { getSite, type Newsletter, type Site } from '../lib/content.ts';
import { showItem } from './shown-item.ts';
import { renderMarkdown } from '../lib/markdown.ts';
import { newsletterSignupUrl } from '../config/site.ts';
import { buildNewsletterView, type NewsletterView, type ResolvedItem } from './model.ts';

type Item = Newsletter['data']['sections'][number]['items'][number];

function imageOf(item: Item, site: Site): ResolvedItem['image'] {
  if (item.type === 'practice') return site.byId.practices.get(item.practice)?.data.image;
  if (item.type === 'news') return site.byId.news.get(item.news)?.data.image;
  return undefined;
}

export async function newsletterView(newsletter: Newsletter, site: Site, siteUrl: URL | string): Promise<NewsletterView> {
  const { data } = newsletter;
  const sections = data.sections.map((section, s) => ({
    heading: section.heading,
    items: section.items.map((item, i): ResolvedItem => {
      const shown = showItem(item, site);
      // Unreachable after the content check; a clear line if that check is ever bypassed.
      if (!shown) throw new Error(`content/newsletters/${newsletter.id}.md: blok ${s + 1}, item ${i + 1}: verwijst naar iets dat niet (meer) gepubliceerd is`);
      const image = imageOf(item, site);
      return image ? { ...shown, image: { src: image.src, alt: image.alt } } : shown;
    }),
  }));
  return buildNewsletterView(
    { id: newsletter.id, title: data.title, number: data.number, date: data.date, introHtml: await renderMarkdown(data.intro), sections },
    { site: siteUrl, signupUrl: newsletterSignupUrl() },
  );
}

/** The paths of a sent newsletter's editions (/nieuwsbrieven/<id>/email.html and email.txt). */
export async function sentNewsletterPaths() {
  const site = await getSite();
  return site.newsletters.map((newsletter) => ({ params: { id: newsletter.id }, props: { newsletter } }));
}
