// @ts-check
import { defineConfig } from 'astro/config';

/**
 * Content-Security-Policy for every page. Astro writes it as a <meta http-equiv="content-security-policy"> in each
 * page's <head> and fills in script-src and style-src itself: 'self' plus a SHA-256 hash of every script and
 * stylesheet it bundles or inlines (the component scripts, and the Chart.js chunk that mount.ts imports when a
 * chart nears the viewport, which is a same-origin file under /_astro/). Every stylesheet is a file under /_astro/
 * (build.inlineStylesheets below), so 'self' is what admits them; no page has a <style> block.
 * Nothing else may run: no inline event handlers, no style="" attributes, no eval.
 * The directives below cover the rest: every request stays on this site's origin (no CDN, no web font, no
 * analytics); no plugins (<object>/<embed>); <base> and form targets cannot point elsewhere.
 * Chart.js sizes its canvas through element.style (CSSOM), which style-src does not restrict.
 * frame-ancestors and report-uri are ignored in a <meta> policy; the host should send those as headers.
 */
export const contentSecurityPolicy = {
  algorithm: /** @type {const} */ ('SHA-256'),
  directives: /** @type {const} */ ([
    "default-src 'self'",
    "img-src 'self'",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ]),
};

// Stage 2 builds only from a published folder (data/published, or PUBLISHED_DIR): see src/lib/published.ts.
// The public address: `npm run build` (scripts/build-site.ts) works it out from program.json (through
// metadata.json), or the operator's SITE_URL, checks it and passes it on as SITE_URL; without one, every citation
// and link carries a path only. This file imports nothing of src/: a TypeScript import here makes Astro load the
// config through Vite, which cost the build about 350 MB of memory.
const site = process.env.SITE_URL || undefined;

export default defineConfig({
  ...(site === undefined ? {} : { site }),
  // Every stylesheet is a file under /_astro/, fetched once and cached, never a <style> block copied into each
  // page's <head> (Astro inlines small ones by default: 8-10 KB in each of the site's ~1,500 pages).
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  security: { csp: { ...contentSecurityPolicy, directives: [...contentSecurityPolicy.directives] } },
  // Shiki colours code with style="" attributes, which the policy forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
});
