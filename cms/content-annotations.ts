/**
 * The content check's problems as GitHub Actions annotations (`::error file=…,title=…::…`), so a
 * contribution's problems show on its pull request, at the file, named by field, in the words of the
 * build (.github/workflows/site.yml runs this before `npm run check:content`, which then fails the
 * job with the same problems as plain lines). Always exits 0: the check itself decides.
 *
 *   node cms/content-annotations.ts
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentRoot } from '../src/model/index.ts';
import { loadContent } from '../src/model/load.ts';
import { formatProblem, type Problem } from '../src/model/problems.ts';

/** GitHub's escaping: the message keeps %, CR and LF; a property also , and :. */
const message = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (text: string) => message(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function annotation(p: Problem): string {
  const field = p.field ? `${p.label ?? p.field}${p.label && p.field !== p.label ? ` (${p.field})` : ''}` : 'bestand';
  return `::error file=${property(p.file)},title=${property(`Inhoud: ${field}`)}::${message(formatProblem(p))}`;
}

// Run as a program (CI), not imported (tests). Not import.meta.main: Node 22 has none.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { problems } = loadContent(contentRoot());
  for (const p of problems) console.log(annotation(p));
}
