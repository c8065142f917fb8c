/**
 * Search that forgives, at index time (issue 17): before Pagefind reads the built pages, each page
 * gets a hidden element with the extra words it should be found by, at a lower weight than its own
 * text, so a page that has the word itself always ranks above one that has it only as a part or as
 * another name:
 * - the parts of its compound words (src/search/compounds.ts), with the site's own words as the
 *   dictionary: "plan" finds "toekomstplan";
 * - the other forms of the begrippenlijst terms it uses (src/search/synonyms.ts): "vso" finds
 *   "voortgezet speciaal onderwijs" and the reverse.
 * The same pass counts the site's words for "Bedoel je …?" (src/search/vocabulary.ts).
 *
 * Two passes over the pages, so that no more than one page is held at a time: `learn` every page
 * (the site's words), then `apply` to every page. The browser needs nothing of this: the words are in
 * the index.
 */
import { compoundParts, MIN_PART } from './compounds.ts';
import { readIndexedText, searchWords, withSearchTerms, type SearchTerms } from './index-text.ts';
import { missingSynonyms, synonymGroups, type GlossaryForms } from './synonyms.ts';
import { countWords, type WordCounts } from './vocabulary.ts';

export class SearchTermsBuilder {
  /** The words of the pages' own text. */
  readonly siteWords: WordCounts = new Map();
  /** The site's words plus the added terms: the vocabulary for suggestions. */
  readonly vocabulary: WordCounts = new Map();
  private readonly groups;
  private readonly parts = new Map<string, string[]>();
  /** Figures for the build log. */
  readonly added = { pages: 0, parts: 0, synonyms: 0 };

  constructor(glossary: GlossaryForms[]) {
    this.groups = synonymGroups(glossary);
  }

  /** First pass: learn the words of one page. */
  learn(html: string): void {
    const read = readIndexedText(html);
    if (read) countWords(this.siteWords, searchWords(read.text));
  }

  /** The extra search terms of a page, given its words (after every page was learnt). */
  termsFor(words: string[]): SearchTerms {
    const own = new Set(words);
    const isWord = (w: string) => this.siteWords.has(w);
    const parts = new Set<string>();
    for (const word of own) {
      if (word.length < 2 * MIN_PART) continue;
      let found = this.parts.get(word);
      if (!found) {
        found = compoundParts(word, isWord);
        this.parts.set(word, found);
      }
      for (const part of found) if (!own.has(part)) parts.add(part);
    }
    const synonyms = missingSynonyms(this.groups, words, (w) => own.has(w));
    return { synonyms, parts: [...parts] };
  }

  /** Second pass: the page with its search terms (the same page when it is not indexed). */
  apply(html: string): string {
    const read = readIndexedText(html);
    if (!read) return html;
    const words = searchWords(read.text);
    const terms = this.termsFor(words);
    countWords(this.vocabulary, words);
    countWords(this.vocabulary, terms.parts);
    countWords(this.vocabulary, terms.synonyms.flatMap((s) => s.split(' ')));
    if (terms.parts.length || terms.synonyms.length) this.added.pages++;
    this.added.parts += terms.parts.length;
    this.added.synonyms += terms.synonyms.length;
    return withSearchTerms(html, read, terms);
  }
}
