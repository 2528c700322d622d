import { chartSummary } from '../charts/chart-summary.ts';
import { chartSvg, framedSvg, type SvgFrame } from '../charts/chart-svg.ts';
import type { MeasureWeighted } from '../charts/fit-text.ts';
import { approximateNote } from '../i18n/protection.ts';
import { ui } from '../i18n/ui.ts';
import { formatDate } from '../lib/format.ts';
import type { PageContext } from '../lib/routes.ts';
import type { Site } from '../lib/site-data.ts';
import { loadMapLayout } from '../map/map-cache.ts';
import { mapBody } from '../map/map-svg.ts';
import { svgToPng, textWidth } from '../pictures/render-png.ts';
import type { Figure } from './figure.ts';
import { permanentFigureUrl } from './figure-links.ts';
import { cachedPng, prerenderPngs } from '../pictures/png-cache.ts';
import { getSite } from '../lib/site-data.ts';
import { pageFigure } from './page-figures.ts';

/** Wide enough for a slide or a news page at 2× on a phone, small enough that ~600 charts stay a few tens of MB. */
export const PNG_WIDTH = 800;

/** The words around a figure's picture: title, dates, source, synthetic marker, its permanent address. */
function pictureFrame(site: Site, ctx: PageContext, path: string, figure: Figure, siteUrl: URL | undefined): SvgFrame {
  const { lang } = ctx;
  const { metadata } = site;
  const t = ui(lang);
  const date = formatDate(metadata.asOfDate, lang);
  const release = formatDate(ctx.release ?? metadata.asOfDate, lang);
  const description = figure.chart
    ? chartSummary(figure.chart.config, figure.chart.unit, lang, figure.chart.approximate)
    : `${figure.title}. ${(figure.map?.areas ?? []).map((a) => `${a.name}: ${a.valueText}`).join('; ')}.`;
  return {
    lang,
    title: figure.title,
    asOf: lang === 'id' ? `Data per ${date} · Rilis ${release}` : `Data as of ${date} · Release of ${release}`,
    source: `${t.source}: ${metadata.source[lang]}`,
    url: permanentFigureUrl(siteUrl, ctx, metadata.asOfDate, path, figure.id),
    synthetic: metadata.synthetic ? (lang === 'id' ? 'DATA SINTETIS' : 'SYNTHETIC DATA') : null,
    hiddenNote: t.hiddenNote,
    approximateNote: approximateNote(metadata.disclosure, lang),
    description,
  };
}

/** A chart's or map's picture as an SVG document; a figure that is only a table has none. */
export async function figureSvg(site: Site, ctx: PageContext, path: string, figure: Figure, siteUrl: URL | undefined, measure: MeasureWeighted = textWidth): Promise<string> {
  const frame = pictureFrame(site, ctx, path, figure, siteUrl);
  if (figure.chart) return chartSvg(figure.chart, frame, measure);
  if (!figure.map) throw new Error(`figure ${figure.id} of ${path} is a table: it has no picture`);
  const layout = await loadMapLayout(site.metadata, figure.map.level, figure.map.areas.map((a) => a.code), site.dir);
  const body = mapBody(layout, figure.map, ctx.lang, measure);
  return framedSvg({ ...body, notes: [...(body.notes ?? []), layout.attribution[ctx.lang]] }, frame, measure);
}

/**
 * The SVG of every drawn figure, with its PNG started in parallel (see prerenderPngs) while other pages render;
 * the routes get the SVGs back, so no picture is drawn twice.
 */
export async function prerenderFigurePictures<F extends { ctx: PageContext; path: string; id: string; drawn: boolean }>(figures: F[], siteUrl: URL | undefined): Promise<Map<F, string>> {
  const svgs = new Map<F, string>();
  for (const figure of figures.filter((f) => f.drawn)) {
    const site = getSite(figure.ctx.release);
    svgs.set(figure, await figureSvg(site, figure.ctx, figure.path, pageFigure(site, figure.ctx, figure.path, figure.id), siteUrl));
  }
  void prerenderPngs([...svgs.values()].map((svg) => ({ svg, width: PNG_WIDTH })));
  return svgs;
}

/** The same picture as PNG, PNG_WIDTH pixels across. */
export async function figurePng(site: Site, ctx: PageContext, path: string, figure: Figure, siteUrl: URL | undefined, svg?: string): Promise<Buffer> {
  return cachedPng(svg ?? await figureSvg(site, ctx, path, figure, siteUrl), PNG_WIDTH, svgToPng);
}
