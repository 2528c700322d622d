import type { ClaimRow } from '../../schemas/inputs.ts';
import { ALL_CATEGORIES } from '../../schemas/published.ts';
import type { ProblemLog } from '../report/problems.ts';
import type { RegionIndex } from '../load/official-areas.ts';
import type { SmallCsvRow } from '../load/small-csv.ts';

interface ClaimTotal {
  claims: number;
  rupiah: number;
  /** Sum of the rows' record keys modulo 2^32 (cell key method; 0 without a row key). */
  key: number;
}
export interface ClaimTotals { get(code: string, program: string): ClaimTotal }

/** Sums claims by kecamatan and program (JKK, JKM, and "semua"), and for the kota. */
export function buildClaimTotals(
  rows: SmallCsvRow<ClaimRow>[], regions: RegionIndex, asOfDate: string, log: ProblemLog, rowKey: ((row: ClaimRow) => number) | null = null,
): ClaimTotals {
  const kecamatanOf = new Map<string, string>([
    ...regions.kecamatan.map((k) => [k.code, k.code] as const),
    ...regions.kelurahan.map((k) => [k.code, k.kecamatanCode] as const),
  ]);
  const sums = new Map<string, ClaimTotal>();
  const bump = (code: string, program: string, row: ClaimRow, key: number) => {
    const id = `${code}|${program}`;
    const total = sums.get(id) ?? { claims: 0, rupiah: 0, key: 0 };
    total.claims += row.jumlah_klaim;
    total.rupiah += row.nilai_rupiah;
    total.key = (total.key + key) >>> 0;
    sums.set(id, total);
  };
  for (const { value, place } of rows) {
    const kec = kecamatanOf.get(value.kode_wilayah);
    if (kec === undefined) {
      log.invalidRows++;
      log.at(place, 'error', 'kode_wilayah', value.kode_wilayah, 'is not a kecamatan or kelurahan code of this region in the official Kemendagri list; use the code of the kelurahan (or kecamatan) where the member lives');
      continue;
    }
    if (value.tanggal > asOfDate) {
      log.invalidRows++;
      log.at(place, 'error', 'tanggal', value.tanggal, `is after the as-of date ${asOfDate}; check the date or program.json`);
      continue;
    }
    if (value.jumlah_klaim === 0 && value.nilai_rupiah > 0) {
      log.invalidRows++;
      log.at(place, 'error', 'jumlah_klaim', value.jumlah_klaim, 'is 0 while nilai_rupiah is not; check the row');
      continue;
    }
    const key = rowKey ? rowKey(value) : 0;
    for (const code of [kec, regions.regionCode])
      for (const program of [value.program, ALL_CATEGORIES]) bump(code, program, value, key);
  }
  return { get: (code, program) => sums.get(`${code}|${program}`) ?? { claims: 0, rupiah: 0, key: 0 } };
}
