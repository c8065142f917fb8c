/**
 * Debian's Chromium for the browser tests, driven by playwright-core (never a downloaded browser).
 * The tests must run when CI=true; elsewhere they skip, saying why, when Chromium is missing.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
export const IN_CI = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);

/** Start Chromium as root in a closed network: no sandbox, no background connections. */
export function launchChromium(): Promise<Browser> {
  if (!HAVE_CHROMIUM) throw new Error(`CI is set but ${CHROMIUM} is missing: the browser tests must run in CI (.ci/run installs Debian's chromium).`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}
