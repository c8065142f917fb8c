/**
 * A tiny static server for a built site on 127.0.0.1 (like a static host: `/dir/` serves
 * dir/index.html, a missing file gets 404.html), which counts the bytes of every response body it
 * sends. The search benchmark reads the counter, so bytes fetched by Pagefind's Web Worker count
 * too (Playwright does not report those reliably).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export interface Served {
  path: string;
  bytes: number;
  at: number;
}

export interface CountingServer {
  url: string;
  /** Responses sent since the last reset. */
  log: Served[];
  reset(): void;
  close(): Promise<void>;
}

export async function serve(root: string): Promise<CountingServer> {
  const log: Served[] = [];
  const isFile = (p: string) => existsSync(p) && statSync(p).isFile();
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const abs = normalize(join(root, pathname));
    if (abs !== root && !abs.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    const send = (file: string, status = 200) => {
      const body = readFileSync(file);
      res.writeHead(status, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'content-length': body.length, 'cache-control': 'no-cache' });
      res.end(req.method === 'HEAD' ? undefined : body);
      log.push({ path: pathname, bytes: req.method === 'HEAD' ? 0 : body.length, at: performance.now() });
    };
    if (pathname.endsWith('/') && isFile(join(abs, 'index.html'))) return send(join(abs, 'index.html'));
    if (!pathname.endsWith('/') && isFile(abs)) return send(abs);
    if (!pathname.endsWith('/') && isFile(join(abs, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    if (isFile(join(root, '404.html'))) return send(join(root, '404.html'), 404);
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    log,
    reset: () => void (log.length = 0),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
