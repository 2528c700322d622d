/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render .astro components through the container API (test/map/area-map.test.ts).
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hands every test file an empty per-run folder; test/helpers/built-site.ts builds the site there once.
    globalSetup: ['test/helpers/site-build-folder.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
