/**
 * The admin speaks Dutch everywhere an editor of the newsletter or of a practice looks: every
 * phrase of Decap's English for the editor's widgets has a Dutch one once PHRASES is added.
 */
import { describe, expect, test } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import nl from 'decap-cms-locales/dist/esm/nl/index.js';
import { dutchPhrases, FLOW_WORDS, PHRASES } from '../../cms/phrases.ts';

type Tree = Record<string, unknown>;

/** Dotted paths of every phrase (leaf) in a tree. */
function paths(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) => (value && typeof value === 'object' ? paths(value as Tree, `${prefix}${key}.`) : [`${prefix}${key}`]));
}
const get = (tree: Tree, path: string) => path.split('.').reduce<unknown>((node, key) => (node as Tree | undefined)?.[key], tree);

describe("Decap's phrases in Dutch", () => {
  test('every English phrase of the editor widgets has a Dutch one (none shows in English)', () => {
    const dutch = dutchPhrases(nl as Tree);
    const widgets = paths((en as Tree).editor as Tree, 'editor.').filter((p) => p.startsWith('editor.editorWidgets.'));
    expect(widgets.length).toBeGreaterThan(10);
    expect(widgets.filter((p) => typeof get(dutch, p) !== 'string')).toEqual([]);
  });

  test('every English phrase of the screens editors use (collections, editor, media, messages) has a Dutch one', () => {
    const dutch = dutchPhrases(nl as Tree);
    const screens = paths(en as Tree).filter((p) => /^(collection|editor|mediaLibrary|ui)\./.test(p));
    expect(screens.length).toBeGreaterThan(100);
    expect(screens.filter((p) => typeof get(dutch, p) !== 'string')).toEqual([]);
  });

  test("a newsletter block's button to add an item is Dutch", () => {
    expect(get(nl as Tree, 'editor.editorWidgets.list.addType')).toBeUndefined(); // the gap this fills
    expect(get(dutchPhrases(nl as Tree), 'editor.editorWidgets.list.addType')).toBe('Voeg een item toe');
  });

  test("our phrases only replace phrases Decap has, and keep Decap's others", () => {
    for (const p of paths(PHRASES)) expect(typeof get(en as Tree, p), p).toBe('string');
    expect(get(dutchPhrases(nl as Tree), 'editor.editorWidgets.list.add')).toBe(get(nl as Tree, 'editor.editorWidgets.list.add'));
  });
});

describe('the words of the review flow', () => {
  const dutch = dutchPhrases(nl as Tree);
  test('board, toolbar and dialogs name the statuses Concept, Ter beoordeling, Klaar, Gepubliceerd', () => {
    expect(FLOW_WORDS).toEqual(['Concept', 'Ter beoordeling', 'Klaar', 'Gepubliceerd']);
    expect(['draftHeader', 'inReviewHeader', 'readyHeader'].map((k) => get(dutch, `workflow.workflowList.${k}`))).toEqual(FLOW_WORDS.slice(0, 3));
    expect(['draft', 'inReview', 'ready', 'published'].map((k) => get(dutch, `editor.editorToolbar.${k}`))).toEqual([...FLOW_WORDS]);
    // Decap's own Dutch says "Voltooid" and "Gereed" for the same column, and "Wordt beoordeeld".
    const all = paths(dutch).map((p) => String(get(dutch, p)));
    for (const other of ['Voltooid', 'Gereed', 'Wordt beoordeeld', 'Concepten']) expect(all.filter((t) => t.includes(other)), other).toEqual([]);
  });

  test('the cards show dates as numbers, not English month names', () => {
    const format = String(get(dutch, 'workflow.workflow.dateFormat'));
    expect(format).not.toMatch(/MMM|ddd/);
    expect(format).toMatch(/D.*M.*YYYY/);
  });
});

describe('the notes pane', () => {
  test('every phrase of the notes pane and its messages is Dutch', () => {
    const dutch = dutchPhrases(nl as Tree);
    const english = [...paths((en as Tree).editor as Tree, 'editor.').filter((p) => p.startsWith('editor.editorNotesPane.')), 'editor.editorInterface.toggleNotes', ...paths((en as Tree).ui as Tree, 'ui.').filter((p) => /Note/.test(p))];
    expect(english.length).toBeGreaterThan(15);
    expect(english.filter((p) => typeof get(dutch, p) !== 'string' || get(dutch, p) === get(en as Tree, p))).toEqual([]);
  });
});
