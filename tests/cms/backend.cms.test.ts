/** The Git backend is chosen by environment variables at build time (cms/backend.ts), and the admin's CSP follows it. */
import { describe, expect, it } from 'vitest';
import { backendFromEnv, CmsEnvError, pickCmsEnv } from '../../cms/backend.ts';
import { adminCsp } from '../../cms/csp.ts';
import { cmsConfig } from '../../cms/config.ts';
import { adminHtml } from '../../cms/bundle.ts';

describe('backendFromEnv', () => {
  it('is local by default: the review server (or decap-server) on 127.0.0.1:8081, asking for review', () => {
    expect(backendFromEnv({})).toEqual({
      backend: { name: 'proxy', proxy_url: 'http://127.0.0.1:8081/api/v1', branch: 'main' },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
      publish_mode: 'editorial_workflow',
    });
    expect(backendFromEnv({ CMS_BACKEND: '  ' }).backend.name).toBe('proxy');
    expect(backendFromEnv({ CMS_LOCAL_PORT: '18081' }).local_backend.url).toBe('http://127.0.0.1:18081/api/v1');
    expect(() => backendFromEnv({ CMS_LOCAL_PORT: 'acht' })).toThrow(/CMS_LOCAL_PORT is "acht"/);
  });

  it('github: editorial workflow, open authoring, the OAuth proxy as base_url', () => {
    const choice = backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'bureau/met-andere-ogen', CMS_BRANCH: 'productie', CMS_BASE_URL: 'https://auth.example.org/' });
    expect(choice).toEqual({
      backend: { name: 'github', repo: 'bureau/met-andere-ogen', branch: 'productie', open_authoring: true, squash_merges: true, base_url: 'https://auth.example.org' },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
      publish_mode: 'editorial_workflow',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'GitHub', CMS_REPO: 'a/b', CMS_AUTH_ENDPOINT: '/oauth' }).backend).toMatchObject({ auth_endpoint: 'oauth', branch: 'main' });
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow(CmsEnvError);
    expect(() => backendFromEnv({ CMS_BACKEND: 'github' })).toThrow('CMS-instellingen: CMS_REPO ontbreekt');
    expect(() => backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'auth.example.org' })).toThrow(/CMS_BASE_URL/);
  });

  it('gitlab: review as merge requests; PKCE with an application id, no proxy; own instance gets its API root', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'bureau/mao', CMS_AUTH_TYPE: 'pkce', CMS_APP_ID: 'abc123' })).toEqual({
      backend: { name: 'gitlab', repo: 'bureau/mao', branch: 'main', auth_type: 'pkce', app_id: 'abc123' },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
      publish_mode: 'editorial_workflow',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'g/m', CMS_AUTH_TYPE: 'pkce', CMS_APP_ID: 'x', CMS_BASE_URL: 'https://git.example.nl' }).backend).toMatchObject({
      base_url: 'https://git.example.nl',
      api_root: 'https://git.example.nl/api/v4',
    });
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'g/m', CMS_AUTH_TYPE: 'pkce' })).toThrow(/CMS_APP_ID ontbreekt/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'g/m', CMS_AUTH_TYPE: 'password' })).toThrow(/pkce of implicit/);
    expect(backendFromEnv({ CMS_BACKEND: 'gitlab', CMS_REPO: 'g/m' }).backend).not.toHaveProperty('open_authoring');
  });

  it('forgejo: review as pull requests and open authoring, PKCE against the given server', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'bureau/mao', CMS_BASE_URL: 'https://codeberg.org/', CMS_APP_ID: 'id-2', CMS_BRANCH: 'productie' })).toEqual({
      backend: { name: 'forgejo', repo: 'bureau/mao', branch: 'productie', api_root: 'https://codeberg.org/api/v1', app_id: 'id-2', open_authoring: true },
      local_backend: { url: 'http://127.0.0.1:8081/api/v1' },
      publish_mode: 'editorial_workflow',
    });
    expect(backendFromEnv({ CMS_BACKEND: 'Forgejo', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://git.example.nl', CMS_API_ROOT: 'https://api.git.example.nl/v1', CMS_APP_ID: 'x' }).backend.api_root).toBe('https://api.git.example.nl/v1');
    expect(() => backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_APP_ID: 'x' })).toThrow(/CMS_BASE_URL ontbreekt; zet het adres van de Forgejo-server/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://codeberg.org' })).toThrow(/CMS_APP_ID ontbreekt/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://codeberg.org', CMS_APP_ID: 'x', CMS_AUTH_TYPE: 'implicit' })).toThrow(/toegestaan voor Forgejo: pkce/);
  });

  it('every host reviews before publishing, except Gitea, whose Decap backend has no editorial workflow', () => {
    const hosts: Record<string, Record<string, string>> = {
      local: {},
      github: { CMS_BACKEND: 'github', CMS_REPO: 'a/b' },
      gitlab: { CMS_BACKEND: 'gitlab', CMS_REPO: 'a/b' },
      forgejo: { CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://codeberg.org', CMS_APP_ID: 'x' },
      gitea: { CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://gitea.example.nl', CMS_APP_ID: 'x' },
    };
    const modes = Object.fromEntries(Object.entries(hosts).map(([host, env]) => [host, backendFromEnv(env).publish_mode ?? 'simple']));
    expect(modes).toEqual({ local: 'editorial_workflow', github: 'editorial_workflow', gitlab: 'editorial_workflow', forgejo: 'editorial_workflow', gitea: 'simple' });
    const openAuthoring = Object.fromEntries(Object.entries(hosts).map(([host, env]) => [host, backendFromEnv(env).backend.open_authoring === true]));
    expect(openAuthoring).toEqual({ local: false, github: true, gitlab: false, forgejo: true, gitea: false });
  });

  it('gitea: always PKCE against the given server', () => {
    expect(backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'bureau/mao', CMS_BASE_URL: 'https://codeberg.org', CMS_APP_ID: 'id-1' }).backend).toEqual({
      name: 'gitea',
      repo: 'bureau/mao',
      branch: 'main',
      base_url: 'https://codeberg.org',
      api_root: 'https://codeberg.org/api/v1',
      app_id: 'id-1',
    });
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_APP_ID: 'x' })).toThrow(/CMS_BASE_URL ontbreekt/);
    expect(() => backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://codeberg.org' })).toThrow(/CMS_APP_ID ontbreekt/);
  });

  it('refuses an unknown backend with the allowed values', () => {
    expect(() => backendFromEnv({ CMS_BACKEND: 'bitbucket' })).toThrow('CMS-instellingen: CMS_BACKEND is "bitbucket"; toegestaan: github, gitlab, forgejo of gitea (of laat het leeg voor alleen lokaal)');
  });

  it('the whole configuration carries the choice', () => {
    const config = cmsConfig({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', SITE_URL: 'https://metandereogen.nl' });
    expect(config).toMatchObject({ backend: { name: 'github' }, publish_mode: 'editorial_workflow', local_backend: { url: 'http://127.0.0.1:8081/api/v1' }, site_url: 'https://metandereogen.nl' });
    expect(cmsConfig({}).publish_mode).toBe('editorial_workflow');
    expect('publish_mode' in cmsConfig({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://gitea.example.nl', CMS_APP_ID: 'x' })).toBe(false);
  });

  it('only CMS_* and SITE_URL reach the browser bundle', () => {
    expect(pickCmsEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', GITHUB_TOKEN: 'secret', HOME: '/root', SITE_URL: 'https://x.nl' })).toEqual({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', SITE_URL: 'https://x.nl' });
  });
});

describe('the admin page', () => {
  it('allows only its own host, the local decap-server and the chosen Git host', () => {
    const local = adminCsp(backendFromEnv({}));
    expect(local).toContain("default-src 'self'");
    expect(local).toContain("connect-src 'self' blob: http://127.0.0.1:8081 http://localhost:8081");
    expect(local).not.toMatch(/github|gitlab|https:\/\//);
    const github = adminCsp(backendFromEnv({ CMS_BACKEND: 'github', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://auth.example.org' }));
    expect(github).toContain('https://api.github.com');
    expect(github).toContain('https://www.githubstatus.com');
    expect(github).toContain('https://auth.example.org');
    expect(github).toContain('img-src \'self\' data: blob: https://avatars.githubusercontent.com');
    const gitea = adminCsp(backendFromEnv({ CMS_BACKEND: 'gitea', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://codeberg.org', CMS_APP_ID: 'x' }));
    expect(gitea).toContain('connect-src \'self\' blob: http://127.0.0.1:8081 http://localhost:8081 https://codeberg.org');
    const forgejo = adminCsp(backendFromEnv({ CMS_BACKEND: 'forgejo', CMS_REPO: 'a/b', CMS_BASE_URL: 'https://codeberg.org', CMS_APP_ID: 'x' }));
    expect(forgejo).toContain('connect-src \'self\' blob: http://127.0.0.1:8081 http://localhost:8081 https://codeberg.org;');
    expect(forgejo).toContain('img-src \'self\' data: blob: https://codeberg.org;');
  });

  it('is Dutch, not indexed, and loads only its own script', () => {
    const html = adminHtml({}, 'abc123', { titles: {}, numbers: {} });
    expect(html).toContain('<html lang="nl">');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('<title>Beheer – Met Andere Ogen</title>');
    expect(html).toContain('<script src="/admin/admin.js?v=abc123"></script>');
    expect(html.match(/(?:src|href)="([^"]+)"/g)?.every((m) => m.includes('"/'))).toBe(true);
  });
});
