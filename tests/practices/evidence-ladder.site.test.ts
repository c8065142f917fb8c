/**
 * The ladder of evidence on every practice page (real content): five steps, lowest first; the
 * practice's own step is said in words ("Stap n van 5: …"), marked with aria-current="step" and the
 * visible words "dit voorbeeld", and every step up to it is marked as reached (the bars of
 * EvidenceLadder.astro fill from those classes). So the step never depends on colour alone.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { assertBuilt } from '../support/build-result.ts';
import { attr, elements, parseHtml, text, squash } from '../support/dist.ts';
import { PROJECT_ROOT } from '../support/paths.ts';
import { loadContent } from '../../src/model/load.ts';
import { evidenceLevels } from '../../src/model/enums.ts';

const { site } = inject('builds');

describe('the ladder of evidence on every practice page (real content)', () => {
  beforeAll(() => assertBuilt(site));
  const practices = loadContent(join(PROJECT_ROOT, site.contentDir), PROJECT_ROOT)
    .entries.practices.filter((p) => p.raw.draft !== true && typeof p.raw.evidence === 'string')
    .map((p) => ({ id: p.id, level: p.raw.evidence as keyof typeof evidenceLevels.labels }));

  // Today every real practice is on the first step; the checks below hold for any step.
  test('there are practices with a step on the ladder', () => {
    expect(practices.length).toBeGreaterThan(5);
  });

  test.each(practices.map((p) => [p.id, p.level]))('%s: step "%s" said in words, marked as current, the steps below it reached', (id, level) => {
    const els = elements(parseHtml(readFileSync(join(site.outDir, 'praktijkvoorbeelden', id, 'index.html'), 'utf8')));
    const ladder = els.find((e) => attr(e, 'class') === 'ladder')!;
    expect(ladder, 'no ladder on the page').toBeDefined();
    const number = evidenceLevels.ids.indexOf(level) + 1;
    const inside = elements(ladder);
    expect(squash(text(inside.find((e) => attr(e, 'class') === 'ladder__now')!))).toMatch(new RegExp(`^Stap ${number} van 5: ${evidenceLevels.labels[level]}\\. \\S`));
    const steps = inside.filter((e) => e.nodeName === 'li');
    expect(steps.map((li) => squash(text(li)).replace(/ ?dit voorbeeld$/, ''))).toEqual(evidenceLevels.ids.map((s, i) => `${i + 1} ${evidenceLevels.labels[s]}`));
    expect(steps.map((li) => attr(li, 'aria-current') ?? '')).toEqual(steps.map((_, i) => (i === number - 1 ? 'step' : '')));
    expect(steps.map((li) => squash(text(li)).endsWith('dit voorbeeld'))).toEqual(steps.map((_, i) => i === number - 1));
    const classes = (li: (typeof steps)[number]) => (attr(li, 'class') ?? '').split(/\s+/).filter(Boolean);
    expect(steps.map((li) => classes(li).includes('is-reached'))).toEqual(steps.map((_, i) => i < number));
    expect(steps.map((li) => classes(li).includes('is-current'))).toEqual(steps.map((_, i) => i === number - 1));
  });
});
