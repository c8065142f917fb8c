/**
 * Component styles are global (issue 20): a scoped <style> makes Astro write a data-astro-cid-*
 * attribute on every element of the component, a quarter of a list page's bytes. So every <style> in
 * src/ is `is:global`, and each selector stays inside its own component by starting from a class (or
 * id) that the component itself writes: `.facts__title`, `.browse summary`, never a bare `h2` or `ul li`.
 * Two components never start selectors from the same class, so one cannot restyle the other.
 * (tests/site/dist.site.test.ts checks the built pages for the attribute.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../support/paths.ts';

const SRC = join(PROJECT_ROOT, 'src');
const files = readdirSync(SRC, { withFileTypes: true, recursive: true })
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name));
const astroFiles = files.filter((f) => f.endsWith('.astro'));
/** Classes that client scripts put on elements they create are written in the feature's TypeScript. */
const scriptText = files.filter((f) => f.endsWith('.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');

type StyleBlock = { file: string; attrs: string; css: string; markup: string };
const STYLE = /<style\b([^>]*)>([\s\S]*?)<\/style>/g;

function styleBlocks(file: string): StyleBlock[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(STYLE)].map((m) => ({ file: relative(PROJECT_ROOT, file), attrs: m[1]!, css: m[2]!, markup: text.replace(STYLE, '') }));
}

/** Split on a character outside brackets and parentheses. */
function splitTop(text: string, at: (ch: string) => boolean): string[] {
  const parts: string[] = [];
  let depth = 0, start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(' || ch === '[') depth++;
    else if (ch === ')' || ch === ']') depth--;
    else if (depth === 0 && at(ch)) { parts.push(text.slice(start, i)); start = i + 1; }
  }
  parts.push(text.slice(start));
  return parts;
}

/** Every selector of the style rules (not at-rule preludes, not keyframe steps). */
export function selectorsOf(css: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  let prelude = '';
  for (const ch of css.replace(/\/\*[\s\S]*?\*\//g, '')) {
    if (ch === '{') {
      const p = prelude.trim();
      if (!p.startsWith('@') && !stack.some((s) => /^@(-\w+-)?keyframes/.test(s))) out.push(...splitTop(p, (c) => c === ',').map((s) => s.trim()));
      stack.push(p);
      prelude = '';
    } else if (ch === '}') { stack.pop(); prelude = ''; }
    else if (ch === ';') prelude = '';
    else prelude += ch;
  }
  return out;
}

/** The classes and ids of a selector's first compound (`.a.b:hover > li` → [.a, .b]), outside :not() and the like. */
export function leadingHooks(selector: string): string[] {
  const first = splitTop(selector.trim(), (c) => /[\s>+~]/.test(c))[0] ?? '';
  const outside = splitTop(first, () => false)[0]!.replace(/\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\]/g, '');
  return [...outside.matchAll(/([.#])(-?[_a-zA-Z][\w-]*)/g)].map((m) => m[1]! + m[2]!);
}

const written = (name: string, text: string) => new RegExp(`(?<![\\w-])${name.replace(/[-]/g, '\\-')}(?![\\w-])`).test(text);
/** A class counts as the component's own when its markup (or a client script) writes it; a BEM modifier built in a template (`badge--${status}`) by its block. */
const ownHook = (hook: string, block: StyleBlock) => {
  const name = hook.slice(1);
  return [name, name.replace(/--[\w-]*$/, '')].some((n) => written(n, block.markup) || written(n, scriptText));
};

const blocks = astroFiles.flatMap(styleBlocks);

describe('component styles', () => {
  it('finds the style blocks', () => {
    expect(blocks.length).toBeGreaterThan(50);
  });

  it('are global: no scoped <style> (it writes data-astro-cid-* on every element)', () => {
    const scoped = blocks.filter((b) => !/\bis:global\b/.test(b.attrs)).map((b) => b.file);
    expect(scoped, 'write <style is:global> and start each selector from a class of the component').toEqual([]);
  });

  it('start every selector from a class or id that the component itself writes', () => {
    const loose = blocks.flatMap((b) =>
      selectorsOf(b.css)
        .filter((sel) => !leadingHooks(sel).some((hook) => ownHook(hook, b)))
        .map((sel) => `${b.file}: ${sel}`),
    );
    expect(loose, 'a bare element selector would style every page: hang it under the component\'s own class').toEqual([]);
  });

  it('never start from a class that another component styles too', () => {
    const owners = new Map<string, Set<string>>();
    for (const b of blocks) {
      for (const sel of selectorsOf(b.css)) {
        const hook = leadingHooks(sel)[0];
        if (hook) owners.set(hook, (owners.get(hook) ?? new Set()).add(b.file));
      }
    }
    const shared = [...owners].filter(([, f]) => f.size > 1).map(([hook, f]) => `${hook}: ${[...f].join(', ')}`);
    expect(shared, 'give each component its own class name (BEM: .block, .block__part)').toEqual([]);
  });
});

describe('the selector reader', () => {
  it('reads rules inside @media and skips keyframe steps and comments', () => {
    const css = `/* .x { } */ .a, .b > li { color: red; } @media (min-width: 1px) { .c:hover { x: y; } } @keyframes k { from { x: 0; } to { x: 1; } }`;
    expect(selectorsOf(css)).toEqual(['.a', '.b > li', '.c:hover']);
  });

  it('takes the classes and ids of the first compound only', () => {
    expect(leadingHooks('.a.b:not(.c) > li .d')).toEqual(['.a', '.b']);
    expect(leadingHooks('#inhoud:focus')).toEqual(['#inhoud']);
    expect(leadingHooks("tr.is-weak th")).toEqual(['.is-weak']);
    expect(leadingHooks("a[href^='.x']")).toEqual([]);
    expect(leadingHooks('h2 .muted')).toEqual([]);
  });
});
