// The 1200×630 share images (Open Graph), one per distinct page figure, rendered at build time from the numbers.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSite, renderedReleases, siteLanguages } from '../../lib/site-data.ts';
import { sitePagePaths } from '../../lib/site-pages.ts';
import { cachedPng, prerenderPngs } from '../../pictures/png-cache.ts';
import { OG_IMAGE_WIDTH } from '../../pictures/og-image.ts';
import { svgToPng } from '../../pictures/render-png.ts';
import { ogImageFile, ogImageInput } from '../../figures/page-facts.ts';

export const getStaticPaths = (async () => {
  const images = new Map<string, string>();
  for (const release of [null, ...renderedReleases()]) {
    const site = getSite(release);
    for (const lang of siteLanguages())
      for (const path of sitePagePaths(site)) {
        const image = ogImageFile(ogImageInput(site, { lang, release }, path));
        images.set(image.path, image.svg);
      }
  }
  const svgs = [...images].map(([path, svg]) => ({ path, svg }));
  // Drawn on worker threads while Astro renders other pages; GET waits for its own picture.
  void prerenderPngs(svgs.map(({ svg }) => ({ svg, width: OG_IMAGE_WIDTH })));
  return svgs.map(({ path, svg }) => ({ params: { image: path.slice('/og/'.length, -'.png'.length) }, props: { svg } }));
}) satisfies GetStaticPaths;

// Kept in the PNG cache like the chart pictures: a release's share images never change, so a rebuild reuses them.
// A frozen release's share images are not made here: npm run build copies them with its pages.
export const GET: APIRoute = async ({ props }) => {
  const png = await cachedPng((props as { svg: string }).svg, OG_IMAGE_WIDTH, svgToPng);
  return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
