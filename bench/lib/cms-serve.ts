/**
 * Serving the admin for the CMS benchmark (bench/cms.ts), as `npm start` does but without Astro:
 * the admin bundle (cms/bundle.ts, built against the generated content) from memory on 127.0.0.1,
 * and decap-server (fs mode, like tests/support/cms-project.ts starts it) behind a small counting proxy, so
 * every request the admin makes to the local backend is logged with its action, its response bytes
 * and when it was answered.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { buildAdmin } from '../../cms/bundle.ts';

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

export interface Listening {
  url: string;
  port: number;
  close(): Promise<void>;
}

function listen(server: Server, port = 0): Promise<Listening> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: p } = server.address() as AddressInfo;
      server.keepAliveTimeout = 1000;
      resolve({
        url: `http://127.0.0.1:${p}`,
        port: p,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

export interface AdminServer extends Listening {
  /** Bytes of each file of /admin/ (admin.js, preview.css, index.html). */
  sizes: Record<string, number>;
  bundleMs: number;
}

/**
 * Bundle the admin for the local backend on `backendPort`, with the titles of `contentDir` (as a
 * production build of that content would have), and serve it at /admin/.
 */
export async function serveAdmin(backendPort: number, contentDir: string, minify = true): Promise<AdminServer> {
  const started = performance.now();
  const { files } = await buildAdmin({ env: { CMS_LOCAL_PORT: String(backendPort) }, contentDir, minify });
  const bundleMs = Math.round(performance.now() - started);
  const sizes = Object.fromEntries(Object.entries(files).map(([name, body]) => [name, typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength]));
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    const name = path === '/admin/' ? 'index.html' : path.startsWith('/admin/') ? path.slice('/admin/'.length) : undefined;
    const body = name === undefined ? undefined : files[name];
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('404');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[name!.slice(name!.lastIndexOf('.') + 1)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(body);
  });
  return { ...(await listen(server)), sizes, bundleMs };
}

export interface BackendRequest {
  /** decap-server's action (entriesByFolder, getEntry, getMedia, …); OPTIONS for a CORS preflight. */
  action: string;
  /** The folder or path asked for, when there is one. */
  target?: string;
  /** Wall-clock times (ms since the epoch, comparable with the page's performance.timeOrigin + now). */
  start: number;
  end: number;
  requestBytes: number;
  responseBytes: number;
  status: number;
}

export interface CountingProxy extends Listening {
  log: BackendRequest[];
  reset(): void;
  /** Requests still being answered (a closed page's 45 MB read goes on until decap-server has sent it). */
  open(): number;
}

/** A proxy on `port` (the admin's CMS_LOCAL_PORT) in front of decap-server on `targetPort`, logging every request. */
export async function countingProxy(targetPort: number, port = 0): Promise<CountingProxy> {
  const log: BackendRequest[] = [];
  let open = 0;
  const server = createServer((req, res) => {
    const start = Date.now();
    open++;
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let action = req.method === 'POST' ? '?' : req.method ?? '?';
      let target: string | undefined;
      if (req.method === 'POST') {
        try {
          const json = JSON.parse(body.toString('utf8')) as { action?: string; params?: Record<string, unknown> };
          action = json.action ?? '?';
          const p = json.params ?? {};
          target = (p.folder ?? p.path ?? p.mediaFolder ?? (Array.isArray(p.files) ? `${p.files.length} files` : undefined)) as string | undefined;
        } catch {
          /* not JSON */
        }
      }
      const upstream = httpRequest(
        { host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: { ...req.headers, host: `127.0.0.1:${targetPort}` } },
        (up) => {
          res.writeHead(up.statusCode ?? 502, up.headers);
          let bytes = 0;
          up.on('data', (c: Buffer) => {
            bytes += c.length;
            res.write(c);
          });
          up.on('end', () => {
            res.end();
            open--;
            log.push({ action, target, start, end: Date.now(), requestBytes: body.length, responseBytes: bytes, status: up.statusCode ?? 0 });
          });
        },
      );
      upstream.on('error', (e) => {
        res.writeHead(502).end(String(e));
        open--;
        log.push({ action, target, start, end: Date.now(), requestBytes: body.length, responseBytes: 0, status: 502 });
      });
      upstream.end(body);
    });
  });
  const listening = await listen(server, port);
  return { ...listening, log, reset: () => void (log.length = 0), open: () => open };
}
