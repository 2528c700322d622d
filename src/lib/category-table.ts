import { areaCategories } from './area-categories.ts';
import type { Lang } from './format.ts';
import type { Site } from './site-data.ts';
import { isApproximate } from './approximate.ts';
import { countCell, coverageColumns, type TableSpec } from './table-spec.ts';

/**
 * Every category published for an area in one table: active members, and target and coverage where a target is
 * known ("–" where not). The briefing's table by category: one table instead of the site's two (members; coverage),
 * so the sheet fits a printed page.
 */
export function categoryTable(site: Pick<Site, 'metadata' | 'cell'>, code: string, lang: Lang, linkTo?: (categoryId: string) => string): TableSpec {
  return {
    columns: coverageColumns(lang, lang === 'id' ? 'Kategori' : 'Category'),
    rows: areaCategories(site, code).map((c) => {
      const cell = site.cell(code, c.id);
      return {
        header: c.label[lang],
        href: linkTo?.(c.id),
        cells: [
          countCell(cell.count, isApproximate(cell, 'count')),
          cell.target ?? '–',
          { percent: cell.coveragePercent, hidden: cell.count === null && cell.target !== null, approximate: isApproximate(cell, 'coveragePercent') },
        ],
      };
    }),
  };
}
