#!/usr/bin/env node
/**
 * The local backend with review (`npm start`): Decap's proxy API (what decap-server answers) on
 * 127.0.0.1, served by cms/review/workflow.ts on this Git repository, editorial workflow only.
 * Replaces decap-server's own git mode, which checks branches out in the working tree people use
 * and commits everything in it (see workflow.ts for what is done instead).
 *
 * Environment: PORT (default 8081), BIND_HOST (default 127.0.0.1), GIT_REPO_DIRECTORY (default the
 * current directory), CMS_BRANCH (the published branch, default main).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Refusal, Workflow } from './workflow.ts';
import { GitError } from './git.ts';

type Params = Record<string, any>;

/** Largest request accepted: an entry with a few uploads of at most 2 MB, base64-encoded. */
const MAX_BODY = 50 * 1024 * 1024;

async function answer(workflow: Workflow, action: string, p: Params): Promise<unknown> {
  switch (action) {
    case 'info':
      return { repo: basename(workflow.git.repo), publish_modes: ['editorial_workflow'], type: 'local_git' };
    case 'entriesByFolder':
      return workflow.entriesByFolder(String(p.folder), String(p.extension), Number(p.depth ?? 1));
    case 'entriesByFiles':
      return workflow.entriesByFiles(p.files ?? []);
    case 'getEntry':
      return (await workflow.entriesByFiles([{ path: p.path }]))[0];
    case 'unpublishedEntries':
      return workflow.unpublishedEntries();
    case 'unpublishedEntry': {
      const [collection, slug] = p.id ? [String(p.id).slice(0, String(p.id).indexOf('/')), String(p.id).slice(String(p.id).indexOf('/') + 1)] : [p.collection, p.slug];
      return workflow.unpublishedEntry(collection, slug);
    }
    case 'unpublishedEntryDataFile':
      return workflow.unpublishedEntryDataFile(p.collection, p.slug, p.path);
    case 'unpublishedEntryMediaFile':
      return workflow.unpublishedEntryMediaFile(p.collection, p.slug, p.path);
    case 'deleteUnpublishedEntry':
      return workflow.deleteUnpublishedEntry(p.collection, p.slug);
    case 'persistEntry':
      return workflow.persistEntry({ dataFiles: p.dataFiles ?? (p.entry ? [p.entry] : []), assets: p.assets ?? [], options: p.options ?? {}, expected: p.expected });
    case 'updateUnpublishedEntryStatus':
      return workflow.updateUnpublishedEntryStatus(p.collection, p.slug, p.newStatus);
    case 'publishUnpublishedEntry':
      return workflow.publishUnpublishedEntry(p.collection, p.slug);
    case 'getMedia':
      return workflow.getMedia(String(p.mediaFolder));
    case 'getMediaFile':
      return workflow.getMediaFile(p.path);
    case 'persistMedia':
      return workflow.persistMedia();
    case 'deleteFile':
      return workflow.deleteFiles([p.path]);
    case 'deleteFiles':
      return workflow.deleteFiles(p.paths ?? []);
    case 'getDeployPreview':
      return null;
    case 'getNotes':
      return { notes: await workflow.getNotes(p.collection, p.slug) };
    case 'addNote':
      return { note: await workflow.addNote(p.collection, p.slug, p.note ?? {}) };
    case 'updateNote':
      return { note: await workflow.updateNote(p.collection, p.slug, p.noteId, p.updates ?? {}) };
    case 'toggleNoteResolution':
      return { note: await workflow.toggleNoteResolution(p.collection, p.slug, p.noteId) };
    case 'deleteNote':
      return workflow.deleteNote(p.collection, p.slug, p.noteId);
    default:
      throw new Refusal(`Onbekende vraag aan het beheer: ${action}.`, 422);
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

/** Only the admin on this computer (localhost or 127.0.0.1, any port) may call. */
function allowedOrigin(origin: string | undefined): boolean {
  return !origin || /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/.test(origin);
}

export function reviewHandler(workflow: Workflow, log: (line: string) => void = () => undefined) {
  return (req: IncomingMessage, res: ServerResponse) => {
    const origin = req.headers.origin;
    if (!allowedOrigin(origin)) return send(res, 403, { error: 'Alleen het beheer op deze computer mag dit gebruiken.' });
    if (origin) {
      res.setHeader('access-control-allow-origin', origin);
      res.setHeader('vary', 'Origin');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { 'access-control-allow-methods': 'POST', 'access-control-allow-headers': 'content-type' });
      return res.end();
    }
    if (req.method !== 'POST' || (req.url ?? '').split('?')[0] !== '/api/v1') return send(res, 404, { error: 'Not Found' });
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(c);
    });
    req.on('end', async () => {
      let body: { action?: string; params?: Params };
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      } catch {
        return send(res, 400, { error: 'Het verzoek aan het beheer was geen geldige JSON.' });
      }
      const action = String(body.action ?? '');
      try {
        send(res, 200, (await answer(workflow, action, body.params ?? {})) ?? null);
      } catch (error) {
        if (error instanceof Refusal) {
          if (error.status !== 404) log(`${action}: geweigerd: ${error.message}`);
          return send(res, error.status, { error: error.message });
        }
        log(`${action}: fout: ${error instanceof GitError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        send(res, 500, { error: 'Er ging iets mis in het beheer op deze computer (zie de uitvoer van npm start). Er is niets half opgeslagen; probeer het opnieuw.' });
      }
    });
  };
}

export function startReviewServer(options: { repo: string; branch: string; port: number; host?: string; log?: (line: string) => void }): Promise<Server> {
  const workflow = new Workflow({ repo: options.repo, branch: options.branch });
  const server = createServer(reviewHandler(workflow, options.log));
  return new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(options.port, options.host ?? '127.0.0.1', () => ok(server));
  });
}

// Run as a program (npm start), not imported (tests). Not import.meta.main: Node 22 has none.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const repo = resolve(process.env.GIT_REPO_DIRECTORY || process.cwd());
  const branch = process.env.CMS_BRANCH?.trim() || 'main';
  const port = Number(process.env.PORT || 8081);
  const workflow = new Workflow({ repo, branch });
  try {
    await workflow.published();
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  }
  await startReviewServer({ repo, branch, port, host: process.env.BIND_HOST || '127.0.0.1', log: (line) => console.error(line) });
  console.log(`Beheer met beoordeling: http://127.0.0.1:${port}/api/v1 op ${repo}, publiceert in "${branch}".`);
}
