/**
 * The request waterfall of one page load in Chromium: every file the server sent (the Web Worker's
 * fetches too), when it was asked for and when it was sent, from the navigation's start, and when
 * the page showed its search results. For finding where the time of a shared search link goes.
 *
 *   node bench/waterfall.ts --dist /tmp/mao-bench-1000/site-dist --path '/zoeken/?q=kwikstaartroute' [--reps 3]
 *
 * Times are milliseconds from the navigation's start (the page's time origin); "asked" is when the
 * server received the request, "sent" when it had written the body. With several reps, each file's
 * median. Fresh browser context each time (empty cache), as bench/lib/search.ts measures.
 */
import { createServer, request as httpRequest } from 'node:http';
import { resolve } from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serve } from './lib/serve.ts';
import { resultsShown, watchResultsShown } from './lib/search.ts';
import { benchArgs } from './lib/args.ts';
import { median } from './lib/median.ts';

const { value } = benchArgs();
const DIST = resolve(value('--dist') ?? '');
const PATH = value('--path') ?? '/zoeken/?q=kwikstaartroute';
const REPS = Number(value('--reps') ?? 3);
if (!value('--dist')) throw new Error('--dist: de map van een gebouwde site');

interface Hit {
  path: string;
  asked: number;
  sent: number;
  bytes: number;
}

/** A proxy in front of the static server that notes when each request arrived and when its body ended (epoch ms). */
async function timedProxy(target: string): Promise<{ url: string; hits: Hit[]; close: () => Promise<void> }> {
  const hits: Hit[] = [];
  const upstream = new URL(target);
  const server = createServer((req, res) => {
    const asked = performance.timeOrigin + performance.now();
    const up = httpRequest({ host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers }, (r) => {
      res.writeHead(r.statusCode ?? 502, r.headers);
      let bytes = 0;
      r.on('data', (chunk: Buffer) => (bytes += chunk.length));
      r.pipe(res);
      res.on('finish', () => hits.push({ path: req.url ?? '', asked, sent: performance.timeOrigin + performance.now(), bytes }));
    });
    req.pipe(up);
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}`,
    hits,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
  };
}


async function main() {
  const site = await serve(DIST);
  const proxy = await timedProxy(site.url);
  const browser = await launchChromium();
  const perPath = new Map<string, { asked: number[]; sent: number[]; bytes: number }>();
  const marks = new Map<string, number[]>();
  const note = (name: string, ms: number | undefined) => ms !== undefined && (marks.get(name) ?? marks.set(name, []).get(name)!).push(ms);
  try {
    for (let rep = 0; rep <= REPS; rep++) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await watchResultsShown(page);
      proxy.hits.length = 0;
      await page.goto(proxy.url + PATH, { waitUntil: 'load' });
      await resultsShown(page);
      await page.waitForTimeout(300);
      const t = await page.evaluate(() => {
        const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          origin: performance.timeOrigin,
          shown: (window as unknown as { __shown: number }).__shown,
          responseEnd: nav.responseEnd,
          domInteractive: nav.domInteractive,
          domContentLoaded: nav.domContentLoadedEventEnd,
          load: nav.loadEventEnd,
        };
      });
      await context.close();
      if (rep === 0) continue; // the browser's own warm-up
      note('HTML received (responseEnd)', t.responseEnd);
      note('DOM interactive', t.domInteractive);
      note('DOMContentLoaded done', t.domContentLoaded);
      note('load done', t.load);
      note('results shown', t.shown);
      const seen = new Map<string, number>();
      for (const h of proxy.hits) {
        // The same path twice (e.g. a preload and a fetch) counts as path#2.
        const n = (seen.get(h.path) ?? 0) + 1;
        seen.set(h.path, n);
        const key = n > 1 ? `${h.path}#${n}` : h.path;
        const e = perPath.get(key) ?? perPath.set(key, { asked: [], sent: [], bytes: h.bytes }).get(key)!;
        e.asked.push(h.asked - t.origin);
        e.sent.push(h.sent - t.origin);
      }
    }
  } finally {
    await browser.close();
    await proxy.close();
    await site.close();
  }
  const rows = [...perPath].map(([path, e]) => ({ path: path.replace(/\?ts=\d+/, '?ts=…'), asked: median(e.asked), sent: median(e.sent), bytes: e.bytes, n: e.asked.length }));
  rows.sort((a, b) => a.asked - b.asked);
  console.log(`${PATH}, ${REPS} fresh page loads, medians (ms from navigation start)\n`);
  console.log('| asked | sent | KB | file |');
  console.log('| ---: | ---: | ---: | --- |');
  for (const r of rows) console.log(`| ${r.asked.toFixed(0)} | ${r.sent.toFixed(0)} | ${(r.bytes / 1024).toFixed(1)} | ${r.path}${r.n < REPS ? ` (${r.n} of ${REPS})` : ''} |`);
  console.log('');
  for (const [name, xs] of marks) console.log(`${name}: ${median(xs).toFixed(0)} ms (${xs.map((x) => x.toFixed(0)).join(', ')})`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
