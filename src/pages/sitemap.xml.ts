// sitemap.xml: every page in every language of the site, the latest and every release's permanent copy, each with its twin in
// the other language (hreflang) for search engines.
import type { APIRoute } from 'astro';
import { getSite, releaseDates, siteLanguages } from '../lib/site-data.ts';
import { sharedPages, sitePagePaths } from '../lib/site-pages.ts';
import { absoluteUrl, href } from '../lib/routes.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const url = (path: string) => absoluteUrl(path, origin);
  const langs = siteLanguages();
  const entries = [null, ...releaseDates()].flatMap((release) => {
    const site = getSite(release);
    return sitePagePaths(site).flatMap((path) =>
      langs.map((lang) => [
        '  <url>',
        `    <loc>${url(href({ lang, release }, path))}</loc>`,
        `    <lastmod>${site.metadata.asOfDate}</lastmod>`,
        ...(langs.length > 1 ? langs : []).map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${url(href({ lang: l, release }, path))}"/>`),
        '  </url>',
      ].join('\n')));
  });
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...sharedPages().map((path) => `  <url>\n    <loc>${url(path)}</loc>\n  </url>`),
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
