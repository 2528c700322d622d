// Every figure's numbers as CSV and JSON, and every chart's and map's picture as SVG and PNG, next to its page's
// path: /unduh/kecamatan/nongsa/menurut-kategori.csv, /en/rilis/2025-11-30/unduh/peta.png. Made at build time, so
// they exist without JavaScript and a release's files never change.
import type { APIRoute, GetStaticPaths } from 'astro';
import type { FigureFormat } from '../../../figures/figure.ts';
import { figureDownload } from '../../../figures/figure-download.ts';
import { figureParam } from '../../../figures/figure-links.ts';
import { figuresToMake } from '../../../figures/figure-routes.ts';
import { prerenderFigurePictures } from '../../../figures/figure-picture.ts';
import { basePath, type PageContext } from '../../../lib/routes.ts';

export const getStaticPaths = (async () => {
  const figures = figuresToMake();
  const svgs = await prerenderFigurePictures(figures, import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined);
  return figures.flatMap((figure) => figure.formats.map((format) => ({
    params: { base: basePath(figure.ctx).slice(1) || undefined, figure: figureParam(figure.path, figure.id, format) },
    props: { ctx: figure.ctx, path: figure.path, id: figure.id, format, svg: svgs.get(figure) },
  })));
}) satisfies GetStaticPaths;

interface Props { ctx: PageContext; path: string; id: string; format: FigureFormat; svg?: string }

export const GET: APIRoute = async ({ props, site }) => {
  const { ctx, path, id, format, svg } = props as Props;
  return figureDownload(ctx, path, id, format, site, svg);
};
