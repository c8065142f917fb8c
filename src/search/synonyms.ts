/**
 * Abbreviations and their written-out forms, from the begrippenlijst (content/begrippen.yml): a page
 * that uses one form of a term is also found under the others ("vso" ↔ "voortgezet speciaal
 * onderwijs", "MDO" ↔ "multidisciplinair overleg"). Editors extend the list; nothing else needs
 * upkeep. Only the forms of one entry (term, full name, other forms) are the same: two entries are
 * never joined, so terms the field keeps apart (jeugdzorg and jeugdhulp) stay apart as long as each
 * has its own entry. An entry may name them under `distinct` (see src/model/glossary.ts).
 *
 * Brackets mark an optional part: "(V)SO" with "(voortgezet) speciaal onderwijs" is two groups, "vso"
 * ↔ "voortgezet speciaal onderwijs" and "so" ↔ "speciaal onderwijs"; the other forms (of one word:
 * "GI", "CoP", a plural) belong to the first.
 */
import { searchWords } from './index-text.ts';

export interface GlossaryForms {
  term: string;
  full?: string | undefined;
  also?: string[] | undefined;
}

/** One form as words, e.g. ["voortgezet", "speciaal", "onderwijs"]. */
type Form = string[];

/** The readings of a form with optional parts: with them and without them. */
function readings(form: string): { with: string; without: string } {
  return { with: form.replace(/[()]/g, ''), without: form.replace(/\([^)]*\)/g, ' ') };
}

/** The groups of forms that mean the same, each form as its words. */
export function synonymGroups(terms: GlossaryForms[]): Form[][] {
  const groups: Form[][] = [];
  for (const t of terms) {
    const term = readings(t.term);
    const full = t.full ? readings(t.full) : undefined;
    // Other forms of more than one word ("interprofessioneel werken") are phrases for the
    // plain-language check, not other names: they would add common words ("werken") to the page.
    const also = (t.also ?? []).filter((form) => searchWords(form).length === 1);
    const main = [term.with, ...(full ? [full.with] : []), ...also];
    const short = term.without !== term.with || (full && full.without !== full.with) ? [term.without, ...(full ? [full.without] : [])] : [];
    for (const group of [main, short]) {
      const forms = unique(group.map((f) => searchWords(f)).filter((w) => w.length > 0));
      if (forms.length > 1) groups.push(forms);
    }
  }
  return groups;
}

function unique(forms: Form[]): Form[] {
  const seen = new Set<string>();
  return forms.filter((f) => {
    const key = f.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The forms a page lacks of every group it uses one form of, as words to add (each form once).
 * `words` are the page's words in order; `has` answers for single words without a scan.
 */
export function missingSynonyms(groups: Form[][], words: string[], has: (word: string) => boolean = (w) => words.includes(w)): string[] {
  let joined: string | undefined;
  const contains = (form: Form) => {
    if (!form.every(has)) return false;
    if (form.length === 1) return true;
    joined ??= ` ${words.join(' ')} `;
    return joined.includes(` ${form.join(' ')} `);
  };
  const add: string[] = [];
  for (const group of groups) {
    const present = group.map(contains);
    if (!present.some(Boolean)) continue;
    group.forEach((form, i) => {
      if (!present[i]) add.push(form.join(' '));
    });
  }
  return [...new Set(add)];
}
