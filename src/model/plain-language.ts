/**
 * Plain Dutch (B1) in the content: warnings, not errors (the build goes on). A sentence of more than
 * MAX_WORDS words, and a term from the begrippenlijst (content/begrippen.yml) used on a page
 * without explanation: no full name anywhere in the entry and no explanation right after the term
 * ("MDO (multidisciplinair overleg)", "MDO: ...", "MDO is ...", "MDO betekent ..."). Each warning
 * names the file, the field, what was found and what helps, like the content check's problems.
 */
import type { ContentSet, LoadedEntry } from './content-set.ts';
import { formatPath, type Problem } from './problems.ts';
import type { Term } from './glossary.ts';

export const MAX_WORDS = 25;

/** Fields that hold names, ids, addresses or dates: not prose, so not checked. */
const NOT_PROSE = new Set(['title', 'name', 'place', 'organisation', 'organiser', 'email', 'phone', 'url', 'label', 'publisher', 'date', 'value', 'indicator', 'source', 'heading', 'term', 'full', 'role']);

interface Text {
  field: string;
  text: string;
}

/** The prose of an entry: its body and every longer text field of its front matter. */
export function proseOf(entry: LoadedEntry): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, path: PropertyKey[]) => {
    const key = path.at(-1);
    if (typeof key === 'string' && NOT_PROSE.has(key)) return;
    if (typeof value === 'string') {
      if (/\s/.test(value.trim()) && !/^https?:/.test(value)) out.push({ field: formatPath(path), text: value });
    } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, [...path, k]);
  };
  walk(entry.raw, []);
  if (entry.body.trim()) out.push({ field: 'body', text: entry.body });
  return out;
}

/** Markdown made plain: link texts kept, markup, headings and list markers dropped; one line a block. */
function plain(text: string): string[] {
  return text
    .replace(/^import .*$/gm, '')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/[*_`>#]/g, '')
    .split(/\n+/)
    .map((line) => line.replace(/^\s*(?:[-+]|\d+\.)\s+/, '').trim())
    .filter(Boolean);
}

/** Sentences: split after . ! ? or ; followed by a space and a capital, a digit or a quote. */
export function sentences(text: string): string[] {
  return plain(text).flatMap((line) => line.split(/(?<=[.!?;])\s+(?=["'‘“(]?[A-Z0-9À-Ý])/));
}

export const wordCount = (sentence: string) => sentence.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A form of a term in text: abbreviations (two capitals or more) as written, words in any case. */
function formPattern(form: string): RegExp {
  const caseSensitive = /[A-Z].*[A-Z]/.test(form);
  return new RegExp(`(?<![\\p{L}\\d-])${escape(form)}(?![\\p{L}\\d-])`, caseSensitive ? 'u' : 'iu');
}

/** Whether `all` (an entry's prose) explains the term: its full name, or an explanation after it. */
export function explains(all: string, term: Term): boolean {
  if (term.full && all.toLowerCase().includes(term.full.toLowerCase())) return true;
  for (const form of [term.term, ...(term.also ?? [])]) {
    const after = new RegExp(`${formPattern(form).source}\\s*(?:\\(|:\\s|,? (?:is|zijn|betekent|heet|staat voor) )`, formPattern(form).flags);
    if (after.test(all)) return true;
  }
  return false;
}

export interface Warning extends Problem {}

export function formatWarning(w: Warning): string {
  const where = w.field ? `${w.field}${w.label ? ` (${w.label})` : ''}` : 'bestand';
  return `${w.file}: ${where}: waarschuwing: ${w.found}; beter: ${w.allowed}`;
}

export function checkPlainLanguage(content: ContentSet, terms: readonly Term[]): Warning[] {
  const warnings: Warning[] = [];
  for (const list of Object.values(content)) {
    for (const entry of list) {
      const texts = proseOf(entry);
      for (const { field, text } of texts) {
        for (const s of sentences(text)) {
          const n = wordCount(s);
          if (n > MAX_WORDS) {
            warnings.push({ file: entry.file, field, found: `een zin van ${n} woorden ("${s.length > 60 ? `${s.slice(0, 57)}…` : s}")`, allowed: `zinnen van hoogstens ${MAX_WORDS} woorden: maak er twee zinnen van` });
          }
        }
      }
      const all = texts.map((t) => t.text).join('\n');
      for (const term of terms) {
        const forms = [term.term, ...(term.also ?? [])];
        const used = texts.find((t) => forms.some((form) => formPattern(form).test(t.text)));
        if (!used || explains(all, term)) continue;
        warnings.push({
          file: entry.file,
          field: used.field,
          found: `het begrip "${term.term}" zonder uitleg`,
          allowed: `leg het uit bij het eerste gebruik, bijvoorbeeld "${term.term} (${term.full ?? 'korte uitleg'})"; de uitleg staat ook in de begrippenlijst (content/begrippen.yml)`,
        });
      }
    }
  }
  return warnings;
}
