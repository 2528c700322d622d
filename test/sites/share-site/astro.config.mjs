// @ts-check
// A small site for test/e2e/share.test.ts: the real ShareBar on plain pages, and share images made by endpoints
// through the real build (resvg and the bundled font loaded inside Astro's server build), under the site's real
// Content-Security-Policy.
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import { contentSecurityPolicy } from '../../../astro.config.mjs';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  publicDir: fileURLToPath(new URL('../../../public', import.meta.url)),
  cacheDir: join(tmpdir(), 'share-site-cache'),
  site: 'https://data.example.org',
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: { csp: { ...contentSecurityPolicy, directives: [...contentSecurityPolicy.directives] } },
  markdown: { syntaxHighlight: false },
});
