import type { Lang } from './format.ts';
import type { Published } from './published.ts';
import { isApproximate } from './approximate.ts';
import { countCell, type TableSpec } from './table-spec.ts';
import { ALL_CATEGORIES } from '../schemas/published.ts';

const PROGRAMS = {
  JKK: { id: 'Jaminan Kecelakaan Kerja (JKK)', en: 'Work-accident cover (JKK)' },
  JKM: { id: 'Jaminan Kematian (JKM)', en: 'Death benefit (JKM)' },
  [ALL_CATEGORIES]: { id: 'Jumlah', en: 'Total' },
} as const;

/**
 * Benefits paid in an area, by program then the total. A table, not a chart: two rows in two units (claims and
 * rupiah), and most kecamatan figures are hidden, so bars would show less than the numbers do.
 */
export function claimsTable(data: Pick<Published, 'claims'>, areaCode: string, lang: Lang): TableSpec {
  const id = lang === 'id';
  const rows = (Object.keys(PROGRAMS) as (keyof typeof PROGRAMS)[]).flatMap((program) => {
    const row = data.claims.rows.find((r) => r.code === areaCode && r.program === program);
    return row ? [{
      program,
      header: PROGRAMS[program][lang],
      cells: [countCell(row.claims, isApproximate(row, 'claims')), { rupiah: row.amountRupiah, approximate: isApproximate(row, 'amountRupiah') }],
    }] : [];
  });
  const total = rows.findIndex((r) => r.program === ALL_CATEGORIES);
  const parts = rows.flatMap((r, i) => (r.program === ALL_CATEGORIES ? [] : [i]));
  return {
    columns: [{ label: id ? 'Program' : 'Programme' }, { label: id ? 'Klaim' : 'Claims', numeric: true }, { label: id ? 'Dibayar' : 'Paid', numeric: true }],
    rows: rows.map(({ header, cells }) => ({ header, cells })),
    // JKK + JKM = the total, in claims and in rupiah.
    sums: total === -1 || parts.length === 0 ? [] : [{ total, parts, columns: [0, 1] }],
  };
}
