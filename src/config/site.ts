/**
 * Site-wide settings for the newsletter, the feeds and the open data. Read at build time from the
 * environment, so a deploy can change them without touching code. Pure (no Astro imports): unit
 * tests pass their own `env`.
 */

export const SITE_NAME = 'Met Andere Ogen';

/** The programme bureau's address, as published on the site's own pages. */
export const BUREAU_EMAIL = 'metandereogen@onderwijsjeugd.nl';

/**
 * Used when NEWSLETTER_SIGNUP_URL is not set: an e-mail to the programme bureau asking to be put on
 * the list. The site itself has no sign-up form, cookie or tracker: signing up happens at the bureau.
 */
export const DEFAULT_NEWSLETTER_SIGNUP_URL = `mailto:${BUREAU_EMAIL}?subject=${encodeURIComponent('Aanmelden voor de nieuwsbrief')}`;

/** Licences of what the site publishes. */
export const LICENCES = {
  content: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/deed.nl', id: 'https://creativecommons.org/licenses/by/4.0/' },
  code: { name: 'EUPL-1.2', url: 'https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12', id: 'https://spdx.org/licenses/EUPL-1.2.html' },
} as const;

/**
 * Where readers sign up for the newsletter: the bureau's own page in its mailing tool.
 * - NEWSLETTER_SIGNUP_URL unset: an e-mail to the bureau (DEFAULT_NEWSLETTER_SIGNUP_URL);
 * - NEWSLETTER_SIGNUP_URL set but empty: no sign-up link anywhere;
 * - otherwise an absolute https:// (or http://, or mailto:) address; anything else stops the build.
 */
export function newsletterSignupUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env.NEWSLETTER_SIGNUP_URL;
  if (raw === undefined) return DEFAULT_NEWSLETTER_SIGNUP_URL;
  const value = raw.trim();
  if (value === '') return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    url = new URL('invalid:');
  }
  if (!['https:', 'http:', 'mailto:'].includes(url.protocol)) {
    throw new Error(
      `NEWSLETTER_SIGNUP_URL: gevonden "${value}"; toegestaan: een volledig webadres dat begint met https://, een mailto:-adres, of leeg voor geen link`,
    );
  }
  return url.href;
}
