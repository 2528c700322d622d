import { isApproximate } from '../lib/approximate.ts';
import type { Lang } from '../lib/format.ts';
import type { Published } from '../lib/published.ts';
import { countCell, type TableSpec } from '../lib/table-spec.ts';
import { areaCategories, enrollmentCell } from '../lib/area-categories.ts';
import type { BuiltChart } from './chart-format.ts';
import { horizontalBars } from './horizontal-bars.ts';

type Data = Pick<Published, 'metadata' | 'enrollment'>;

/** Active people per category published for the area: the one list both the chart and its table are drawn from. */
export function categoryCounts(data: Data, areaCode: string, lang: Lang) {
  return areaCategories(data, areaCode).map((c) => {
    const cell = enrollmentCell(data, areaCode, c.id);
    return { id: c.id, label: c.label[lang], count: cell.count, approximate: isApproximate(cell, 'count') };
  });
}

const activeLabel = (lang: Lang) => (lang === 'id' ? 'Peserta aktif' : 'Active members');

/**
 * A horizontal bar chart of active people by category for one area, from published numbers only.
 * Hidden counts stay null (no bar, "*" after the label) rather than 0, as the table's "*" says; approximate ones
 * are marked as such. Pure: the page serialises the result as JSON and a one-line mount hands it to Chart.js.
 */
export function categoryBars(data: Data, areaCode: string, lang: Lang): BuiltChart<'bar'> {
  return horizontalBars(categoryCounts(data, areaCode, lang).map((c) => ({ label: c.label, value: c.count, approximate: c.approximate })), activeLabel(lang), lang);
}

/** The table beside categoryBars: the same counts, category by category. */
export function categoryBarsTable(data: Data, areaCode: string, lang: Lang, linkTo?: (categoryId: string) => string): TableSpec {
  return {
    columns: [{ label: lang === 'id' ? 'Kategori' : 'Category' }, { label: activeLabel(lang), numeric: true }],
    rows: categoryCounts(data, areaCode, lang).map((c) => ({ header: c.label, href: linkTo?.(c.id), cells: [countCell(c.count, c.approximate)] })),
  };
}
