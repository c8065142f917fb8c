/**
 * Which Git backend the admin talks to, chosen by environment variables when the admin is bundled
 * (`astro build`, or `astro dev` for the local default). No secrets: everything here ends up in the
 * public admin script. See the README section "Beheer (CMS)" for the setup steps per Git host.
 *
 *   (nothing)               local only: the review server on this computer (`npm start`,
 *                           cms/review/), or decap-server (`npm run start:direct`)
 *   CMS_BACKEND=github      GitHub: review as pull requests, open authoring through forks
 *   CMS_BACKEND=gitlab      GitLab (gitlab.com or your own): review as merge requests; PKCE or
 *                           an OAuth proxy; no open authoring (Decap has none for GitLab)
 *   CMS_BACKEND=forgejo     Forgejo (Codeberg or your own): review as pull requests, open
 *                           authoring through forks; always PKCE
 *   CMS_BACKEND=gitea       Gitea: Decap's Gitea backend has NO editorial workflow (it refuses
 *                           one), so saving publishes at once; always PKCE
 *
 * Every choice but gitea uses Decap's editorial workflow: concept → ter beoordeling → klaar →
 * gepubliceerd. The local default asks for it too; the server that answers decides: the review
 * server offers it, decap-server in fs mode (`start:direct`) only direct publishing, and Decap then
 * falls back to that.
 *
 *   CMS_REPO         owner/name of the repository (required for a Git host)
 *   CMS_BRANCH       the branch entries are published to (default main)
 *   CMS_BASE_URL     GitHub: the OAuth proxy (e.g. https://auth.example.org);
 *                    GitLab/Gitea: the Git host (e.g. https://gitlab.com, https://codeberg.org)
 *   CMS_AUTH_ENDPOINT  path of the login on CMS_BASE_URL (GitHub proxy: default "auth")
 *   CMS_API_ROOT     API address when it is not the host's usual one (own GitLab/Gitea)
 *   CMS_AUTH_TYPE    gitlab: "pkce" (no proxy needed) or "implicit"; gitea always uses pkce
 *   CMS_APP_ID       the OAuth application id (GitLab/Gitea with PKCE)
 *   CMS_LOCAL_PORT   the port of decap-server for the local backend (default 8081)
 *   CMS_REVIEW_PROMISE  how long review takes, as the bureau promises it ("binnen vijf werkdagen"),
 *                    shown on the roles page /admin/rollen.html
 *
 * `local_backend` stays on for every choice: it is only used when the admin runs on localhost and
 * decap-server answers there, so `npm start` edits the files on disk even in a GitHub build.
 */

export type CmsEnv = Record<string, string | undefined>;

export interface BackendChoice {
  backend: Record<string, unknown> & { name: string };
  local_backend: { url: string };
  publish_mode?: 'editorial_workflow' | 'simple';
}

export const DEFAULT_LOCAL_PORT = 8081;

export class CmsEnvError extends Error {
  constructor(message: string) {
    super(`CMS-instellingen: ${message}`);
    this.name = 'CmsEnvError';
  }
}

function value(env: CmsEnv, name: string): string | undefined {
  const v = env[name]?.trim();
  return v ? v : undefined;
}

function required(env: CmsEnv, name: string, why: string): string {
  const v = value(env, name);
  if (!v) throw new CmsEnvError(`${name} ontbreekt; ${why}`);
  return v;
}

function httpsUrl(env: CmsEnv, name: string): string | undefined {
  const v = value(env, name);
  if (v === undefined) return undefined;
  if (!/^https?:\/\/[^\s/]+/.test(v)) throw new CmsEnvError(`${name} is "${v}"; toegestaan: een webadres dat begint met https://`);
  return v.replace(/\/+$/, '');
}

export function localBackendUrl(env: CmsEnv): string {
  const raw = value(env, 'CMS_LOCAL_PORT');
  const port = raw === undefined ? DEFAULT_LOCAL_PORT : Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new CmsEnvError(`CMS_LOCAL_PORT is "${raw}"; toegestaan: een poortnummer, zoals ${DEFAULT_LOCAL_PORT}`);
  }
  // 127.0.0.1, not localhost: decap-server listens on 127.0.0.1 only (BIND_HOST), and "localhost"
  // may resolve to ::1 first.
  return `http://127.0.0.1:${port}/api/v1`;
}

export function backendFromEnv(env: CmsEnv): BackendChoice {
  const local = { url: localBackendUrl(env) };
  const kind = (value(env, 'CMS_BACKEND') ?? 'local').toLowerCase();
  const branch = value(env, 'CMS_BRANCH') ?? 'main';
  const repoWhy = `zet de naam van de repository, zoals CMS_REPO=organisatie/met-andere-ogen`;

  switch (kind) {
    case 'local':
    case 'proxy':
      return { backend: { name: 'proxy', proxy_url: local.url, branch }, local_backend: local, publish_mode: 'editorial_workflow' };

    case 'github': {
      const backend: BackendChoice['backend'] = {
        name: 'github',
        repo: required(env, 'CMS_REPO', repoWhy),
        branch,
        // A region without write access forks the repository and submits a pull request.
        open_authoring: true,
        squash_merges: true,
      };
      const base = httpsUrl(env, 'CMS_BASE_URL');
      if (base) backend.base_url = base;
      const endpoint = value(env, 'CMS_AUTH_ENDPOINT');
      if (endpoint) backend.auth_endpoint = endpoint.replace(/^\/+/, '');
      const apiRoot = httpsUrl(env, 'CMS_API_ROOT');
      if (apiRoot) backend.api_root = apiRoot;
      return { backend, local_backend: local, publish_mode: 'editorial_workflow' };
    }

    case 'gitlab': {
      const backend: BackendChoice['backend'] = { name: 'gitlab', repo: required(env, 'CMS_REPO', repoWhy), branch };
      const authType = value(env, 'CMS_AUTH_TYPE')?.toLowerCase();
      if (authType !== undefined && authType !== 'pkce' && authType !== 'implicit') {
        throw new CmsEnvError(`CMS_AUTH_TYPE is "${authType}"; toegestaan: pkce of implicit`);
      }
      if (authType) {
        backend.auth_type = authType;
        backend.app_id = required(env, 'CMS_APP_ID', 'zet het id van de OAuth-applicatie uit GitLab');
      }
      const base = httpsUrl(env, 'CMS_BASE_URL');
      if (base) backend.base_url = base;
      const endpoint = value(env, 'CMS_AUTH_ENDPOINT');
      if (endpoint) backend.auth_endpoint = endpoint.replace(/^\/+/, '');
      const apiRoot = httpsUrl(env, 'CMS_API_ROOT') ?? (base && base !== 'https://gitlab.com' && authType ? `${base}/api/v4` : undefined);
      if (apiRoot) backend.api_root = apiRoot;
      return { backend, local_backend: local, publish_mode: 'editorial_workflow' };
    }

    case 'forgejo': {
      const authType = value(env, 'CMS_AUTH_TYPE')?.toLowerCase();
      if (authType !== undefined && authType !== 'pkce') {
        throw new CmsEnvError(`CMS_AUTH_TYPE is "${authType}"; toegestaan voor Forgejo: pkce (of laat het leeg)`);
      }
      const base = httpsUrl(env, 'CMS_BASE_URL');
      if (!base) throw new CmsEnvError('CMS_BASE_URL ontbreekt; zet het adres van de Forgejo-server, zoals https://codeberg.org');
      return {
        backend: {
          name: 'forgejo',
          repo: required(env, 'CMS_REPO', repoWhy),
          branch,
          // Decap's Forgejo backend logs in against the server of api_root (PKCE).
          api_root: httpsUrl(env, 'CMS_API_ROOT') ?? `${base}/api/v1`,
          app_id: required(env, 'CMS_APP_ID', 'zet het id (Client ID) van de OAuth-applicatie uit Forgejo'),
          // A region without write access forks the repository and submits a pull request.
          open_authoring: true,
        },
        local_backend: local,
        publish_mode: 'editorial_workflow',
      };
    }

    case 'gitea': {
      const authType = value(env, 'CMS_AUTH_TYPE')?.toLowerCase();
      if (authType !== undefined && authType !== 'pkce') {
        throw new CmsEnvError(`CMS_AUTH_TYPE is "${authType}"; toegestaan voor Gitea: pkce (of laat het leeg)`);
      }
      const base = httpsUrl(env, 'CMS_BASE_URL');
      if (!base) throw new CmsEnvError('CMS_BASE_URL ontbreekt; zet het adres van de Gitea-server, zoals https://codeberg.org');
      return {
        backend: {
          name: 'gitea',
          repo: required(env, 'CMS_REPO', repoWhy),
          branch,
          base_url: base,
          api_root: httpsUrl(env, 'CMS_API_ROOT') ?? `${base}/api/v1`,
          app_id: required(env, 'CMS_APP_ID', 'zet het id (Client ID) van de OAuth-applicatie uit Gitea'),
        },
        local_backend: local,
      };
    }

    default:
      throw new CmsEnvError(`CMS_BACKEND is "${kind}"; toegestaan: github, gitlab, forgejo of gitea (of laat het leeg voor alleen lokaal)`);
  }
}

/** The environment variables the admin bundle reads; everything else stays out of the browser. */
export const CMS_ENV_NAMES = [
  'CMS_BACKEND',
  'CMS_REPO',
  'CMS_BRANCH',
  'CMS_BASE_URL',
  'CMS_AUTH_ENDPOINT',
  'CMS_API_ROOT',
  'CMS_AUTH_TYPE',
  'CMS_APP_ID',
  'CMS_LOCAL_PORT',
  // The bureau's promise of how long review takes, on the roles page (cms/roles.ts).
  'CMS_REVIEW_PROMISE',
  'SITE_URL',
] as const;

export function pickCmsEnv(env: CmsEnv): CmsEnv {
  return Object.fromEntries(CMS_ENV_NAMES.filter((n) => env[n] !== undefined).map((n) => [n, env[n]]));
}
