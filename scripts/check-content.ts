/** `npm run check:content`: check the content root (CONTENT_DIR, default content/) and list every problem. */
import { loadContent } from '../src/model/load.ts';
import { formatProblem } from '../src/model/problems.ts';
import { contentRoot } from '../src/model/index.ts';
import { readGlossary } from '../src/model/glossary-file.ts';
import { checkPlainLanguage, formatWarning } from '../src/model/plain-language.ts';

const root = contentRoot();
const { entries, problems } = loadContent(root);
// Plain Dutch: warnings only (long sentences, terms from the begrippenlijst without explanation).
const warnings = checkPlainLanguage(entries, readGlossary(root).terms);
if (warnings.length) {
  console.warn(`${warnings.length} ${warnings.length === 1 ? 'waarschuwing' : 'waarschuwingen'} over gewone taal (B1):`);
  for (const w of warnings) console.warn(`  ${formatWarning(w)}`);
}
const count = Object.values(entries).reduce((n, list) => n + list.length, 0);
if (problems.length) {
  console.error(`De content in ${root} heeft ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Content in orde: ${count} bestanden in ${root}.`);
