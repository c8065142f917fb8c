/**
 * Reading content/begrippen.yml from disk (build, content check, tools). Kept apart from
 * glossary.ts, which the CMS admin bundles for the browser and so must not need node:fs.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { YAML_12_CORE } from './yaml-core.ts';
import { checkGlossary, GLOSSARY_FILE, type GlossaryResult } from './glossary.ts';

/** Read and check content/begrippen.yml; a content root without the file has no begrippenlijst. */
export function readGlossary(root: string, displayFile = `content/${GLOSSARY_FILE}`): GlossaryResult {
  const path = join(root, GLOSSARY_FILE);
  if (!existsSync(path)) return { terms: [], problems: [] };
  let raw: unknown;
  try {
    raw = loadYaml(readFileSync(path, 'utf8'), { schema: YAML_12_CORE });
  } catch {
    return { terms: [], problems: [{ file: displayFile, field: '', found: 'YAML die niet te lezen is', allowed: 'terms: met daaronder een lijst met begrippen, elk met term en explanation' }] };
  }
  return checkGlossary(raw, displayFile);
}
