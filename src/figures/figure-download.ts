import type { PageContext } from '../lib/routes.ts';
import { getSite } from '../lib/site-data.ts';
import type { FigureFormat } from './figure.ts';
import { figureCsv, figureJson } from './figure-data.ts';
import { figurePng, figureSvg } from './figure-picture.ts';
import { permanentFigureUrl } from './figure-links.ts';
import { pageFigure } from './page-figures.ts';

const TYPES: Record<FigureFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
};

/** One figure file, as the download route serves it: the figure's table as CSV or JSON, or its picture. */
/** `svg`: the figure's picture when the caller drew it already (prerenderFigurePictures). */
export async function figureDownload(ctx: PageContext, path: string, id: string, format: FigureFormat, siteUrl: URL | undefined, svg?: string): Promise<Response> {
  const site = getSite(ctx.release);
  const figure = pageFigure(site, ctx, path, id);
  const { metadata } = site;
  let body: BodyInit;
  if (format === 'csv') body = figureCsv(figure.table, ctx.lang);
  else if (format === 'json') {
    body = figureJson(figure.table, {
      title: figure.title,
      area: figure.area,
      asOfDate: metadata.asOfDate,
      release: ctx.release ?? metadata.asOfDate,
      source: metadata.source[ctx.lang],
      url: permanentFigureUrl(siteUrl, ctx, metadata.asOfDate, path, id),
      synthetic: metadata.synthetic,
    }, ctx.lang);
  } else if (format === 'svg') body = svg ?? await figureSvg(site, ctx, path, figure, siteUrl);
  else body = new Uint8Array(await figurePng(site, ctx, path, figure, siteUrl, svg));
  return new Response(body, { headers: { 'content-type': TYPES[format] } });
}
