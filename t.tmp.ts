import { loadContent } from './src/model/load.ts';
import { readGlossary } from './src/model/glossary.ts';
import { checkPlainLanguage, formatWarning } from './src/model/plain-language.ts';
const r = loadContent('content');
const g = readGlossary('content');
console.log(g.problems);
const w = checkPlainLanguage(r.entries, g.terms);
console.log(w.length);
for (const x of w) console.log(formatWarning(x));
