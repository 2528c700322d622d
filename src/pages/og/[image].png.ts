// The 1200×630 share images (Open Graph), one per distinct page figure, rendered at build time from the numbers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, releaseDates } from '../../lib/site-data.ts';
import { sitePagePaths } from '../../lib/site-pages.ts';
import { LANGS } from '../../lib/routes.ts';
import { ogImagePng, type OgImageInput } from '../../share/og-image.ts';
import { ogImageInput, ogImagePath } from '../../share/page-facts.ts';

export const getStaticPaths = (() => {
  const images = new Map<string, OgImageInput>();
  for (const release of [null, ...releaseDates()]) {
    const site = getSite(release);
    for (const lang of LANGS)
      for (const path of sitePagePaths(site)) {
        const input = ogImageInput(site, { lang, release }, path);
        images.set(ogImagePath(input), input);
      }
  }
  return [...images].map(([path, input]) => ({ params: { image: path.slice('/og/'.length, -'.png'.length) }, props: { input } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(new Uint8Array(ogImagePng((props as { input: OgImageInput }).input)), { headers: { 'content-type': 'image/png' } });
