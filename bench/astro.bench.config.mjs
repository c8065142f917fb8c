// The project's own Astro configuration, unchanged except for one thing: a cache directory of the
// benchmark's own (BENCH_ASTRO_CACHE_DIR), so a benchmark build with another CONTENT_DIR never shares
// Astro's content-layer store with a developer's or a test's `astro build` in the same checkout
// (the same pattern as tests/support/astro.test.config.mjs). No code path of the site changes.
import config from '../astro.config.mjs';

export default { ...config, cacheDir: process.env.BENCH_ASTRO_CACHE_DIR || config.cacheDir };
