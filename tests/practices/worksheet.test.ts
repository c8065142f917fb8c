import { describe, expect, test } from 'vitest';
import { costAmountText, emptySections, isSectionEmpty, notDescribedText, WORKSHEET_SECTIONS } from '../../src/practices/worksheet.ts';
import { worksheetShape } from '../../src/model/collections/practices.ts';

describe('the worksheet sections', () => {
  test('fixed order and headings, one per worksheet field of the model', () => {
    expect(WORKSHEET_SECTIONS.map((s) => s.heading)).toEqual(['Voor wie', 'Doel', 'Werkzame elementen', 'Wat heb je nodig', 'Kosten', 'Wat we leerden']);
    expect(WORKSHEET_SECTIONS.map((s) => s.key)).toEqual(Object.keys(worksheetShape));
  });

  test('empty: missing, blank, an empty list, costs without text', () => {
    expect(emptySections({}).map((s) => s.key)).toEqual(['targetGroup', 'goal', 'workingElements', 'conditions', 'costs', 'lessons']);
    expect(isSectionEmpty({ goal: '  ' }, 'goal')).toBe(true);
    expect(isSectionEmpty({ workingElements: [] }, 'workingElements')).toBe(true);
    expect(isSectionEmpty({ costs: { text: '' } }, 'costs')).toBe(true);
  });

  test('filled sections are not listed as empty', () => {
    const d = { goal: 'Minder thuiszitters.', conditions: [{ what: 'Een procesbegeleider' }], costs: { text: 'Betaald door de gemeente.' } };
    expect(emptySections(d).map((s) => s.key)).toEqual(['targetGroup', 'workingElements', 'lessons']);
  });

  test('an amount is shown in euros with what it is counted per', () => {
    expect(costAmountText({ text: 'x', amount: 25000, per: 'jaar' })?.replace(/\s/g, ' ')).toBe('€ 25.000 per jaar');
    expect(costAmountText({ text: 'x', amount: 120.5, per: 'kind' })?.replace(/\s/g, ' ')).toBe('€ 120,50 per kind per jaar');
    expect(costAmountText({ text: 'x' })).toBeUndefined();
  });

  test('an empty section says who can fill it in', () => {
    expect(notDescribedText('Regio Twente')).toBe('Nog niet beschreven. Regio Twente of het programmabureau kan dit aanvullen.');
    expect(notDescribedText()).toBe('Nog niet beschreven. Het programmabureau kan dit aanvullen.');
  });
});
