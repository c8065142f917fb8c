/**
 * Search that forgives, at index time (issue 17): before Pagefind reads the built pages, each page
 * gets a hidden element with the extra words it should be found by, at a lower weight than its own
 * text, so a page that has the word itself always ranks above one that has it only as a part or as
 * another name:
 * - the parts of its compound words (src/search/compounds.ts), with the site's own words as the
 *   dictionary: "plan" finds "toekomstplan";
 * - the other forms of the begrippenlijst terms it uses (src/search/synonyms.ts): "vso" finds
 *   "voortgezet speciaal onderwijs" and the reverse.
 * The same pass counts the site's words for "Bedoel je …?" (src/search/vocabulary.ts); the site's
 * words and the added terms (`siteWords`, `addedCounts()`) together are its vocabulary
 * (src/search/search-terms-files.ts adds them up, over every thread).
 *
 * Two passes over the pages, so that no more than one page is held at a time: `learn` every page
 * (the site's words), then `apply` to every page. The browser needs nothing of this: the words are in
 * the index.
 */
import { compoundParts, MIN_PART } from './compounds.ts';
import { readIndexedText, searchWords, withSearchTerms, type IndexedText, type SearchTerms } from './index-text.ts';
import { missingSynonyms, synonymGroups, type GlossaryForms } from './synonyms.ts';
import { countWords, type WordCounts } from './vocabulary.ts';

/** What the first pass keeps of a page, so the second need not read its text again. */
export interface PageReading {
  /** Where the terms go (see IndexedText), without the text. */
  read: Omit<IndexedText, 'text'>;
  /** The page's words, joined by spaces (one flat string: far smaller than an array of words). */
  words: string;
}

/** The words a page's terms add to the vocabulary: its parts, and each word of its other forms. */
export const termWords = (terms: SearchTerms): string[] => [...terms.parts, ...terms.synonyms.flatMap((s) => s.split(' '))];

export class SearchTermsBuilder {
  /** The words of the pages' own text. */
  readonly siteWords: WordCounts = new Map();
  /** How often each added term was added. */
  private readonly addedWords: WordCounts = new Map();
  private readonly groups;
  private readonly parts = new Map<string, string[]>();
  /**
   * Every beginning (of at least MIN_PART letters) of a site word, with how many site words begin so:
   * a part that is none ends the search early.
   */
  private prefixes: Map<string, number> | undefined;
  /** Figures for the build log. */
  readonly added = { pages: 0, parts: 0, synonyms: 0 };

  constructor(glossary: GlossaryForms[]) {
    this.groups = synonymGroups(glossary);
  }

  /**
   * Take the site's words as learnt elsewhere: the second pass of a share of the pages, when the first
   * pass was split over several threads (src/search/search-terms-worker.ts). Replaces what this builder
   * learnt itself, which must be part of `counts`.
   */
  adoptSiteWords(counts: WordCounts): void {
    this.siteWords.clear();
    for (const [word, count] of counts) this.siteWords.set(word, count);
    this.parts.clear();
    this.prefixes = undefined;
  }

  /** How often each added term was added, by the pages `apply` has seen. */
  addedCounts(): WordCounts {
    return this.addedWords;
  }

  /** First pass: learn the words of one page; what to hand to `apply` for it (null: not indexed). */
  learn(html: string): PageReading | null {
    const reading = this.read(html);
    if (reading?.words) countWords(this.siteWords, reading.words.split(' '));
    return reading;
  }

  private isPrefix(part: string): boolean {
    if (!this.prefixes) {
      this.prefixes = new Map();
      for (const word of this.siteWords.keys()) this.countPrefixes(word, 1);
    }
    return this.prefixes.has(part);
  }

  /** Count the beginnings of `word` once more (by 1) or once less (by -1). */
  private countPrefixes(word: string, by: 1 | -1): void {
    const prefixes = this.prefixes!;
    for (let n = MIN_PART; n <= word.length; n++) {
      const prefix = word.slice(0, n);
      const count = (prefixes.get(prefix) ?? 0) + by;
      if (count > 0) prefixes.set(prefix, count);
      else prefixes.delete(prefix);
    }
  }

  /**
   * The site's set of words changed in place (for the index under `npm start`, search-terms-live.ts):
   * `added` are site words now, `removed` no longer. A compound's parts depend only on which of its
   * pieces are site words, also with the f/v and s/z of `alternated` in compounds.ts (the beginnings
   * of site words only end the search early, and a longer piece that is a word begins with them), so
   * only words that contain a word that came or went can split differently. Their kept parts are
   * forgotten; returned are the pieces (those words and their other forms) a word must hold for its
   * parts to have changed.
   */
  wordsChanged(added: Iterable<string>, removed: Iterable<string>): string[] {
    const changed = new Set<string>();
    for (const word of added) {
      changed.add(word);
      if (this.prefixes) this.countPrefixes(word, 1);
    }
    for (const word of removed) {
      changed.add(word);
      if (this.prefixes) this.countPrefixes(word, -1);
    }
    const needles = new Set<string>();
    for (const piece of changed) {
      if (piece.length < MIN_PART) continue; // no part is shorter
      needles.add(piece);
      if (piece.endsWith('f')) needles.add(`${piece.slice(0, -1)}v`);
      if (piece.endsWith('s')) needles.add(`${piece.slice(0, -1)}z`);
    }
    const pieces = [...needles];
    if (!pieces.length) return pieces;
    for (const word of [...this.parts.keys()]) {
      if (pieces.some((piece) => word.includes(piece))) this.parts.delete(word);
    }
    return pieces;
  }

  /** The extra search terms of a page, given its words (after every page was learnt). */
  termsFor(words: string[]): SearchTerms {
    const own = new Set(words);
    const isWord = (w: string) => this.siteWords.has(w);
    const isPrefix = (w: string) => this.isPrefix(w);
    const parts = new Set<string>();
    for (const word of own) {
      if (word.length < 2 * MIN_PART) continue;
      let found = this.parts.get(word);
      if (!found) {
        found = compoundParts(word, isWord, MIN_PART, isPrefix);
        this.parts.set(word, found);
      }
      for (const part of found) if (!own.has(part)) parts.add(part);
    }
    const synonyms = missingSynonyms(this.groups, words, (w) => own.has(w));
    return { synonyms, parts: [...parts] };
  }

  /**
   * Second pass: the page with its search terms (the same page when it is not indexed). `reading` is
   * what `learn` gave for this page, when kept; without it the page is read again.
   */
  apply(html: string, reading: PageReading | null = this.read(html)): string {
    if (!reading) return html;
    const words = reading.words ? reading.words.split(' ') : [];
    const terms = this.termsFor(words);
    countWords(this.addedWords, termWords(terms));
    if (terms.parts.length || terms.synonyms.length) this.added.pages++;
    this.added.parts += terms.parts.length;
    this.added.synonyms += terms.synonyms.length;
    return withSearchTerms(html, reading.read, terms);
  }

  /** A page's reading without learning its words. */
  read(html: string): PageReading | null {
    const read = readIndexedText(html);
    if (!read) return null;
    const { text, ...rest } = read;
    return { read: rest, words: searchWords(text).join(' ') };
  }
}
