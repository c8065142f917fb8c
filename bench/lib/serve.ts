/**
 * The built site on 127.0.0.1, served like a static host by the tests' own server, with a log of
 * the bytes of every response body. The search benchmark reads the log, so bytes fetched by
 * Pagefind's Web Worker count too (Playwright does not report those reliably).
 */
import { serveStatic } from '../../tests/support/static-server.ts';

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
  const server = await serveStatic(root, { onSent: (path, bytes) => log.push({ path, bytes, at: performance.now() }) });
  return { url: server.url, log, reset: () => void (log.length = 0), close: () => server.close() };
}
