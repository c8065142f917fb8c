/**
 * A newsletter as its e-mail and plain-text editions show it: every item already resolved to the
 * entry it points at (its current title, summary and page), every URL absolute. Pure: the items
 * come in resolved (see site.ts, which uses the web edition's own `showItem`), so the editions can
 * be unit-tested without Astro.
 */
import type { ShownItem } from './shown-item.ts';
import { formatDate } from '../lib/dates.ts';
import { joinDutch, shorten } from '../lib/format.ts';
import { absolutizeHtml, htmlToText } from './html.ts';
import { routes } from '../routes.ts';

/** Width of the e-mail's single column, and of the content inside its padding. */
export const EMAIL_WIDTH = 600;
export const EMAIL_PADDING = 24;
export const EMAIL_CONTENT_WIDTH = EMAIL_WIDTH - 2 * EMAIL_PADDING;

/** A resolved item as the site resolves it, plus the entry's image when it has one. */
export type ResolvedItem = ShownItem & { image?: { src: string; alt: string } };

export interface NewsletterInput {
  id: string;
  title: string;
  number: number;
  /** YYYY-MM-DD */
  date: string;
  /** The intro, already rendered by the sanitising Markdown pipeline. */
  introHtml: string;
  sections: { heading: string; items: ResolvedItem[] }[];
}

export interface ItemView {
  /** "Praktijkvoorbeeld", "Nieuws", "Agenda", "Inspiratieregio"; none for a free item. */
  kind?: string;
  title: string;
  text?: string;
  when?: string;
  /** Absolute. */
  url: string;
  /** A free item's link to another site; `host` names that site ("nji.nl"). */
  external: boolean;
  host?: string;
  /** Absolute src; alt may be empty for a purely decorative image. */
  image?: { src: string; alt: string; width: number };
}

export interface NewsletterView {
  id: string;
  title: string;
  number: number;
  date: string;
  /** "15 januari 2020" */
  dateText: string;
  /** Sanitised HTML with absolute links. */
  introHtml: string;
  introText: string;
  /** The line mail clients show after the subject. */
  preheader: string;
  sections: { heading: string; items: ItemView[] }[];
  links: {
    home: string;
    web: string;
    email: string;
    text: string;
    archive: string;
    /** The bureau's sign-up page; none when NEWSLETTER_SIGNUP_URL is set empty. */
    signup?: string;
  };
}

/** The three editions of a newsletter and the archive, as site paths. */
export const newsletterPaths = {
  archive: routes.list('newsletters'),
  web: routes.newsletter,
  email: routes.newsletterEmail,
  text: routes.newsletterText,
} as const;

/** "In deze nieuwsbrief: Nieuws, Praktijkvoorbeelden en Agenda." — at most 140 characters. */
export function preheaderFor(headings: readonly string[]): string {
  return shorten(`In deze nieuwsbrief: ${joinDutch(headings)}.`, 140);
}

export function buildNewsletterView(input: NewsletterInput, options: { site: URL | string; signupUrl?: string }): NewsletterView {
  const abs = (path: string) => new URL(path, options.site).href;
  const web = abs(newsletterPaths.web(input.id));
  const introHtml = absolutizeHtml(input.introHtml, web, EMAIL_CONTENT_WIDTH);
  return {
    id: input.id,
    title: input.title,
    number: input.number,
    date: input.date,
    dateText: formatDate(input.date),
    introHtml,
    introText: htmlToText(introHtml),
    preheader: preheaderFor(input.sections.map((s) => s.heading)),
    sections: input.sections.map((section) => ({
      heading: section.heading,
      items: section.items.map((item): ItemView => {
        const url = abs(item.href);
        return {
          kind: item.kind,
          title: item.title,
          text: item.text,
          when: item.when?.text,
          url,
          external: item.external,
          host: item.external ? new URL(url).hostname.replace(/^www\./, '') : undefined,
          image: item.image && { src: abs(item.image.src), alt: item.image.alt, width: EMAIL_CONTENT_WIDTH },
        };
      }),
    })),
    links: {
      home: abs('/'),
      web,
      email: abs(newsletterPaths.email(input.id)),
      text: abs(newsletterPaths.text(input.id)),
      archive: abs(newsletterPaths.archive),
      signup: options.signupUrl,
    },
  };
}
