/**
 * A tiny static file server for a built site, on 127.0.0.1 and a random port, behaving like the
 * static hosts the site is deployed to: `/dir/` serves dir/index.html, `/dir` redirects to `/dir/`,
 * anything else that is missing gets 404.html with status 404.
 * Also used by the benchmark (bench/lib/serve.ts), which counts the bytes of every response through
 * `onSent`, so bytes fetched by Pagefind's Web Worker count too.
 * With `headers` (the rules of public/_headers, see scripts/deploy/headers.ts) every response also gets
 * the headers those rules give its URL path, as Cloudflare Pages matches them (a missing page's 404
 * gets the rules of the path asked for); without it, responses carry no such headers.
 */
import { createServer, type Server } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import { headersFor, type HeaderRule } from '../../scripts/deploy/headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

export interface ServeOptions {
  /** Called for every file sent, with the URL path and the size of its body (0 for HEAD). */
  onSent?: (path: string, bytes: number) => void;
  /** Header rules to apply, as on the static host (parseHeaders() of public/_headers). */
  headers?: HeaderRule[];
}

const isFile = (path: string) => existsSync(path) && statSync(path).isFile();
const isDir = (path: string) => existsSync(path) && statSync(path).isDirectory();

export async function serveStatic(root: string, options: ServeOptions = {}): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
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
      const fromRules = options.headers ? headersFor(options.headers, pathname) : {};
      res.writeHead(status, { 'content-type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store', ...fromRules });
      if (req.method === 'HEAD') res.end();
      else createReadStream(file).pipe(res);
      options.onSent?.(pathname, req.method === 'HEAD' ? 0 : statSync(file).size);
    };
    if (pathname.endsWith('/') && isFile(join(abs, 'index.html'))) return send(join(abs, 'index.html'));
    if (!pathname.endsWith('/') && isFile(abs)) return send(abs);
    if (!pathname.endsWith('/') && isDir(abs) && isFile(join(abs, 'index.html'))) {
      res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const notFound = join(root, '404.html');
    if (isFile(notFound)) return send(notFound, 404);
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('404');
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
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
