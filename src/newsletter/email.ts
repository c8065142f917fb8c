/**
 * The e-mail edition of a newsletter, written in MJML and compiled to the table-based HTML mail
 * clients need: one column of at most 600 px, styles inlined, no script, no web fonts, every URL
 * absolute. It reads well with images off: the masthead is text, and an item's image (when its
 * entry has one) only adds to a title and text that stand on their own.
 * The programme bureau imports this HTML into its mailing tool; the site sends no mail itself.
 */
import mjml2html from 'mjml';
import { SITE_NAME } from '../config/site.ts';
import { escapeHtml } from './html.ts';
import { EMAIL_PADDING, EMAIL_WIDTH, type ItemView, type NewsletterView } from './model.ts';

/** Colours of the site's design tokens (src/styles/tokens.css), each AA on its background. */
const COLOUR = {
  text: '#1b1f24',
  muted: '#4a5360',
  page: '#e6ebf0',
  card: '#ffffff',
  border: '#c9d1da',
  brand: '#0b4f6c',
  brandTint: '#e3f0f6',
  accent: '#b3470f',
  link: '#0b57a4',
} as const;

/** System fonts only: nothing is fetched from a font service. */
const FONT = "'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";

/** Gmail clips a message above about 102 KB; stay well under it. */
export const EMAIL_MAX_BYTES = 100 * 1024;

const e = escapeHtml;

function itemMjml(item: ItemView, last: boolean): string {
  const kind = item.kind ? `<p class="kind">${e(item.kind)}</p>` : '';
  const when = item.when ? `<p class="when">${e(item.when)}</p>` : '';
  const text = item.text ? `<p>${e(item.text)}</p>` : '';
  const host = item.external && item.host ? `<p class="host">Lees verder op ${e(item.host)}</p>` : '';
  const image = item.image
    ? `<mj-image src="${e(item.image.src)}" alt="${e(item.image.alt)}" width="${item.image.width}px" href="${e(item.url)}" padding="0 ${EMAIL_PADDING}px 12px" />`
    : '';
  return `${image}
      <mj-text padding="0 ${EMAIL_PADDING}px">${kind}<h3><a href="${e(item.url)}">${e(item.title)}</a></h3>${when}${text}${host}</mj-text>
      ${last ? '' : `<mj-divider border-width="1px" border-color="${COLOUR.border}" padding="8px ${EMAIL_PADDING}px 16px" />`}`;
}

/** The MJML source of the e-mail edition (exported for tests and for reading). */
export function newsletterMjml(view: NewsletterView): string {
  const sections = view.sections
    .map(
      (section) => `
    <mj-section background-color="${COLOUR.card}" padding="8px 0 16px">
      <mj-column>
        <mj-text padding="16px ${EMAIL_PADDING}px 0"><h2>${e(section.heading)}</h2></mj-text>
        ${section.items.map((item, i) => itemMjml(item, i === section.items.length - 1)).join('\n')}
      </mj-column>
    </mj-section>`,
    )
    .join('\n');
  const signup = view.links.signup
    ? `<p class="small">Doorgestuurd gekregen? <a href="${e(view.links.signup)}">Meld je aan voor de nieuwsbrief</a>.</p>`
    : '';
  return `<mjml lang="nl" dir="ltr">
  <mj-head>
    <mj-title>${e(view.title)}</mj-title>
    <mj-preview>${e(view.preheader)}</mj-preview>
    <mj-attributes>
      <mj-all font-family="${FONT}" />
      <mj-text font-size="16px" line-height="1.5" color="${COLOUR.text}" />
      <mj-section padding="0" />
      <mj-column padding="0" />
    </mj-attributes>
    <mj-style inline="inline">
      p { margin: 0 0 12px; }
      a { color: ${COLOUR.link}; text-decoration: underline; }
      h1 { margin: 0 0 8px; font-size: 28px; line-height: 1.25; color: ${COLOUR.text}; }
      h2 { margin: 0 0 16px; padding-bottom: 8px; border-bottom: 3px solid ${COLOUR.brand}; font-size: 22px; line-height: 1.25; color: ${COLOUR.text}; }
      h3 { margin: 0 0 4px; font-size: 18px; line-height: 1.3; }
      ul, ol { margin: 0 0 12px; padding-left: 24px; }
      .kind { margin: 0 0 2px; font-size: 14px; font-weight: bold; color: ${COLOUR.accent}; }
      .when { margin: 0 0 4px; font-size: 14px; font-weight: bold; }
      .host { font-size: 14px; color: ${COLOUR.muted}; }
      .meta { margin: 0; font-size: 14px; color: ${COLOUR.muted}; }
      .masthead { margin: 0; font-size: 24px; line-height: 1.2; font-weight: bold; color: #ffffff; }
      .masthead-sub { margin: 4px 0 0; font-size: 15px; color: #ffffff; }
      .small { margin: 0 0 8px; font-size: 14px; color: ${COLOUR.muted}; }
      .small a { color: ${COLOUR.link}; }
    </mj-style>
  </mj-head>
  <mj-body width="${EMAIL_WIDTH}px" background-color="${COLOUR.page}">
    <mj-section padding="12px 0">
      <mj-column>
        <mj-text padding="0 ${EMAIL_PADDING}px" align="center"><p class="small">Lukt het lezen niet goed? <a href="${e(view.links.web)}">Lees deze nieuwsbrief op de website</a>.</p></mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="${COLOUR.brand}" padding="20px 0">
      <mj-column>
        <mj-text padding="0 ${EMAIL_PADDING}px"><p class="masthead">${e(SITE_NAME)}</p><p class="masthead-sub">Nieuwsbrief van het lerend netwerk onderwijs en jeugd</p></mj-text>
      </mj-column>
    </mj-section>
    <mj-section background-color="${COLOUR.card}" padding="24px 0 8px">
      <mj-column>
        <mj-text padding="0 ${EMAIL_PADDING}px"><h1>${e(view.title)}</h1><p class="meta">Nummer ${view.number} · ${e(view.dateText)}</p></mj-text>
        <mj-text padding="16px ${EMAIL_PADDING}px 0">${view.introHtml}</mj-text>
      </mj-column>
    </mj-section>
${sections}
    <mj-section padding="20px 0 32px">
      <mj-column>
        <mj-text padding="0 ${EMAIL_PADDING}px">
          <p class="small">Je krijgt deze e-mail omdat je je hebt aangemeld voor de nieuwsbrief van ${e(SITE_NAME)}.</p>
          ${signup}
          <p class="small"><a href="${e(view.links.archive)}">Alle nieuwsbrieven</a> · <a href="${e(view.links.home)}">Naar de website</a></p>
          <p class="small">De teksten mag je hergebruiken onder de licentie CC BY 4.0. Noem dan de bron.</p>
        </mj-text>
      </mj-column>
    </mj-section>
  </mj-body>
</mjml>`;
}

/** Compile the MJML; invalid MJML stops the build with MJML's own message. */
export async function renderNewsletterEmail(view: NewsletterView): Promise<string> {
  const result = await mjml2html(newsletterMjml(view), {
    validationLevel: 'strict',
    fonts: {},
    keepComments: false,
  });
  const html = result.html;
  if (/<script\b/i.test(html)) throw new Error(`Nieuwsbrief ${view.id}: de e-mail bevat een script; dat mag niet.`);
  const bytes = Buffer.byteLength(html, 'utf8');
  if (bytes > EMAIL_MAX_BYTES) {
    throw new Error(
      `Nieuwsbrief ${view.id}: de e-mail is ${Math.round(bytes / 1024)} KB; toegestaan: hoogstens ${EMAIL_MAX_BYTES / 1024} KB, anders knippen mailprogramma's hem af. Maak de nieuwsbrief korter (minder items).`,
    );
  }
  return html;
}
