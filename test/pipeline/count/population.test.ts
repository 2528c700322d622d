import { describe, expect, it } from 'vitest';
import { loadProgram } from '../../../src/pipeline/load/input-folder.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { buildPopulation } from '../../../src/pipeline/count/population.ts';
import type { Program } from '../../../src/schemas/program.ts';

const regions = await loadRegionIndex('21.71');
const sample = await loadProgram('data/sample');
const program: Program = { ...sample, asOfDate: '2025-11-30' };

/** Rows as populasi.csv would give them: the header is line 1, so the n-th row is on line n + 1. */
function build(rows: [code: string, residents: number, year?: number][], p: Program = program) {
  const log = new ProblemLog();
  const input = rows.map(([kode_wilayah, penduduk, tahun = 2013], i) => ({
    value: { kode_wilayah, penduduk, sumber: 'Disdukcapil', tahun }, place: { file: 'populasi.csv', row: i + 2 },
  }));
  return { rows: buildPopulation(input, p, regions, log), log };
}
const errors = (log: ProblemLog) => log.problems.filter((p) => p.severity === 'error').map((p) => `${p.row}|${p.column}|${p.value}|${p.message}`);

describe('buildPopulation(rows, program, regions, log)', () => {
  it('buildPopulation(the region, a kecamatan and a kelurahan) gives each its level, sorted by code', () => {
    const { rows, log } = build([['21.71.10.1004', 21_000], ['21.71.01', 24_343], ['21.71', 1_136_714]]);
    expect(log.problems).toEqual([]);
    expect(rows).toEqual([
      { code: '21.71', level: 'kota', residents: 1_136_714, source: 'Disdukcapil', year: 2013 },
      { code: '21.71.01', level: 'kecamatan', residents: 24_343, source: 'Disdukcapil', year: 2013 },
      { code: '21.71.10.1004', level: 'kelurahan', residents: 21_000, source: 'Disdukcapil', year: 2013 },
    ]);
  });

  it('buildPopulation(no rows) is an empty list', () => {
    expect(build([]).rows).toEqual([]);
  });

  it('buildPopulation(a code of the region that is not an official area) names the code and shows what codes look like', () => {
    const { rows, log } = build([['21.71.13', 5000], ['21.71.01', 24_343]]);
    expect(rows.map((r) => r.code)).toEqual(['21.71.01']);
    expect(errors(log)).toEqual([expect.stringMatching(/^2\|kode_wilayah\|21\.71\.13\|is not the code of a kecamatan or kelurahan of Kota Batam .*21\.71\.01/)]);
    expect(log.invalidRows).toBe(1);
  });

  it('buildPopulation(a code of another region) says it is outside the region', () => {
    const { log } = build([['21.72.01', 5000]]);
    expect(errors(log)).toEqual([expect.stringMatching(/^2\|kode_wilayah\|21\.72\.01\|is outside Kota Batam \(21\.71\)/)]);
  });

  it('buildPopulation(a BPS code) says to use the Kemendagri code', () => {
    const { log } = build([['2171051', 5000]]);
    expect(errors(log)).toEqual([expect.stringMatching(/^2\|kode_wilayah\|2171051\|looks like a BPS code; use the Kemendagri code/)]);
  });

  it('buildPopulation(one area twice) keeps the first row and names it on the second', () => {
    const { rows, log } = build([['21.71.01', 24_343], ['21.71.02', 88_681], ['21.71.01', 25_000]]);
    expect(rows.map((r) => [r.code, r.residents])).toEqual([['21.71.01', 24_343], ['21.71.02', 88_681]]);
    expect(errors(log)).toEqual(['4|kode_wilayah|21.71.01|is given twice (first on row 2); keep one row per area']);
  });

  it('buildPopulation(a year after the as-of date) refuses it; the as-of date\'s own year is fine', () => {
    const { rows, log } = build([['21.71.01', 24_343, 2026], ['21.71.02', 88_681, 2025]]);
    expect(rows.map((r) => r.code)).toEqual(['21.71.02']);
    expect(errors(log)).toEqual(['2|tahun|2026|is after the as-of date 2025-11-30 of program.json; give the year the count was made']);
  });

  it('buildPopulation(rows of another region) checks them against that region\'s areas', async () => {
    const bintan = await loadRegionIndex('21.01');
    const log = new ProblemLog();
    const kec = bintan.kecamatan[0]!.code;
    const other: Program = { ...program, region: { ...program.region, code: '21.01', name: 'Kabupaten Bintan' } };
    const rows = buildPopulation([
      { value: { kode_wilayah: kec, penduduk: 100, sumber: 'BPS', tahun: 2020 }, place: { file: 'populasi.csv', row: 2 } },
      { value: { kode_wilayah: '21.71.01', penduduk: 100, sumber: 'BPS', tahun: 2020 }, place: { file: 'populasi.csv', row: 3 } },
    ], other, bintan, log);
    expect(rows.map((r) => r.code)).toEqual([kec]);
    expect(errors(log)).toEqual([expect.stringMatching(/^3\|kode_wilayah\|21\.71\.01\|is outside Kabupaten Bintan \(21\.01\)/)]);
  });
});
