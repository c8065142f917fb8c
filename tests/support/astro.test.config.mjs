// The project's own Astro configuration, with one change for test builds: a cache directory of its
// own (TEST_ASTRO_CACHE_DIR), so the test builds, each with another CONTENT_DIR, never share Astro's
// content-layer store with each other or with a developer's `astro build` in the same checkout.
import config from '../../astro.config.mjs';

export default { ...config, cacheDir: process.env.TEST_ASTRO_CACHE_DIR || config.cacheDir };
