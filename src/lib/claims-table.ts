import type { Lang } from './format.ts';
import type { Published } from './published.ts';
import type { TableSpec } from './table-spec.ts';
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
    return row ? [{ header: PROGRAMS[program][lang], cells: [row.claims, { rupiah: row.amountRupiah }] }] : [];
  });
  return {
    columns: [{ label: id ? 'Program' : 'Programme' }, { label: id ? 'Klaim' : 'Claims', numeric: true }, { label: id ? 'Dibayar' : 'Paid', numeric: true }],
    rows,
  };
}
