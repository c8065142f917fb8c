/**
 * Debian's Chromium for the browser tests, driven by playwright-core (never a downloaded browser).
 * The tests must run when CI=true; elsewhere they skip, saying why, when Chromium is missing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/**
 * Start Chromium as root in a closed network: no sandbox, no background connections, no shared
 * memory in a small /dev/shm (containers). The one launcher of every browser test and benchmark.
 */
export function launchChromium(): Promise<Browser> {
  if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI (.ci/run installs Debian's chromium).`);
  // Never let Playwright fetch a browser (vitest.config.ts sets this too; the benchmarks do not run under it).
  process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
