import { absoluteUrl, basePath, href, type PageContext } from '../lib/routes.ts';
import type { FigureFormat } from './figure.ts';

// Where a figure's files and embed page live: under the page's language and release prefix, then /unduh/ or
// /embed/, then the page's own path and the figure's id, so every page's figures have their own folder:
// /unduh/kecamatan/nongsa/menurut-kategori.csv, /en/rilis/2025-11-30/embed/kecamatan/nongsa/menurut-kategori/.

/** The route parameter of a figure under /unduh/ or /embed/: "kecamatan/nongsa/peta.svg", "peta" (home page). */
export function figureParam(path: string, id: string, format?: FigureFormat): string {
  return `${path.slice(1)}${id}${format ? `.${format}` : ''}`;
}

/** A figure's download in one format, e.g. /en/unduh/kategori/nelayan/peta.png. */
export function figureFileHref(ctx: PageContext, path: string, id: string, format: FigureFormat): string {
  return `${basePath(ctx)}/unduh/${figureParam(path, id, format)}`;
}

/** A chart's or map's embed page, e.g. /embed/kecamatan/nongsa/cakupan/. */
export function embedHref(ctx: PageContext, path: string, id: string): string {
  return `${basePath(ctx)}/embed/${figureParam(path, id)}/`;
}

/**
 * The permanent copy of a page: the same language, in the release it shows. The latest pages show the release
 * whose as-of date is the data's, so a citation made today still finds these numbers after the next release.
 */
export function permanentContext(ctx: PageContext, asOfDate: string): PageContext {
  return { lang: ctx.lang, release: ctx.release ?? asOfDate };
}

/** The absolute permanent address of a figure on its page: https://…/rilis/2025-11-30/kecamatan/nongsa/#cakupan. */
export function permanentFigureUrl(site: URL | undefined, ctx: PageContext, asOfDate: string, path: string, id: string): string {
  return absoluteUrl(`${href(permanentContext(ctx, asOfDate), path)}#${id}`, site);
}

/**
 * Whose figure files and embed pages a page links to. The latest pages show the same data as the release kept
 * under their as-of date, so when that release is kept they use its files (the same bytes) and none are made for
 * the latest copy: each release's pictures are drawn once.
 */
export function filesContext(ctx: PageContext, asOfDate: string, releases: readonly string[]): PageContext {
  return ctx.release === null && releases.includes(asOfDate) ? { lang: ctx.lang, release: asOfDate } : ctx;
}
