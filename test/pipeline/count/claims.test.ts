import { describe, expect, it } from 'vitest';
import { buildClaimTotals } from '../../../src/pipeline/count/claims.ts';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import type { ClaimRow } from '../../../src/schemas/inputs.ts';

const regions = await loadRegionIndex('21.71');
const AS_OF = '2025-11-30';
const kelurahanOf = (kec: string) => regions.kelurahan.filter((k) => k.kecamatanCode === kec).map((k) => k.code);

type Row = [tanggal: string, code: string, program: 'JKK' | 'JKM', claims: number, rupiah: number];
function build(rows: Row[], rowKey: ((row: ClaimRow) => number) | null = null) {
  const log = new ProblemLog();
  const input = rows.map(([tanggal, kode_wilayah, program, jumlah_klaim, nilai_rupiah], i) => ({
    value: { tanggal, kode_wilayah, program, jumlah_klaim, nilai_rupiah } as ClaimRow,
    place: { file: 'claims.csv', row: i + 2 },
  }));
  return { totals: buildClaimTotals(input, regions, AS_OF, log, rowKey), log };
}

describe('buildClaimTotals(rows, regions, asOfDate, log)', () => {
  const [a1, a2] = kelurahanOf('21.71.08') as [string, string];
  const [b1] = kelurahanOf('21.71.10') as [string];
  const rows: Row[] = [
    ['2025-06-14', a1, 'JKK', 1, 4_852_000],
    ['2025-07-01', a2, 'JKK', 2, 1_000_000],
    ['2025-08-20', a2, 'JKM', 1, 42_000_000],
    ['2025-09-30', '21.71.08', 'JKM', 1, 42_000_000], // a kecamatan code is accepted too
    ['2025-11-30', b1, 'JKK', 3, 600_000], // on the as-of date itself
  ];

  it('buildClaimTotals(rows, …, rowKey) gives each total the sum of its rows\' keys modulo 2^32, so the same rows give the same key', () => {
    const key = (row: ClaimRow) => (row.nilai_rupiah % 1000) * 5_000_000 + row.jumlah_klaim;
    const { totals } = build(rows, key);
    const keyOf = (r: Row) => (r[4] % 1000) * 5_000_000 + r[3];
    const [r1, r2, r3, r4, r5] = rows as [Row, Row, Row, Row, Row];
    expect(totals.get('21.71.08', 'JKK').key).toBe((keyOf(r1) + keyOf(r2)) >>> 0);
    expect(totals.get('21.71.08', 'semua').key).toBe((keyOf(r1) + keyOf(r2) + keyOf(r3) + keyOf(r4)) >>> 0);
    expect(totals.get('21.71', 'semua').key).toBe([r1, r2, r3, r4, r5].reduce((s, r) => (s + keyOf(r)) >>> 0, 0));
    // A kecamatan whose claims are the city's only JKM claims has the city's JKM key: the same claims, the same noise.
    expect(totals.get('21.71.08', 'JKM').key).toBe(totals.get('21.71', 'JKM').key);
    expect(build(rows).totals.get('21.71', 'semua').key).toBe(0);
  });

  it('buildClaimTotals(rows) sums kelurahan rows into their kecamatan, per program and in "semua"', () => {
    const { totals, log } = build(rows);
    expect(log.problems).toEqual([]);
    expect(totals.get('21.71.08', 'JKK')).toMatchObject({ claims: 3, rupiah: 5_852_000 });
    expect(totals.get('21.71.08', 'JKM')).toMatchObject({ claims: 2, rupiah: 84_000_000 });
    expect(totals.get('21.71.08', 'semua')).toMatchObject({ claims: 5, rupiah: 89_852_000 });
    expect(totals.get('21.71.10', 'JKK')).toMatchObject({ claims: 3, rupiah: 600_000 });
    expect(totals.get('21.71.10', 'JKM')).toMatchObject({ claims: 0, rupiah: 0 });
    expect(totals.get('21.71.10', 'semua')).toMatchObject({ claims: 3, rupiah: 600_000 });
  });

  it('buildClaimTotals(rows) sums every row into the kota, per program and in "semua"', () => {
    const { totals } = build(rows);
    expect(totals.get('21.71', 'JKK')).toMatchObject({ claims: 6, rupiah: 6_452_000 });
    expect(totals.get('21.71', 'JKM')).toMatchObject({ claims: 2, rupiah: 84_000_000 });
    expect(totals.get('21.71', 'semua')).toMatchObject({ claims: 8, rupiah: 90_452_000 });
  });

  it('buildClaimTotals(no rows) gives zeros everywhere', () => {
    const { totals } = build([]);
    for (const code of ['21.71', ...regions.kecamatan.map((k) => k.code)])
      for (const p of ['JKK', 'JKM', 'semua']) expect(totals.get(code, p)).toMatchObject({ claims: 0, rupiah: 0 });
  });

  it('buildClaimTotals(bad rows) reports an unknown code, a date after the as-of date and 0 claims with money, and counts none of them', () => {
    const { totals, log } = build([
      ['2025-06-14', '21.71.99.1001', 'JKK', 1, 1_000_000],
      ['2025-12-01', a1, 'JKK', 1, 2_000_000],
      ['2025-07-01', a1, 'JKM', 0, 42_000_000],
      ['2025-07-02', a1, 'JKM', 1, 42_000_000],
      ['2025-07-03', '21.71', 'JKK', 1, 1_000], // the kota itself is not a place where a member lives
    ]);
    expect(log.problems.map((p) => `${p.severity}|${p.file}|${p.row}|${p.column}|${p.value}`)).toEqual([
      'error|claims.csv|2|kode_wilayah|21.71.99.1001',
      'error|claims.csv|3|tanggal|2025-12-01',
      'error|claims.csv|4|jumlah_klaim|0',
      'error|claims.csv|6|kode_wilayah|21.71',
    ]);
    expect(log.problems[1]!.message).toContain(AS_OF);
    expect(log.invalidRows).toBe(4);
    expect(totals.get('21.71', 'semua')).toMatchObject({ claims: 1, rupiah: 42_000_000 });
  });

  it('buildClaimTotals(0 claims and 0 rupiah) accepts the row', () => {
    const { totals, log } = build([['2025-07-01', a1, 'JKK', 0, 0]]);
    expect(log.errorCount).toBe(0);
    expect(totals.get('21.71.08', 'JKK')).toMatchObject({ claims: 0, rupiah: 0 });
  });
});
