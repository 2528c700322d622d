// sitemap.xml: every page in both languages, with its twin in the other language (hreflang) for search engines.
import type { APIRoute } from 'astro';
import { getSite } from '../lib/site-data.ts';
import { sitePagePaths } from '../lib/site-pages.ts';
import { LANGS, localePath } from '../lib/routes.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const site = getSite();
  const url = (path: string) => new URL(path, origin).href;
  const entries = sitePagePaths(site).flatMap((path) =>
    LANGS.map((lang) => [
      '  <url>',
      `    <loc>${url(localePath(lang, path))}</loc>`,
      `    <lastmod>${site.metadata.asOfDate}</lastmod>`,
      ...LANGS.map((l) => `    <xhtml:link rel="alternate" hreflang="${l}" href="${url(localePath(l, path))}"/>`),
      '  </url>',
    ].join('\n')),
  );
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
};
