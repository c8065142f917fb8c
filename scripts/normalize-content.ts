/**
 * Rewrites every entry under content/ (and the begrippenlijst) in the layout the admin saves (cms/yaml-layout.ts), so that a
 * file edited by hand or by a script gives a clean review diff on its next save in the admin.
 *   node scripts/normalize-content.ts          rewrite the files that differ, and name them
 *   node scripts/normalize-content.ts --check  only name them; exit 1 when any differs
 * tests/cms/yaml-layout.test.ts fails when a file in content/ is not in this layout.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { collections, contentRoot, type CollectionName } from '../src/model/index.ts';
import { NOT_IN_CMS } from '../cms/config.ts';
import { glossaryFormat, layoutFormat } from '../cms/yaml-layout.ts';
import { GLOSSARY_FILE } from '../src/model/glossary.ts';

const check = process.argv.includes('--check');
const root = contentRoot();
let differing = 0;
for (const collection of Object.keys(collections) as CollectionName[]) {
  if (NOT_IN_CMS.includes(collection)) continue;
  const order = Object.keys(collections[collection].schema.shape);
  const dir = join(root, collection);
  for (const name of readdirSync(dir).filter((f) => f.endsWith(`.${collections[collection].extension}`))) {
    const path = join(dir, name);
    const text = readFileSync(path, 'utf8');
    const normal = layoutFormat.toFile(layoutFormat.fromFile(text), order);
    if (normal === text) continue;
    differing++;
    console.log(`${check ? 'afwijkend' : 'herschreven'}: ${collection}/${name}`);
    if (!check) writeFileSync(path, normal);
  }
}
// The begrippenlijst, one YAML file under its header comment.
const glossary = join(root, GLOSSARY_FILE);
if (existsSync(glossary)) {
  const text = readFileSync(glossary, 'utf8');
  const normal = glossaryFormat.toFile(glossaryFormat.fromFile(text));
  if (normal !== text) {
    differing++;
    console.log(`${check ? 'afwijkend' : 'herschreven'}: ${GLOSSARY_FILE}`);
    if (!check) writeFileSync(glossary, normal);
  }
}
if (check && differing > 0) process.exit(1);
