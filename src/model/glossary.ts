/**
 * The begrippenlijst: the field's terms and abbreviations in plain Dutch, kept as content in
 * content/begrippen.yml (one list, edited like the other content). The site shows it on
 * /begrippen/; the content check reads it to warn about a listed term used without explanation
 * (plain-language.ts); the search index finds a page under every form of a term it uses
 * (src/search/synonyms.ts). A content root without the file simply has no begrippenlijst.
 */
import { z } from 'astro/zod';
import { problemFromIssue, type Problem } from './problems.ts';
import { f } from './fields.ts';

export const GLOSSARY_FILE = 'begrippen.yml';

/** The comment at the top of the file, for whoever opens it in Git; the CMS writes it back on every save. */
export const GLOSSARY_HEADER = [
  '# De begrippenlijst: woorden en afkortingen uit onderwijs, jeugdhulp en zorg, in gewone taal.',
  '# De site maakt er de pagina Begrippenlijst van; je kunt de lijst ook in het beheerscherm aanpassen.',
  '# De contentcheck waarschuwt als een begrip uit deze lijst op een pagina staat zonder uitleg: schrijf',
  '# dan bij het eerste gebruik de volledige naam of een korte uitleg tussen haakjes, bijvoorbeeld',
  '# "MDO (multidisciplinair overleg)".',
  '# Per begrip:',
  '#   term: het woord zoals het in de tekst staat (ook de afkorting)',
  '#   full: de volledige naam (alleen bij een afkorting)',
  '#   explanation: uitleg in gewone taal (B1), hoogstens twee zinnen',
  '#   also: andere vormen van het woord die ook tellen (meervoud, andere schrijfwijze)',
  '# De zoekfunctie gebruikt deze lijst: wie "vso" zoekt, vindt ook pagina\'s met "voortgezet speciaal',
  '# onderwijs", en andersom. Alleen de vormen van één begrip horen zo bij elkaar. Zet daarom geen ander',
  '# begrip bij also: jeugdzorg en jeugdhulp zijn bijvoorbeeld niet hetzelfde.',
  '',
].join('\n');

export const termSchema = f.object(
  {
    term: f.string({ label: 'Begrip', hint: 'Het woord of de afkorting zoals die in de tekst staat, bijvoorbeeld "MDO".' }),
    full: f.string({ label: 'Volledige naam', hint: 'Alleen bij een afkorting, bijvoorbeeld "multidisciplinair overleg". Wie op de afkorting zoekt, vindt ook pagina\'s met de volledige naam, en andersom.' }).optional(),
    explanation: f.text({ label: 'Uitleg', hint: 'In gewone taal, hoogstens twee zinnen.', max: 300 }),
    also: f
      .list(f.string({ label: 'Andere vorm', hint: 'Bijvoorbeeld het meervoud.' }), {
        label: 'Andere vormen',
        hint: 'Meervoud of andere schrijfwijzen die ook tellen. De zoekfunctie vindt ze als hetzelfde woord. Zet hier dus geen ander begrip: jeugdzorg is bijvoorbeeld niet hetzelfde als jeugdhulp.',
      })
      .optional(),
  },
  { label: 'Begrip' },
);
/** The file: one group with the list, so the CMS can edit it as a file (Decap needs a group at the top). */
export const glossarySchema = z.strictObject({
  terms: f.list(termSchema, { label: 'Begrippen', hint: 'Woorden en afkortingen uit het werkveld, elk met een uitleg in gewone taal.' }),
});
export type Term = z.infer<typeof termSchema>;

/** The anchor of a term on /begrippen/: "(V)SO" → "v-so", "Jeugdwet-indicatie" → "jeugdwet-indicatie". */
export function termId(term: string): string {
  return term
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export interface GlossaryResult {
  terms: Term[];
  problems: Problem[];
}

/**
 * Check the parsed begrippenlijst (problems in Dutch, naming file, field, found and allowed): the
 * schema, and each term once. Pure, so the CMS checks a save with the same rules as the build.
 */
export function checkGlossary(raw: unknown, displayFile = `content/${GLOSSARY_FILE}`): GlossaryResult {
  const result = glossarySchema.safeParse(raw);
  if (!result.success) {
    return { terms: [], problems: result.error.issues.flatMap((issue) => problemFromIssue(displayFile, glossarySchema, raw, issue)) };
  }
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  result.data.terms.forEach((t, i) => {
    const id = termId(t.term);
    if (seen.has(id)) problems.push({ file: displayFile, field: `terms[${i}].term`, label: 'Begrip', found: `"${t.term}", dat al op plek ${seen.get(id)! + 1} staat`, allowed: 'elk begrip één keer' });
    else seen.set(id, i);
  });
  return { terms: result.data.terms, problems };
}
