import { formatCount, formatPercent, type Lang } from './format.ts';
import { href, type PageContext } from './routes.ts';
import type { Site } from './site-data.ts';
import { coverageColumns, type TableSpec } from './table-spec.ts';
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
        cells: [cell.count, ...(withTarget ? [cell.target ?? '–', { percent: cell.coveragePercent, hidden: cell.count === null }] : [])],
      };
    }),
  };
}

/** The areas of a map with their value (coverage or members) and the words a screen reader hears for each. */
export function mapAreas(site: Site, areas: PublishedArea[], category: string, ctx: PageContext, measure: 'percent' | 'count') {
  const { lang } = ctx;
  const id = lang === 'id';
  return areas.map((a) => {
    const cell = site.cell(a.code, category);
    const value = measure === 'percent' ? (cell.count === null ? null : cell.coveragePercent) : cell.count;
    const valueText = value === null
      ? (id ? 'angka disembunyikan' : 'number hidden')
      : measure === 'percent'
        ? `${formatPercent(value, lang)} ${id ? 'dari sasaran' : 'of target'} (${formatCount(cell.count, lang)} ${id ? 'peserta' : 'members'})`
        : `${formatCount(value, lang)} ${id ? 'peserta' : 'members'}`;
    return { code: a.code, name: a.name, href: href(ctx, site.path(a.code)), value, valueText };
  });
}
