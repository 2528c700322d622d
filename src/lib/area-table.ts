import { isApproximate } from './approximate.ts';
import { formatCount, formatPercent } from './format.ts';
import { href, type PageContext } from './routes.ts';
import type { Site } from './site-data.ts';
import { countCell, coverageColumns, type TableSpec } from './table-spec.ts';
import type { PublishedArea } from '../schemas/published.ts';

/** Whether a map of these areas for a category shows coverage (every area has a target) or members. */
export function mapMeasure(site: Site, areas: PublishedArea[], category: string): 'percent' | 'count' {
  return areas.length > 0 && areas.every((a) => site.cell(a.code, category).target !== null) ? 'percent' : 'count';
}

/**
 * Areas side by side for one category ("semua" for all): members, and target and coverage when any area has a
 * target. The table beside every map, so the map's colours can always be read as exact numbers.
 */
export function areaTable(site: Site, areas: PublishedArea[], category: string, ctx: PageContext, levelLabel: string): TableSpec {
  const withTarget = areas.some((a) => site.cell(a.code, category).target !== null);
  return {
    columns: coverageColumns(ctx.lang, levelLabel).slice(0, withTarget ? 4 : 2),
    rows: areas.map((a) => {
      const cell = site.cell(a.code, category);
      return {
        header: a.name,
        href: href(ctx, site.path(a.code)),
        cells: [
          countCell(cell.count, isApproximate(cell, 'count')),
          ...(withTarget ? [cell.target ?? '–', { percent: cell.coveragePercent, hidden: cell.count === null, approximate: isApproximate(cell, 'coveragePercent') }] : []),
        ],
      };
    }),
  };
}

/**
 * The areas of a map with their value (coverage or members), whether it is approximate, and the words a screen
 * reader hears and a tooltip shows for each ("≈83,2% dari sasaran (≈99 peserta)").
 */
export function mapAreas(site: Site, areas: PublishedArea[], category: string, ctx: PageContext, measure: 'percent' | 'count') {
  const { lang } = ctx;
  const id = lang === 'id';
  return areas.map((a) => {
    const cell = site.cell(a.code, category);
    const countApproximate = isApproximate(cell, 'count');
    const value = measure === 'percent' ? (cell.count === null ? null : cell.coveragePercent) : cell.count;
    const approximate = value !== null && (measure === 'percent' ? isApproximate(cell, 'coveragePercent') : countApproximate);
    const valueText = value === null
      ? (id ? 'angka disembunyikan' : 'number hidden')
      : measure === 'percent'
        ? `${formatPercent(value, lang, approximate)} ${id ? 'dari sasaran' : 'of target'} (${formatCount(cell.count, lang, countApproximate)} ${id ? 'peserta' : 'members'})`
        : `${formatCount(value, lang, approximate)} ${id ? 'peserta' : 'members'}`;
    return { code: a.code, name: a.name, href: href(ctx, site.path(a.code)), value, approximate, valueText };
  });
}
