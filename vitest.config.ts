/**
 * `npm test` (= `vitest run`) runs everything, in three projects:
 * - "unit": every tests/**\/*.test.ts that needs no build (the content model against fixture folders,
 *   dates, the Markdown sanitiser, and the other units: feeds, newsletter, open data, search …);
 * - "site": tests/site/ and any *.site.test.ts. tests/support/global-setup.ts builds the site once
 *   (real content; a fixture set with a draft and hostile Markdown; a broken set) and serves it on
 *   127.0.0.1; the tests check the built pages, with and without a browser (Debian's chromium);
 * - "cms": tests/cms/ (the CMS configuration and the admin end to end).
 * A new test file runs in "unit" unless it sits in tests/site/ or tests/cms/ or is named *.site.test.ts.
 * One part only: `npm run test:unit`, `npm run test:site`, `npm run test:cms`.
 */
import { configDefaults, defineConfig } from 'vitest/config';

// Never let Playwright fetch a browser: the browser tests drive Debian's /usr/bin/chromium.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const NOT_TESTS = [...configDefaults.exclude, 'tests/.tmp/**', 'tests/fixtures/**'];

export default defineConfig({
  test: {
    env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    // The CI machines have 2 cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...NOT_TESTS, 'tests/site/**', 'tests/cms/**', 'tests/**/*.site.test.ts'],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts', 'tests/**/*.site.test.ts'],
          exclude: [...NOT_TESTS, 'tests/cms/**'],
          environment: 'node',
          globalSetup: ['tests/support/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'cms',
          include: ['tests/cms/**/*.test.ts'],
          exclude: NOT_TESTS,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
