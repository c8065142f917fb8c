/**
 * `npm test` (= `vitest run`) runs everything, in three projects. Tests sit by feature, mirroring
 * src/ (tests/model/, tests/search/, tests/feeds/ …; tests/site/ only for checks across the whole
 * built site; shared helpers in tests/support/), and the file name says which project runs them:
 * - "unit": every tests/**\/*.test.ts that needs no build (the content model against fixture folders,
 *   dates, the Markdown sanitiser, and the other units: feeds, newsletter, open data, search …);
 * - "site": every *.site.test.ts. tests/support/global-setup.ts builds the site once (real content;
 *   a fixture set with a draft and hostile Markdown; a broken set) and serves it on 127.0.0.1; the
 *   tests check the built pages, with and without a browser (Debian's chromium);
 * - "cms": every *.cms.test.ts (the CMS configuration and the admin end to end).
 * A new test file runs in "unit" unless it is named *.site.test.ts or *.cms.test.ts.
 * One part only: `npm run test:unit`, `npm run test:site`, `npm run test:cms`.
 */
import { configDefaults, defineConfig } from 'vitest/config';

// Never let Playwright fetch a browser: the browser tests drive Debian's /usr/bin/chromium.
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const NOT_TESTS = [...configDefaults.exclude, 'tests/.tmp/**', 'tests/fixtures/**'];
/** Tests that need the built site (global setup) and tests of the CMS: named by their project. */
const SITE_TESTS = 'tests/**/*.site.test.ts';
const CMS_TESTS = 'tests/**/*.cms.test.ts';

export default defineConfig({
  test: {
    env: { PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
    // The CI machines have 2 cores.
    maxWorkers: 2,
    // expect.poll waits until the page shows something; on a busy 2-core machine Decap and Chromium
    // can take several seconds for what takes a fraction of one on an idle machine. These are upper
    // bounds on waiting, not timings (speed is measured by `npm run bench`).
    expect: { poll: { timeout: 15_000 } },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/**/*.test.ts'],
          exclude: [...NOT_TESTS, SITE_TESTS, CMS_TESTS],
          environment: 'node',
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'site',
          include: [SITE_TESTS],
          exclude: NOT_TESTS,
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
          include: [CMS_TESTS],
          exclude: NOT_TESTS,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
