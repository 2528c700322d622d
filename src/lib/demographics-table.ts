import type { Lang } from './format.ts';
import type { Published } from './published.ts';
import { isApproximate } from './approximate.ts';
import { countCell, type TableSpec } from './table-spec.ts';
import { AGE_BANDS } from '../schemas/published.ts';

const SEX = { L: { id: 'Laki-laki', en: 'Men' }, P: { id: 'Perempuan', en: 'Women' } } as const;

/** Active members of an area by sex, then by age band on the as-of date, in that order. */
export function demographicsTable(data: Pick<Published, 'demographics'>, areaCode: string, lang: Lang): TableSpec {
  const id = lang === 'id';
  const count = (dimension: string, group: string) =>
    data.demographics.rows.find((r) => r.code === areaCode && r.dimension === dimension && r.group === group);
  const rows = [
    ...(['L', 'P'] as const).map((g) => ({ header: SEX[g][lang], row: count('jenis_kelamin', g) })),
    ...AGE_BANDS.map((band) => ({ header: id ? `Umur ${band.replace('-', '–')} tahun` : `Aged ${band.replace('-', '–')}`, row: count('kelompok_umur', band) })),
  ];
  return {
    columns: [{ label: id ? 'Kelompok' : 'Group' }, { label: id ? 'Peserta aktif' : 'Active members', numeric: true }],
    rows: rows.filter((r) => r.row !== undefined).map((r) => ({ header: r.header, cells: [countCell(r.row!.count, isApproximate(r.row!, 'count'))] })),
  };
}
