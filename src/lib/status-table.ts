import type { Lang } from './format.ts';
import type { Published } from './published.ts';
import { isApproximate } from './approximate.ts';
import { countCell, type TableSpec } from './table-spec.ts';

/** Active, non-active and ever-enrolled members of an area, or null when status.json has no row for it. */
export function statusTable(data: Pick<Published, 'status'>, areaCode: string, lang: Lang): TableSpec | null {
  const row = data.status.rows.find((r) => r.code === areaCode);
  if (!row) return null;
  const id = lang === 'id';
  return {
    columns: [{ label: 'Status' }, { label: id ? 'Peserta' : 'Members', numeric: true }],
    rows: [
      { header: id ? 'Aktif' : 'Active', cells: [countCell(row.active, isApproximate(row, 'active'))] },
      { header: id ? 'Tidak aktif' : 'Non-active', cells: [countCell(row.nonActive, isApproximate(row, 'nonActive'))] },
      { header: id ? 'Pernah terdaftar' : 'Ever enrolled', cells: [countCell(row.registered, isApproximate(row, 'registered'))] },
    ],
    // Ever enrolled = active + non-active.
    sums: [{ total: 2, parts: [0, 1], columns: [0] }],
  };
}
