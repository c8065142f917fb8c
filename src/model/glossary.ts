/**
 * The begrippenlijst: the field's terms and abbreviations in plain Dutch, kept as content in
 * content/begrippen.yml (one list, edited like the other content). The site shows it on
 * /begrippen/; the content check reads it to warn about a listed term used without explanation
 * (plain-language.ts); the search index finds a page under every form of a term it uses
 * (src/search/synonyms.ts). A content root without the file simply has no begrippenlijst.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { z } from 'astro/zod';
import { YAML_12_CORE } from './yaml-core.ts';
import { problemFromIssue, type Problem } from './problems.ts';
import { f } from './fields.ts';

export const GLOSSARY_FILE = 'begrippen.yml';

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

/** Read and check content/begrippen.yml (problems in Dutch, naming file, field, found and allowed). */
export function readGlossary(root: string, displayFile = `content/${GLOSSARY_FILE}`): GlossaryResult {
  const path = join(root, GLOSSARY_FILE);
  if (!existsSync(path)) return { terms: [], problems: [] };
  let raw: unknown;
  try {
    raw = loadYaml(readFileSync(path, 'utf8'), { schema: YAML_12_CORE });
  } catch {
    return { terms: [], problems: [{ file: displayFile, field: '', found: 'YAML die niet te lezen is', allowed: 'terms: met daaronder een lijst met begrippen, elk met term en explanation' }] };
  }
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
