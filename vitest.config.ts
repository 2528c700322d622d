/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so tests can render .astro components through the container API (test/map/area-map.test.ts).
export default getViteConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Hands every test file an empty per-run folder; test/helpers/built-site.ts builds the site there once.
    globalSetup: ['test/helpers/site-build-folder.ts'],
    // Timeouts only catch a hang; nothing in the suite measures speed. Tests share two cores with whatever else the
    // machine runs, and a real-browser test that takes two minutes on an idle machine can take ten on a busy one.
    testTimeout: 900_000,
    hookTimeout: 1_200_000,
  },
});
