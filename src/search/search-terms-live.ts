/**
 * The search terms of src/search/search-terms.ts kept current page by page, for the index under
 * `npm start` (src/integrations/pagefind-dev.ts): after a save only the changed pages are read again.
 *
 * A page's terms depend only on its own words and on which words the site has (not how often:
 * SearchTermsBuilder.termsFor). So when a change leaves the site's set of words as it was, only the
 * changed pages get new terms; when a word appears or disappears, every page's terms are worked out
 * again from the words kept in memory, and only the pages whose terms differ are written again. The
 * result is what the build's pass over all pages gives (tests/search/search-terms-live.test.ts).
 */
import { withSearchTerms, type SearchTerms } from './index-text.ts';
import { SearchTermsBuilder, type PageReading } from './search-terms.ts';
import type { GlossaryForms } from './synonyms.ts';
import { addCounts, countWords, type WordCounts } from './vocabulary.ts';

interface KeptPage {
  reading: PageReading;
  terms: SearchTerms;
  /** The terms as one string, to see whether they changed. */
  key: string;
}

const termsKey = (terms: SearchTerms) => JSON.stringify(terms);

/** The words a page's terms add to the vocabulary (as SearchTermsBuilder.apply counts them). */
const addedWords = (terms: SearchTerms) => [...terms.parts, ...terms.synonyms.flatMap((s) => s.split(' '))];

function take(counts: WordCounts, words: Iterable<string>): boolean {
  let gone = false;
  for (const word of words) {
    const left = (counts.get(word) ?? 0) - 1;
    if (left > 0) counts.set(word, left);
    else {
      counts.delete(word);
      gone = true;
    }
  }
  return gone;
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
    const sizeBefore = this.siteWords.size;
    let wordsChanged = false;
    const readings = new Map<string, PageReading>();
    const removed: string[] = [];
    for (const [name, html] of changes) {
      const old = this.pages.get(name);
      if (old) {
        if (take(this.siteWords, old.reading.words ? old.reading.words.split(' ') : [])) wordsChanged = true;
        take(this.added, addedWords(old.terms));
        this.pages.delete(name);
      }
      const reading = html === undefined ? null : this.builder.learn(html);
      if (reading) readings.set(name, reading);
      else if (old) removed.push(name);
    }
    // A new word (or one gone) changes which parts other pages' compounds split into.
    if (wordsChanged || this.siteWords.size !== sizeBefore) {
      wordsChanged = true;
      this.builder.adoptSiteWords(new Map(this.siteWords));
    }
    const write: string[] = [];
    const settle = (name: string, reading: PageReading, before?: KeptPage) => {
      const terms = this.builder.termsFor(reading.words ? reading.words.split(' ') : []);
      const key = termsKey(terms);
      countWords(this.added, addedWords(terms));
      this.pages.set(name, { reading, terms, key });
      if (!before || before.key !== key) write.push(name);
    };
    if (wordsChanged) {
      for (const [name, kept] of this.pages) {
        take(this.added, addedWords(kept.terms));
        settle(name, kept.reading, kept);
      }
    }
    for (const [name, reading] of readings) settle(name, reading);
    return { write: write.sort(), removed: removed.sort() };
  }

  /** The page `name` with its terms, given its HTML as last passed to `update`. */
  withTerms(name: string, html: string): string {
    const kept = this.pages.get(name);
    if (!kept) throw new Error(`zoekwoorden: ${name} is geen geïndexeerde pagina`);
    return withSearchTerms(html, kept.reading.read, kept.terms);
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

