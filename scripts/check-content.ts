/** `npm run check:content`: check the content root (CONTENT_DIR, default content/) and list every problem. */
import { loadContent } from '../src/model/load.ts';
import { formatProblem } from '../src/model/problems.ts';
import { contentRoot } from '../src/model/index.ts';

const root = contentRoot();
const { entries, problems } = loadContent(root);
const count = Object.values(entries).reduce((n, list) => n + list.length, 0);
if (problems.length) {
  console.error(`De content in ${root} heeft ${problems.length} ${problems.length === 1 ? 'probleem' : 'problemen'}:`);
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  process.exit(1);
}
console.log(`Content in orde: ${count} bestanden in ${root}.`);
