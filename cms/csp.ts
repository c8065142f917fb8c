/**
 * The Content Security Policy of /admin/: the admin's own files, the local decap-server, and the
 * API hosts of the configured Git backend — nothing else. It goes into the admin page as a <meta>
 * (so it holds on any static host, and under `npm start`). On Netlify, Cloudflare Pages and nginx,
 * public/_headers adds adminHeaderCsp(): the same directives with the hosts widened to https:, and
 * frame-ancestors, which a <meta> cannot carry.
 *
 * Why the exceptions: Decap validates its configuration with ajv, which compiles schemas to
 * functions ('unsafe-eval'); its styles are emotion <style> tags ('unsafe-inline'); uploads are
 * previewed as blob: and data: URLs, and read back from their blob: URL when the entry is saved
 * (connect-src blob:).
 */
import type { BackendChoice } from './backend.ts';

function origin(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.origin : undefined;
  } catch {
    return undefined;
  }
}

/** Hosts a backend talks to from the browser: [connect, img]. */
export function backendHosts(choice: BackendChoice): { connect: string[]; img: string[] } {
  const b = choice.backend;
  const local = origin(choice.local_backend.url);
  const connect = new Set<string>();
  const img = new Set<string>();
  if (local) {
    connect.add(local);
    connect.add(local.replace('127.0.0.1', 'localhost'));
  }
  switch (b.name) {
    case 'proxy':
      if (origin(b.proxy_url)) connect.add(origin(b.proxy_url)!);
      break;
    case 'github':
      connect.add(origin(b.api_root) ?? 'https://api.github.com');
      // Decap polls GitHub's status page and shows the editor's avatar.
      connect.add('https://www.githubstatus.com');
      img.add('https://avatars.githubusercontent.com');
      if (origin(b.base_url)) connect.add(origin(b.base_url)!);
      break;
    case 'gitlab': {
      connect.add(origin(b.api_root) ?? 'https://gitlab.com');
      const base = origin(b.base_url);
      if (base) connect.add(base);
      img.add(origin(b.api_root) ?? base ?? 'https://gitlab.com');
      img.add('https://secure.gravatar.com');
      break;
    }
    case 'forgejo':
    case 'gitea': {
      const api = origin(b.api_root);
      const base = origin(b.base_url) ?? api;
      if (api) connect.add(api);
      if (base) {
        connect.add(base);
        img.add(base);
      }
      break;
    }
  }
  return { connect: [...connect], img: [...img] };
}

/** The directives of the admin's policy, given the hosts it may fetch from and show images of. */
function adminDirectives(connect: string[], img: string[]): string[] {
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${img.join(' ')}`.trim(),
    "font-src 'self' data:",
    // blob:: before a save Decap reads each new upload back from its blob: URL (fetch), so an entry
    // with a new image cannot be saved without it.
    `connect-src 'self' blob: ${connect.join(' ')}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ];
}

/** The exact policy for the Git host chosen at build time: the <meta> of /admin/index.html. */
export function adminCsp(choice: BackendChoice): string {
  const { connect, img } = backendHosts(choice);
  return adminDirectives(connect, img).join('; ');
}

/**
 * The policy public/_headers sends with /admin/ (the unit test keeps that file equal to this): the
 * outer fence, the same for every Git host, so one _headers serves any CMS_BACKEND. The Git host's
 * API and images are somewhere on https:; the <meta> above narrows that to the chosen host, and the
 * browser enforces both. Only a header can forbid framing (frame-ancestors), so that is added here.
 * The local decap-server is left out: Decap uses it only when the admin runs on localhost, and
 * there (`npm start`, astro dev) no _headers apply.
 */
export function adminHeaderCsp(): string {
  return [...adminDirectives(['https:'], ['https:']), "frame-ancestors 'none'"].join('; ');
}
