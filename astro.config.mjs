// @ts-check
import { defineConfig } from 'astro/config';

// Stage 2 builds only from a published folder (data/published, or PUBLISHED_DIR): see src/lib/published.ts.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
});
