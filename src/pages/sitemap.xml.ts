// sitemap.xml: every page in every language of the site, the latest and every release's permanent copy, each with its twin in
// the other language (hreflang) for search engines. A frozen release lists the pages its frozen copy holds.
import type { APIRoute } from 'astro';
import { getSite, releaseDates, siteLanguages } from '../lib/site-data.ts';
import { frozenRecord, frozenReleases } from '../lib/frozen-releases.ts';
import { sharedPages, sitePagePaths } from '../lib/site-pages.ts';
import { absoluteUrl, href } from '../lib/routes.ts';

export const GET: APIRoute = ({ site: origin }) => {
  const url = (path: string) => absoluteUrl(path, origin);
  const langs = siteLanguages();
  const frozen = frozenReleases();
  const entries = [null, ...releaseDates()].flatMap((release) => {
    const site = getSite(release);
    const files = release !== null && frozen.has(release) ? frozenRecord(release).files : null;
    const kept = (path: string) => files === null || langs.every((lang) => `${href({ lang, release }, path).slice(1)}index.html` in files);
    return sitePagePaths(site).filter(kept).flatMap((path) =>
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
