/**
 * The Content Security Policy of /admin/: the admin's own files, the local decap-server, and the
 * API hosts of the configured Git backend — nothing else. It goes into the admin page as a <meta>
 * (so it holds on any static host) and can be copied into the host's headers (adminHeaders()).
 *
 * Why the exceptions: Decap validates its configuration with ajv, which compiles schemas to
 * functions ('unsafe-eval'); its styles are emotion <style> tags ('unsafe-inline'); uploads are
 * previewed as blob: and data: URLs.
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
    case 'gitea': {
      const api = origin(b.api_root);
      const base = origin(b.base_url);
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

export function adminCsp(choice: BackendChoice): string {
  const { connect, img } = backendHosts(choice);
  return [
    "default-src 'self'",
    "script-src 'self' 'unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: blob: ${img.join(' ')}`.trim(),
    "font-src 'self' data:",
    `connect-src 'self' ${connect.join(' ')}`.trim(),
    "frame-src 'self' blob:",
    "worker-src 'self' blob:",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}
