import type { PageContext } from '../lib/routes.ts';
import { getSite, releaseDates, renderedReleases, siteLanguages } from '../lib/site-data.ts';
import { figureFormats, isDrawn, type FigureFormat } from './figure.ts';
import { embedHref, figureFileHref, filesContext } from './figure-links.ts';
import { figurePagePaths, pageFigures } from './page-figures.ts';

/** One figure of one page in one copy of the site (a language and a release). */
export interface FigureAt {
  ctx: PageContext;
  /** The page's language-neutral path. */
  path: string;
  id: string;
}

/**
 * Every figure whose files and embed page are made: each copy of the site this build renders (latest and every kept
 * release that is not frozen, both languages of the site), each page with figures, each figure, except the latest copy
 * when its release is kept (its pages link to that release's files; see filesContext), and a figure that shares
 * another's files (Figure.filesFrom).
 */
export function figuresToMake(releases: readonly string[] = releaseDates()): (FigureAt & { formats: FigureFormat[]; drawn: boolean })[] {
  return [null, ...renderedReleases(releases)].flatMap((release) => siteLanguages().flatMap((lang) => {
    const ctx: PageContext = { lang, release };
    const site = getSite(release);
    if (filesContext(ctx, site.metadata.asOfDate, releases) !== ctx) return [];
    return figurePagePaths(site).flatMap((path) => pageFigures(site, ctx, path).filter((figure) => !figure.filesFrom).map((figure) =>
      ({ ctx, path, id: figure.id, formats: figureFormats(figure), drawn: isDrawn(figure) })));
  }));
}

/** The site paths of every figure file: /unduh/…/<id>.csv, .json, and .svg and .png for charts and maps. */
export function figureFilePaths(releases?: readonly string[]): string[] {
  return figuresToMake(releases).flatMap((f) => f.formats.map((format) => figureFileHref(f.ctx, f.path, f.id, format)));
}

/** The site paths of every embed page (charts and maps): /embed/…/<id>/. */
export function embedPagePaths(releases?: readonly string[]): string[] {
  return figuresToMake(releases).filter((f) => f.drawn).map((f) => embedHref(f.ctx, f.path, f.id));
}
