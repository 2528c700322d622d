// @ts-check
import { defineConfig } from 'astro/config';
import { NO_SITE_ADDRESS_WARNING, siteAddress } from './src/lib/site-address.ts';

/**
 * Content-Security-Policy for every page. Astro writes it as a <meta http-equiv="content-security-policy"> in each
 * page's <head> and fills in script-src and style-src itself: 'self' plus a SHA-256 hash of every script and
 * stylesheet it bundles or inlines (the <style> blocks it inlines, the component scripts, and the Chart.js chunk
 * that mount.ts imports when a chart nears the viewport, which is a same-origin file under /_astro/).
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
// The public address comes from SITE_URL, else from program.json through metadata.json; without one, every
// citation and link carries a path only, and a build says so loudly.
const address = siteAddress(process.env.SITE_URL);
if (address.url === undefined && process.argv.includes('build')) process.stderr.write(`${NO_SITE_ADDRESS_WARNING}\n`);

export default defineConfig({
  ...(address.url === undefined ? {} : { site: address.url }),
  build: { format: 'directory' },
  devToolbar: { enabled: false },
  security: { csp: { ...contentSecurityPolicy, directives: [...contentSecurityPolicy.directives] } },
  // Shiki colours code with style="" attributes, which the policy forbids; the site shows no code.
  markdown: { syntaxHighlight: false },
});
