/**
 * What a built site weighs: sizes of dist/ and of its search index, one page's HTML (raw and gzip),
 * the JavaScript it loads (script elements, module preloads and their static imports), and the
 * profile by page type (pages, HTML bytes, render time from Astro's log).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface DirSize {
  bytes: number;
  files: number;
}

export function dirSize(dir: string): DirSize {
  let bytes = 0;
  let files = 0;
  if (!existsSync(dir)) return { bytes, files };
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) stack.push(p);
      else {
        bytes += statSync(p).size;
        files++;
      }
    }
  }
  return { bytes, files };
}

export interface PageWeight {
  path: string;
  htmlBytes: number;
  htmlGzipBytes: number;
  /** `<script>` elements that run (not JSON data blocks). */
  scripts: number;
  inlineScriptBytes: number;
  /** Bytes of the external scripts, module preloads and everything they import statically. */
  jsBytes: number;
  jsFiles: string[];
  cssBytes: number;
  /** JSON data blocks (`<script type="application/json">` etc.), which are not JavaScript. */
  jsonBytes: number;
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag)?.slice(2).find((x) => x !== undefined);

/** Weigh the page at `urlPath` (e.g. /praktijkvoorbeelden/x/) of the site in `dist`. */
export function pageWeight(dist: string, urlPath: string): PageWeight {
  const file = join(dist, urlPath, urlPath.endsWith('/') ? 'index.html' : '');
  const html = readFileSync(file);
  const text = html.toString('utf8');
  const js = new Set<string>();
  let scripts = 0;
  let inlineScriptBytes = 0;
  let jsonBytes = 0;
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const tag = `<script ${m[1]}>`;
    const type = (attr(tag, 'type') ?? '').toLowerCase();
    if (type && !/^(module|text\/javascript|application\/javascript)$/.test(type)) {
      jsonBytes += Buffer.byteLength(m[2]!);
      continue;
    }
    scripts++;
    const src = attr(tag, 'src');
    if (src) js.add(src);
    else inlineScriptBytes += Buffer.byteLength(m[2]!);
  }
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase();
    const href = attr(m[0], 'href');
    if (href && rel === 'modulepreload') js.add(href);
  }
  let cssBytes = 0;
  for (const m of text.matchAll(/<link\b[^>]*>/gi)) {
    const rel = (attr(m[0], 'rel') ?? '').toLowerCase();
    const href = attr(m[0], 'href');
    if (href && rel === 'stylesheet' && href.startsWith('/') && existsSync(join(dist, href))) cssBytes += statSync(join(dist, href)).size;
  }
  // Follow static imports of local scripts.
  const seen = new Set<string>();
  const queue = [...js].filter((s) => s.startsWith('/'));
  let jsBytes = 0;
  while (queue.length) {
    const src = queue.shift()!;
    const abs = join(dist, src.split('?')[0]!);
    if (seen.has(abs) || !existsSync(abs)) continue;
    seen.add(abs);
    const code = readFileSync(abs, 'utf8');
    jsBytes += Buffer.byteLength(code);
    for (const m of code.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]+from\s*)?["']([^"']+\.m?js)["']/g)) {
      const target = m[1]!;
      if (target.startsWith('.') || target.startsWith('/')) {
        const resolved = target.startsWith('/') ? target : '/' + relative(dist, resolve(dirname(abs), target));
        queue.push(resolved);
      }
    }
  }
  return {
    path: urlPath,
    htmlBytes: html.length,
    htmlGzipBytes: gzipSync(html).length,
    scripts,
    inlineScriptBytes,
    jsBytes: jsBytes + inlineScriptBytes,
    jsFiles: [...seen].map((f) => '/' + relative(dist, f)),
    cssBytes,
    jsonBytes,
  };
}

/** The page type of an output path, for the profile: "/praktijkvoorbeelden/[id]", "/regios/", … */
export function pageType(path: string): string {
  const clean = path.replace(/index\.html$/, '').replace(/\/$/, '');
  const parts = clean.split('/').filter(Boolean);
  if (parts.length === 0) return '/ (home)';
  const [a, b, c] = parts;
  if (parts.length === 1) return /\.\w+$/.test(a!) ? `/${a}` : `/${a}/`;
  if (/^\d+$/.test(b!)) return `/${a}/[page]`;
  if (b === 'thema' || b === 'advies' || b === 'pagina') return `/${a}/${b}/[id]${parts.length > 3 || (c && /^\d+$/.test(parts[3] ?? '')) ? '/[page]' : ''}`;
  if (parts.length > 2) return `/${a}/[id]/${parts.slice(2).map((p) => (/^\d+$/.test(p) ? '[page]' : p)).join('/')}`;
  return /\.\w+$/.test(b!) && b !== 'index.html' ? `/${a}/${b!.replace(/^[^.]+/, '*')}` : `/${a}/[id]`;
}

export interface TypeProfile {
  type: string;
  pages: number;
  htmlBytes: number;
  maxHtmlBytes: number;
  maxHtmlPath: string;
  renderMs: number;
  maxRenderMs: number;
  maxRenderPath: string;
}

/** Pages, HTML bytes and render time (Astro's "(+Nms)" per page) by page type. */
export function profileByType(dist: string, lines: { text: string }[]): TypeProfile[] {
  const types = new Map<string, TypeProfile>();
  const get = (type: string) => {
    let t = types.get(type);
    if (!t) types.set(type, (t = { type, pages: 0, htmlBytes: 0, maxHtmlBytes: 0, maxHtmlPath: '', renderMs: 0, maxRenderMs: 0, maxRenderPath: '' }));
    return t;
  };
  const stack = [dist];
  while (stack.length) {
    const d = stack.pop()!;
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) {
        if (p !== join(dist, 'pagefind') && p !== join(dist, '_astro')) stack.push(p);
      } else if (entry.name.endsWith('.html')) {
        const rel = '/' + relative(dist, p);
        const t = get(pageType(rel));
        const size = statSync(p).size;
        t.pages++;
        t.htmlBytes += size;
        if (size > t.maxHtmlBytes) {
          t.maxHtmlBytes = size;
          t.maxHtmlPath = rel;
        }
      }
    }
  }
  for (const { text } of lines) {
    const m = /[├└]─\s+(\S+)\s+\(\+([\d.]+)(ms|s)\)/.exec(text);
    if (!m) continue;
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const t = get(pageType(m[1]!));
    t.renderMs += ms;
    if (ms > t.maxRenderMs) {
      t.maxRenderMs = ms;
      t.maxRenderPath = m[1]!;
    }
  }
  return [...types.values()].sort((a, b) => b.renderMs - a.renderMs || b.htmlBytes - a.htmlBytes);
}

/** Phase timings from Astro's log (arrival times of the lines) and the Pagefind line of the site. */
export function phases(lines: { t: number; text: string }[]) {
  const at = (re: RegExp) => lines.find((l) => re.test(l.text))?.t;
  const syncStart = at(/\[content\] Syncing content/);
  const syncEnd = at(/\[content\] Synced content/);
  const entryStart = at(/Building static entrypoints/);
  const routesStart = at(/generating static routes/);
  const routesLine = lines.find((l) => routesStart !== undefined && l.t >= routesStart && /✓ Completed in/.test(l.text) && !/\[build\]/.test(l.text));
  const pagefindLine = lines.find((l) => /\[mao:pagefind\] (\d+) pagina/.test(l.text));
  const pagefindMatch = pagefindLine ? /\[mao:pagefind\] (\d+) pagina's in de zoekindex \((\d+) ms\)/.exec(pagefindLine.text) : null;
  const builtLine = lines.find((l) => /\[build\] (\d+) page\(s\) built in/.test(l.text));
  const parseDuration = (text: string | undefined) => {
    const m = text ? /in ([\d.]+)(ms|s|m)/.exec(text) : null;
    return m ? Number(m[1]) * (m[2] === 'ms' ? 1 : m[2] === 's' ? 1000 : 60_000) : undefined;
  };
  return {
    contentSyncMs: syncStart !== undefined && syncEnd !== undefined ? Math.round(syncEnd - syncStart) : undefined,
    /** From the start of the process to the first content sync line: config, integrations (the content check). */
    startupMs: syncStart !== undefined ? Math.round(syncStart) : undefined,
    bundleMs: entryStart !== undefined && routesStart !== undefined ? Math.round(routesStart - entryStart) : undefined,
    renderMs: parseDuration(routesLine?.text),
    pagefindMs: pagefindMatch ? Number(pagefindMatch[2]) : undefined,
    pagefindPages: pagefindMatch ? Number(pagefindMatch[1]) : undefined,
    pages: builtLine ? Number(/(\d+) page/.exec(builtLine.text)![1]) : undefined,
  };
}
