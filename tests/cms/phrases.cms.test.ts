/**
 * The admin speaks Dutch everywhere an editor of the newsletter or of a practice looks: every
 * phrase of Decap's English for the editor's widgets has a Dutch one once PHRASES is added.
 */
import { describe, expect, test } from 'vitest';
import en from 'decap-cms-locales/dist/esm/en/index.js';
import nl from 'decap-cms-locales/dist/esm/nl/index.js';
import { dutchPhrases, PHRASES } from '../../cms/phrases.ts';

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
