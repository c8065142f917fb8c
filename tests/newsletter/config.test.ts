/** NEWSLETTER_SIGNUP_URL: where the newsletter pages and e-mails send readers to sign up. */
import { describe, expect, test } from 'vitest';
import { DEFAULT_NEWSLETTER_SIGNUP_URL, newsletterSignupUrl } from '../../src/config/site.ts';

describe('newsletterSignupUrl', () => {
  test('unset: an e-mail to the programme bureau', () => {
    expect(newsletterSignupUrl({})).toBe(DEFAULT_NEWSLETTER_SIGNUP_URL);
    expect(DEFAULT_NEWSLETTER_SIGNUP_URL).toBe('mailto:metandereogen@onderwijsjeugd.nl?subject=Aanmelden%20voor%20de%20nieuwsbrief');
  });

  test('empty: no sign-up link at all', () => {
    expect(newsletterSignupUrl({ NEWSLETTER_SIGNUP_URL: '' })).toBeUndefined();
    expect(newsletterSignupUrl({ NEWSLETTER_SIGNUP_URL: '  ' })).toBeUndefined();
  });

  test('an https:// page of the mailing tool', () => {
    expect(newsletterSignupUrl({ NEWSLETTER_SIGNUP_URL: ' https://bureau.example.nl/aanmelden ' })).toBe('https://bureau.example.nl/aanmelden');
  });

  test('anything else stops the build with a clear message', () => {
    for (const bad of ['bureau.example.nl/aanmelden', 'javascript:alert(1)', '/aanmelden/']) {
      expect(() => newsletterSignupUrl({ NEWSLETTER_SIGNUP_URL: bad }), bad).toThrow(/^NEWSLETTER_SIGNUP_URL: gevonden ".*"; toegestaan: een volledig webadres/);
    }
  });
});
