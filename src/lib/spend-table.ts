import type { Lang } from './format.ts';
import type { Published } from './published.ts';
import { isApproximate } from './approximate.ts';
import { countCell, type CellValue, type TableSpec } from './table-spec.ts';
import { ALL_CATEGORIES } from '../schemas/published.ts';

/**
 * Estimated premium the city pays, per category and in all. A table, not a chart: with one premium for every
 * category the bars would repeat the active-members chart exactly, and readers want the exact rupiah.
 */
export function spendTable(data: Pick<Published, 'metadata' | 'spend'>, lang: Lang, linkTo?: (categoryId: string) => string): TableSpec {
  const id = lang === 'id';
  const label = (category: string) =>
    category === ALL_CATEGORIES ? (id ? 'Jumlah' : 'Total') : data.metadata.categories.find((c) => c.id === category)?.label[lang] ?? category;
  const order = [...data.metadata.categories.map((c) => c.id), ALL_CATEGORIES];
  const rows = order.flatMap((category) => {
    const row = data.spend.rows.find((r) => r.category === category);
    if (!row) return [];
    // A null premium on the total row means the categories pay different rates: there is no single figure to show.
    const premium: CellValue = row.premiumPerPersonMonth === null ? (id ? 'beragam' : 'varies') : { rupiah: row.premiumPerPersonMonth };
    const approximate = (field: string) => isApproximate(row, field);
    return [{
      category,
      header: label(category),
      href: category === ALL_CATEGORIES ? undefined : linkTo?.(category),
      cells: [
        countCell(row.active, approximate('active')),
        premium,
        { rupiah: row.monthlyRupiah, approximate: approximate('monthlyRupiah') },
        { rupiah: row.yearlyRupiah, approximate: approximate('yearlyRupiah') },
      ],
    }];
  });
  const total = rows.findIndex((r) => r.category === ALL_CATEGORIES);
  const parts = rows.flatMap((r, i) => (r.category === ALL_CATEGORIES ? [] : [i]));
  return {
    columns: [
      { label: id ? 'Kategori' : 'Category' },
      { label: id ? 'Peserta aktif' : 'Active members', numeric: true },
      { label: id ? 'Iuran per orang per bulan' : 'Premium per person per month', numeric: true },
      { label: id ? 'Per bulan' : 'Per month', numeric: true },
      { label: id ? 'Per tahun' : 'Per year', numeric: true },
    ],
    rows: rows.map(({ header, href, cells }) => ({ header, href, cells })),
    // The categories add up to the total in members and in rupiah (not in the premium per person).
    sums: total === -1 || parts.length === 0 ? [] : [{ total, parts, columns: [0, 2, 3] }],
  };
}
