/** The roles page for editors and reviewers (cms/roles.ts), linked from the admin. */
import { describe, expect, it } from 'vitest';
import { adminFiles, adminHtml } from '../../cms/bundle.ts';
import { rolesHtml, ROLES_PATH } from '../../cms/roles.ts';
import { FLOW_WORDS } from '../../cms/phrases.ts';

describe('the roles page', () => {
  it('names every status with the board\'s words, who does what, and how to send back', () => {
    const html = rolesHtml();
    for (const word of FLOW_WORDS) expect(html).toContain(`<dt>${word}</dt>`);
    expect(html).toContain('<h2>Regio\'s (redacteuren)</h2>');
    expect(html).toContain('<h2>Programmabureau (beoordelaars)</h2>');
    expect(html).toMatch(/onder <strong>Opmerkingen<\/strong> wat er moet gebeuren.*Zet daarna de status terug op <strong>Concept<\/strong>/);
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('noindex');
  });

  it('states the bureau\'s promise only when it is set, and invents none', () => {
    expect(rolesHtml()).toContain('Het programmabureau spreekt met de regio\'s af hoe snel het een item beoordeelt.');
    expect(rolesHtml()).not.toMatch(/werkdag|\d+ dagen/);
    expect(rolesHtml({ CMS_REVIEW_PROMISE: 'binnen vijf werkdagen' })).toContain('je krijgt binnen vijf werkdagen antwoord');
    expect(rolesHtml({ CMS_REVIEW_PROMISE: '<b>snel</b>' })).toContain('&lt;b&gt;snel&lt;/b&gt;');
  });

  it('is part of /admin/ and linked from the admin page', () => {
    expect(adminHtml({}, 'x', { titles: {}, numbers: {} })).toContain(`<a href="${ROLES_PATH}" target="_blank" rel="noopener"`);
    const { files } = adminFiles({}, { CMS_REVIEW_PROMISE: 'binnen een week' }, { titles: {}, numbers: {} });
    expect(String(files['rollen.html'])).toContain('binnen een week');
  });
});
