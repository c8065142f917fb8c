/**
 * src/components/ holds only components: .astro files (with their styles). What a component shows
 * is computed in its feature's folder (model → feature → component), so nothing under src/ but the
 * pages, the layouts and the components themselves imports from src/components/.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

const SRC = join(PROJECT_ROOT, 'src');
const COMPONENTS = join(SRC, 'components');
/** Folders whose files may use components. */
const MAY_USE_COMPONENTS = ['pages', 'layouts', 'components'].map((d) => join(SRC, d));
const COMPONENT_FILE = /\.(astro|css)$/;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));
}

/** The relative module specifiers a source file imports (static, dynamic and side-effect imports). */
function importedPaths(file: string, text: string): string[] {
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)(['"])(\.{1,2}\/[^'"]+)\1/g)].map((m) => m[2]!);
  return specs.map((s) => resolve(dirname(file), s));
}

const inside = (path: string, dir: string) => !relative(dir, path).startsWith('..');

describe('src/components/ holds only components', () => {
  it('has no file but .astro components and their styles', () => {
    const others = filesUnder(COMPONENTS).filter((f) => !COMPONENT_FILE.test(f));
    expect(others.map((f) => relative(PROJECT_ROOT, f)), 'move computing code to the feature folder under src/').toEqual([]);
  });

  it('is imported only by pages, layouts and other components', () => {
    const offenders = filesUnder(SRC)
      .filter((f) => /\.(ts|tsx|mjs|js|astro)$/.test(f) && !MAY_USE_COMPONENTS.some((d) => inside(f, d)))
      .flatMap((f) => importedPaths(f, readFileSync(f, 'utf8')).filter((p) => inside(p, COMPONENTS)).map((p) => `${relative(PROJECT_ROOT, f)} → ${relative(PROJECT_ROOT, p)}`));
    expect(offenders).toEqual([]);
  });

  it('reads every kind of import (so the check above can fail)', () => {
    const file = join(SRC, 'newsletter', 'x.ts');
    const text = `import type { A } from '../components/a.ts';\nimport B from "../components/B.astro";\nconst c = await import('../components/c.ts');\nimport '../components/d.css';`;
    expect(importedPaths(file, text).map((p) => relative(COMPONENTS, p))).toEqual(['a.ts', 'B.astro', 'c.ts', 'd.css']);
  });
});
