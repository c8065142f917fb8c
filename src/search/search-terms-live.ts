/**
 * The search terms of src/search/search-terms.ts kept current page by page, for the index under
 * `npm start` (src/integrations/pagefind-dev.ts): after a save only the changed pages are read again.
 *
 * A page's terms depend only on its own words and on which words the site has (not how often:
 * SearchTermsBuilder.termsFor). So when a change leaves the site's set of words as it was, only the
 * changed pages get new terms. When a word appears or disappears, only compounds that contain it (or
 * a beginning of a site word that came or went) can split differently (SearchTermsBuilder.wordsChanged):
 * only the pages with such a compound get their terms worked out again, from the words kept in
 * memory, and only those whose terms differ are written again. The result is what the build's pass
 * over all pages gives (tests/search/search-terms-live.test.ts).
 */
import { readIndexedText, withSearchTerms, type SearchTerms } from './index-text.ts';
import { SearchTermsBuilder, termWords } from './search-terms.ts';
import type { GlossaryForms } from './synonyms.ts';
import { addCounts, countWords, uncountWords, type WordCounts } from './vocabulary.ts';

interface KeptPage {
  /** The page's words, joined by spaces. */
  words: string;
  terms: SearchTerms;
  /** The terms as one string, to see whether they changed. */
  key: string;
}

const termsKey = (terms: SearchTerms) => JSON.stringify(terms);


const split = (words: string) => (words ? words.split(' ') : []);

/** What `save` writes and `restore` reads. */
interface SavedTerms {
  version: 1;
  pages: [name: string, words: string, terms: SearchTerms][];
  siteWords: [string, number][];
  added: [string, number][];
}

export class LiveSearchTerms {
  private readonly builder: SearchTermsBuilder;
  /** The words of the pages' own text, with their counts (the builder's own map). */
  private readonly siteWords: WordCounts;
  /** How often each added term is added, over all pages. */
  private readonly added: WordCounts = new Map();
  /** Indexed pages by their name (any string: the dev index uses the file's path in the site). */
  private readonly pages = new Map<string, KeptPage>();

  constructor(glossary: GlossaryForms[]) {
    this.builder = new SearchTermsBuilder(glossary);
    this.siteWords = this.builder.siteWords;
  }

  /**
   * Take in changed pages (name and HTML; read one at a time) and removed ones (undefined). Returns the indexed pages whose
   * HTML with terms (`withTerms`) differs from before: the changed ones, and others whose terms
   * changed because the site's words did. `removed`: pages no longer indexed.
   */
  update(changes: Iterable<[string, string | undefined]>): { write: string[]; removed: string[] } {
    /** Whether a word touched by this change was a site word before it. */
    const before = new Map<string, boolean>();
    const touch = (word: string) => {
      if (!before.has(word)) before.set(word, this.siteWords.has(word));
    };
    const readings = new Map<string, string>();
    const removed: string[] = [];
    for (const [name, html] of changes) {
      const old = this.pages.get(name);
      if (old) {
        const words = split(old.words);
        words.forEach(touch);
        uncountWords(this.siteWords, words);
        uncountWords(this.added, termWords(old.terms));
        this.pages.delete(name);
      }
      const reading = html === undefined ? null : this.builder.read(html);
      if (reading) {
        const words = split(reading.words);
        words.forEach(touch);
        countWords(this.siteWords, words);
        readings.set(name, reading.words);
      } else if (old) removed.push(name);
    }
    const came: string[] = [];
    const went: string[] = [];
    for (const [word, was] of before) {
      const is = this.siteWords.has(word);
      if (is && !was) came.push(word);
      else if (was && !is) went.push(word);
    }
    const write: string[] = [];
    const settle = (name: string, words: string, kept?: KeptPage) => {
      const terms = this.builder.termsFor(split(words));
      const key = termsKey(terms);
      countWords(this.added, termWords(terms));
      this.pages.set(name, { words, terms, key });
      if (!kept || kept.key !== key) write.push(name);
    };
    // A word that came or went changes how some compounds split: the pages with a word that holds it
    // (no piece holds a space, so a search in the joined words finds exactly those).
    const pieces = came.length || went.length ? this.builder.wordsChanged(came, went) : [];
    if (pieces.length) {
      for (const [name, kept] of this.pages) {
        if (!pieces.some((piece) => kept.words.includes(piece))) continue;
        uncountWords(this.added, termWords(kept.terms));
        settle(name, kept.words, kept);
      }
    }
    for (const [name, reading] of readings) settle(name, reading);
    return { write: write.sort(), removed: removed.sort() };
  }

  /** The page `name` (its HTML, as last passed to `update` or with terms added since) with its terms. */
  withTerms(name: string, html: string): string {
    const kept = this.pages.get(name);
    const read = kept && readIndexedText(html);
    if (!kept || !read) throw new Error(`zoekwoorden: ${name} is geen geïndexeerde pagina`);
    return withSearchTerms(html, read, kept.terms);
  }

  /** Everything kept, as text for `restore` (the dev index keeps it for the next start). */
  save(): string {
    const saved: SavedTerms = {
      version: 1,
      pages: [...this.pages].map(([name, kept]) => [name, kept.words, kept.terms]),
      siteWords: [...this.siteWords],
      added: [...this.added],
    };
    return JSON.stringify(saved);
  }

  /** What `save` gave, with the same begrippenlijst; undefined when the text is not such a record. */
  static restore(glossary: GlossaryForms[], text: string): LiveSearchTerms | undefined {
    let saved: SavedTerms;
    try {
      saved = JSON.parse(text) as SavedTerms;
    } catch {
      return undefined;
    }
    if (saved?.version !== 1 || !Array.isArray(saved.pages) || !Array.isArray(saved.siteWords) || !Array.isArray(saved.added)) return undefined;
    const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
    const counts = (list: unknown[]) => list.every((item) => Array.isArray(item) && typeof item[0] === 'string' && Number.isInteger(item[1]) && item[1] > 0);
    const page = (item: unknown) =>
      Array.isArray(item) && typeof item[0] === 'string' && typeof item[1] === 'string' && strings(item[2]?.synonyms) && strings(item[2]?.parts);
    if (!saved.pages.every(page) || !counts(saved.siteWords) || !counts(saved.added)) return undefined;
    const live = new LiveSearchTerms(glossary);
    for (const [word, count] of saved.siteWords) live.siteWords.set(word, count);
    for (const [word, count] of saved.added) live.added.set(word, count);
    for (const [name, words, terms] of saved.pages) live.pages.set(name, { words, terms, key: termsKey(terms) });
    return live;
  }

  /** The site's vocabulary: its words and the added terms, with their counts (as the build writes it). */
  vocabulary(): WordCounts {
    const counts = new Map(this.siteWords);
    addCounts(counts, this.added);
    return counts;
  }

  /** How many pages are indexed. */
  get size(): number {
    return this.pages.size;
  }
}

