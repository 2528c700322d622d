// Every figure's numbers as CSV and JSON, and every chart's and map's picture as SVG and PNG, next to its page's
// path: /unduh/kecamatan/nongsa/menurut-kategori.csv, /en/rilis/2025-11-30/unduh/peta.png. Made at build time, so
// they exist without JavaScript and a release's files never change.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FigureFormat } from '../../../figures/figure.ts';
import { figureDownload } from '../../../figures/figure-download.ts';
import { figureParam } from '../../../figures/figure-links.ts';
import { figuresToMake } from '../../../figures/figure-routes.ts';
import { basePath, type PageContext } from '../../../lib/routes.ts';

export const getStaticPaths = (() =>
  figuresToMake().flatMap(({ ctx, path, id, formats }) => formats.map((format) => ({
    params: { base: basePath(ctx).slice(1) || undefined, figure: figureParam(path, id, format) },
    props: { ctx, path, id, format },
  })))) satisfies GetStaticPaths;

interface Props { ctx: PageContext; path: string; id: string; format: FigureFormat }

export const GET: APIRoute = async ({ props, site }) => {
  const { ctx, path, id, format } = props as Props;
  if (!site) throw new Error('astro.config.mjs needs `site`: figure files carry their permanent address');
  return figureDownload(ctx, path, id, format, site);
};
