import { toCsv } from '../../shared/csv.ts';
import type { GadmFeature } from '../load/gadm-file.ts';
import { gadmWords } from '../boundaries/name-match.ts';

/** Where stage 1 writes the matching report: beside the validation report, never in the published folder. */
export const BOUNDARY_REPORT_FILE = 'laporan-batas-wilayah.csv';

/**
 * The default shapes' matching report as CSV (with a byte-order mark for Excel): every official area published
 * without a shape, and every GADM kecamatan or village of the region that no official area took, with GADM's own
 * id, name and kecamatan so that an officer can see what might belong together.
 */
export function boundaryReport(missing: readonly { level: string; code: string; name: string }[], unused: readonly GadmFeature[]): string {
  const rows = [
    ...missing.map((m) => ['official area without a shape', m.level, m.code, m.name, '', '', '']),
    ...unused.map((f) => {
      const p = f.properties;
      const village = p.GID_4 !== undefined;
      return ['GADM shape left unused', village ? 'kelurahan' : 'kecamatan', '', '', village ? p.GID_4! : p.GID_3!, gadmWords(village ? p.NAME_4 : p.NAME_3), gadmWords(p.NAME_3)];
    }),
  ];
  return '\ufeff' + toCsv(['status', 'level', 'kemendagri_code', 'official_name', 'gadm_id', 'gadm_name', 'gadm_kecamatan'], rows);
}
