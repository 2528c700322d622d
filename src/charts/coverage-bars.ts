import { isApproximate } from '../lib/approximate.ts';
import type { Lang } from '../lib/format.ts';
import type { Published } from '../lib/published.ts';
import { countCell, coverageColumns, type TableSpec } from '../lib/table-spec.ts';
import { areaCategories, enrollmentCell } from '../lib/area-categories.ts';
import type { BuiltChart } from './chart-format.ts';
import { horizontalBars } from './horizontal-bars.ts';

type Data = Pick<Published, 'metadata' | 'enrollment'>;

/** Categories with a known target in the area (RT, RW, LPM heads, posyandu cadres…), with count and coverage. */
export function coverageCells(data: Data, areaCode: string, lang: Lang) {
  return areaCategories(data, areaCode)
    .map((c) => ({ id: c.id, label: c.label[lang], cell: enrollmentCell(data, areaCode, c.id) }))
    .filter((c) => c.cell.target !== null);
}

const coverageLabel = (lang: Lang) => (lang === 'id' ? 'Cakupan' : 'Coverage');

/** Percent of the target enrolled, per category that has a target; a hidden count hides its percent too (null). */
export function coverageBars(data: Data, areaCode: string, lang: Lang): BuiltChart<'bar'> {
  const bars = coverageCells(data, areaCode, lang).map((c) => ({ label: c.label, value: c.cell.coveragePercent, approximate: isApproximate(c.cell, 'coveragePercent') }));
  // 100% is the target line; real coverage can pass it (more enrolled than the target list), so it is not a cap.
  return horizontalBars(bars, coverageLabel(lang), lang, { suggestedMax: 100 });
}

/** The table beside coverageBars: enrolled, target and the same percent per category. */
export function coverageBarsTable(data: Data, areaCode: string, lang: Lang, linkTo?: (categoryId: string) => string): TableSpec {
  return {
    columns: coverageColumns(lang, lang === 'id' ? 'Kategori' : 'Category'),
    rows: coverageCells(data, areaCode, lang).map((c) => ({
      header: c.label,
      href: linkTo?.(c.id),
      cells: [
        countCell(c.cell.count, isApproximate(c.cell, 'count')),
        c.cell.target,
        { percent: c.cell.coveragePercent, hidden: c.cell.count === null, approximate: isApproximate(c.cell, 'coveragePercent') },
      ],
    })),
  };
}
