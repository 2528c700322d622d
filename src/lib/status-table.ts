import type { Lang } from './format.ts';
import type { Published } from './published.ts';
import type { TableSpec } from './table-spec.ts';

/** Active, non-active and ever-enrolled members of an area, or null when status.json has no row for it. */
export function statusTable(data: Pick<Published, 'status'>, areaCode: string, lang: Lang): TableSpec | null {
  const row = data.status.rows.find((r) => r.code === areaCode);
  if (!row) return null;
  const id = lang === 'id';
  return {
    columns: [{ label: 'Status' }, { label: id ? 'Peserta' : 'Members', numeric: true }],
    rows: [
      { header: id ? 'Aktif' : 'Active', cells: [row.active] },
      { header: id ? 'Tidak aktif' : 'Non-active', cells: [row.nonActive] },
      { header: id ? 'Pernah terdaftar' : 'Ever enrolled', cells: [row.registered] },
    ],
  };
}
