/**
 * The nginx equivalent of public/_headers, generated from it so there is one source of truth:
 *
 *   node scripts/deploy/nginx.ts > .ci/deploy/nginx.conf
 *
 * (tests/deploy/headers.test.ts fails when the committed file is not what this prints, and proves
 * that the snippet sends the same headers as _headers for the same paths.)
 *
 * How it works: nginx picks one `location` per request and `add_header` does not merge across
 * locations, so the rules are not turned into locations. Instead each header gets a
 * `map $uri $mao_<header> { "~<pattern>" "<value>"; … }` with one line per rule that sets it, and the
 * server sends every header with `add_header <Header> $mao_<header> always;`. An empty value is not
 * sent. A map takes the first matching regex; _headers never sets one header with two different
 * values for one path (see scripts/deploy/headers.ts), so the order does not matter and the result is
 * exactly what Netlify and Cloudflare send. `$uri` is the path after nginx's internal redirects
 * (`/over/` → `/over/index.html`, a missing page → `/404.html`), which is why _headers also lists
 * `/index.html`-style paths. The patterns are matched like Cloudflare does: anchored, `*` = `.*`,
 * `:id` = `[^/]+`.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHeaders, patternSource, type HeaderRule } from './headers.ts';

/**
 * What Netlify and Cloudflare Pages send when _headers says nothing about a header; nginx sends
 * nothing by default, so the snippet sets these itself.
 */
export const HOST_DEFAULTS: Record<string, string> = {
  'cache-control': 'public, max-age=0, must-revalidate',
};

export const HEADERS_FILE = fileURLToPath(new URL('../../public/_headers', import.meta.url));

/** "Content-Security-Policy" → "$mao_content_security_policy". */
export const variableOf = (name: string) => `$mao_${name.toLowerCase().replace(/[^a-z0-9]+/g, '_')}`;

/**
 * The nginx regex of a pattern: Cloudflare's, with escapes written as character classes ("\\." →
 * "[.]"), since a backslash inside an nginx string is itself an escape character.
 */
export function nginxRegex(pattern: string): string {
  return patternSource(pattern, 'cloudflare').replace(/\\(.)/g, (_, c: string) => {
    if (c === '^' || c === ']' || c === '\\') throw new Error(`cannot write ${pattern} for nginx`);
    return `[${c}]`;
  });
}

function quoted(s: string, what: string): string {
  // Inside "…" nginx would read \ and " specially and expand $variables in a map's values.
  if (/["\\]/.test(s) || (what === 'value' && s.includes('$'))) throw new Error(`cannot write ${what} ${s} for nginx`);
  return `"${s}"`;
}

export function nginxConf(rules: HeaderRule[]): string {
  // Header names in order of first appearance, written as in _headers.
  const names = new Map<string, string>();
  for (const rule of rules) for (const h of rule.headers) if (!names.has(h.name.toLowerCase())) names.set(h.name.toLowerCase(), h.name);
  for (const key of Object.keys(HOST_DEFAULTS)) if (!names.has(key)) throw new Error(`HOST_DEFAULTS has ${key}, which _headers never sets`);

  const out: string[] = [
    '# GENERATED from public/_headers by scripts/deploy/nginx.ts: do not edit, run',
    '#   node scripts/deploy/nginx.ts > .ci/deploy/nginx.conf',
    '# The same response headers as on Netlify and Cloudflare Pages, for nginx serving dist/.',
    '# Put this file where the http {} block includes it (Debian: /etc/nginx/conf.d/), set',
    '# server_name, root and TLS, and reload. See README.md, "Publishing".',
    '',
  ];
  for (const [key, name] of names) {
    out.push(`map $uri ${variableOf(name)} {`);
    out.push(`  default ${quoted(HOST_DEFAULTS[key] ?? '', 'value')};`);
    for (const rule of rules) {
      const h = rule.headers.find((x) => x.name.toLowerCase() === key);
      if (h) out.push(`  ${quoted(`~${nginxRegex(rule.pattern)}`, 'pattern')} ${quoted(h.value, 'value')};  # ${rule.pattern}`);
    }
    out.push('}', '');
  }
  out.push(
    'server {',
    '  listen 80;',
    '  server_name _;                      # your host name',
    '  root /var/www/met-andere-ogen/dist;  # the folder `npm run build` wrote',
    '  index index.html;',
    '  error_page 404 /404.html;',
    '',
    '  # Every header above, also on 404 responses ("always"); an empty value is not sent.',
    ...[...names.values()].map((name) => `  add_header ${name} ${variableOf(name)} always;`),
    '',
    '  location / {',
    '    # /over → /over/ (a redirect), /over/ → /over/index.html, anything else missing → /404.html.',
    '    try_files $uri $uri/ =404;',
    '  }',
    '  # The rules file itself is for the host, not for visitors.',
    '  location = /_headers {',
    '    return 404;',
    '  }',
    '}',
    '',
  );
  return out.join('\n');
}

/**
 * What an nginx with this snippet sends for a `$uri`, read back from the snippet's own text (its
 * maps and add_header lines), for the tests that compare it with _headers: per header, the first
 * map regex that matches, else the map's default; empty values are not sent.
 */
export function nginxHeadersFor(conf: string, uri: string): Record<string, string> {
  const maps = new Map<string, { default: string; entries: [RegExp, string][] }>();
  for (const m of conf.matchAll(/^map \$uri (\$\w+) \{\n([\s\S]*?)^\}/gm)) {
    const map = { default: '', entries: [] as [RegExp, string][] };
    for (const line of m[2]!.split('\n')) {
      const d = /^\s*default "([^"]*)";/.exec(line);
      if (d) map.default = d[1]!;
      const e = /^\s*"~([^"]*)" "([^"]*)";/.exec(line);
      if (e) map.entries.push([new RegExp(e[1]!), e[2]!]);
    }
    maps.set(m[1]!, map);
  }
  const out: Record<string, string> = {};
  for (const a of conf.matchAll(/^\s*add_header ([\w-]+) (\$\w+) always;/gm)) {
    const map = maps.get(a[2]!);
    if (!map) throw new Error(`add_header ${a[1]} uses ${a[2]}, which no map defines`);
    const value = map.entries.find(([re]) => re.test(uri))?.[1] ?? map.default;
    if (value) out[a[1]!.toLowerCase()] = value;
  }
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  process.stdout.write(nginxConf(parseHeaders(readFileSync(HEADERS_FILE, 'utf8'), 'public/_headers')));
}
