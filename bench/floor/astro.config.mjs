// The floor: Astro's defaults. The benchmark sets CONTENT_DIR (the generated content root) and
// FLOOR_CACHE_DIR (so its content-layer store is its own).
import { defineConfig } from 'astro/config';

export default defineConfig({
  ...(process.env.FLOOR_CACHE_DIR ? { cacheDir: process.env.FLOOR_CACHE_DIR } : {}),
});
