import { describe, expect, it } from 'vitest';
import { withMeaningfulDate } from '../../src/search/result-date.ts';
import { resultLine } from '../../src/search/result-meta.ts';
import { SORT_DATE_META } from '../../src/search/facet-table.ts';

const result = (type: string) => ({ meta: { [SORT_DATE_META]: '2026-03-03' }, filters: { type: [type] } });

describe('withMeaningfulDate', () => {
  it('keeps the date of a practice, an event, a news item and a newsletter', () => {
    for (const type of ['Praktijkvoorbeeld', 'Agenda', 'Nieuws', 'Nieuwsbrief']) expect(resultLine(withMeaningfulDate(result(type)))).toBe(`${type} · 3 maart 2026`);
  });

  it('drops the sort date of pages whose date is only for sorting (theme, advice, region, …)', () => {
    for (const type of ['Thema', 'Advies', 'Inspiratieregio', 'Community', 'Organisatie', 'Pagina']) expect(resultLine(withMeaningfulDate(result(type)))).toBe(type);
  });
});
