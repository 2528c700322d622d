import { describe, expect, it } from 'vitest';
import { loadProgram } from '../../../src/pipeline/load/input-folder.ts';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { buildTargets, targetKey } from '../../../src/pipeline/count/targets.ts';
import type { TargetRow } from '../../../src/schemas/inputs.ts';

const regions = await loadRegionIndex('21.71');
const program = await loadProgram('data/sample');
const kelurahanOf = (kec: string) => regions.kelurahan.filter((k) => k.kecamatanCode === kec).map((k) => k.code);

/** Rows as targets.csv would give them: the header is line 1, so the n-th row is on line n + 1. */
function build(rows: [code: string, category: string, sasaran: number][]) {
  const log = new ProblemLog();
  const input = rows.map(([kode_wilayah, kategori, sasaran], i) => ({ value: { kode_wilayah, kategori, sasaran } as TargetRow, place: { file: 'targets.csv', row: i + 2 } }));
  return { targets: buildTargets(input, program, regions, log), log };
}
const errors = (log: ProblemLog) => log.problems.filter((p) => p.severity === 'error');

describe('buildTargets(rows, program, regions, log)', () => {
  it('buildTargets(kelurahan targets for every kelurahan of a kecamatan) adds them up to the kecamatan', () => {
    const kels = kelurahanOf('21.71.02');
    expect(kels).toHaveLength(4);
    const { targets, log } = build(kels.map((code, i) => [code, 'ketua-rt', 10 + i]));
    expect(log.errorCount).toBe(0);
    expect(targets.get(targetKey('21.71.02', 'ketua-rt'))).toBe(10 + 11 + 12 + 13);
    for (const [i, code] of kels.entries()) expect(targets.get(targetKey(code, 'ketua-rt'))).toBe(10 + i);
    // Other kecamatan have none, so the kota has none.
    expect(targets.has(targetKey('21.71', 'ketua-rt'))).toBe(false);
    expect(targets.has(targetKey('21.71.02', 'ketua-rw'))).toBe(false);
  });

  it('buildTargets(targets for some kelurahan of a kecamatan) gives the kecamatan none: a partial sum would overstate coverage', () => {
    const kels = kelurahanOf('21.71.02');
    const { targets, log } = build(kels.slice(1).map((code) => [code, 'ketua-rt', 10]));
    expect(log.errorCount).toBe(0);
    expect(targets.has(targetKey('21.71.02', 'ketua-rt'))).toBe(false);
    expect(targets.size).toBe(3);
  });

  it('buildTargets(every kecamatan covered, directly or through all its kelurahan) adds them up to the kota', () => {
    const rows: [string, string, number][] = [];
    regions.kecamatan.forEach((kec, i) => {
      if (i % 2 === 0) rows.push([kec.code, 'ketua-lpm', 100 + i]);
      else for (const kel of kelurahanOf(kec.code)) rows.push([kel, 'ketua-lpm', 1]);
    });
    const { targets, log } = build(rows);
    expect(log.errorCount).toBe(0);
    const expected = regions.kecamatan.reduce((s, kec, i) => s + (i % 2 === 0 ? 100 + i : kelurahanOf(kec.code).length), 0);
    expect(targets.get(targetKey('21.71', 'ketua-lpm'))).toBe(expected);
  });

  it('buildTargets(all kecamatan but one covered) gives the kota none', () => {
    const { targets, log } = build(regions.kecamatan.slice(1).map((kec) => [kec.code, 'kader-posyandu', 300]));
    expect(log.errorCount).toBe(0);
    expect(targets.has(targetKey('21.71', 'kader-posyandu'))).toBe(false);
    expect(targets.size).toBe(regions.kecamatan.length - 1);
  });

  it('buildTargets(a kota-level target) keeps it as given', () => {
    const { targets, log } = build([['21.71', 'nelayan', 5000], ['21.71', 'ketua-rt', 3209]]);
    expect(log.errorCount).toBe(0);
    expect(Object.fromEntries(targets)).toEqual({ '21.71|nelayan': 5000, '21.71|ketua-rt': 3209 });
  });

  it('buildTargets(a kecamatan target and one of its kelurahan for the same category) is an error naming both', () => {
    const { targets, log } = build([['21.71.05', 'ketua-rt', 200], [kelurahanOf('21.71.05')[0]!, 'ketua-rt', 30], ['21.71.05', 'ketua-rw', 40]]);
    expect(errors(log)).toHaveLength(1);
    const [error] = errors(log);
    // Reported at the kecamatan row (line 2 of the file), so the officer can find it.
    expect(error).toMatchObject({ file: 'targets.csv', row: 2, column: 'kode_wilayah', value: '21.71.05' });
    expect(error!.message).toMatch(/ketua-rt.*both.*kecamatan.*kelurahan.*one level only/s);
    expect(log.invalidRows).toBe(1);
    // The other category of that kecamatan is unaffected.
    expect(targets.get(targetKey('21.71.05', 'ketua-rw'))).toBe(40);
  });

  it('buildTargets(a kota target and a kecamatan target for the same category) is an error', () => {
    const { log } = build([['21.71', 'nelayan', 5000], ['21.71.01', 'nelayan', 1870]]);
    expect(errors(log)).toHaveLength(1);
    expect(errors(log)[0]).toMatchObject({ row: 2, column: 'kode_wilayah', value: '21.71' });
    expect(errors(log)[0]!.message).toMatch(/nelayan.*both.*one level only/s);
  });

  it('buildTargets(the same area and category twice) is an error on the second row, and keeps the first', () => {
    const { targets, log } = build([['21.71.01', 'nelayan', 1870], ['21.71.03', 'nelayan', 10], ['21.71.01', 'nelayan', 1900]]);
    expect(errors(log).map((p) => `${p.file}|${p.row}|${p.column}`)).toEqual(['targets.csv|4|kode_wilayah']);
    expect(errors(log)[0]!.message).toMatch(/twice/);
    expect(targets.get(targetKey('21.71.01', 'nelayan'))).toBe(1870);
    expect(log.invalidRows).toBe(1);
  });

  it('buildTargets(unknown area code or category) reports each at its row and column, and drops the row', () => {
    const { targets, log } = build([['21.71.99', 'kader-posyandu', 100], ['21.71', 'ketua-rx', 50], ['21.72', 'ketua-rt', 9], ['21.71', 'ketua-rw', 755]]);
    expect(errors(log).map((p) => `${p.row}|${p.column}|${p.value}`)).toEqual(['2|kode_wilayah|21.71.99', '3|kategori|ketua-rx', '4|kode_wilayah|21.72']);
    expect(errors(log)[1]!.message).toContain('ketua-rt'); // lists the valid ids
    expect(errors(log)[0]!.message).toMatch(/Kemendagri/);
    expect(log.invalidRows).toBe(3);
    expect(Object.fromEntries(targets)).toEqual({ '21.71|ketua-rw': 755 });
  });

  it('buildTargets(a row with both an unknown code and an unknown category) reports both, counting one invalid row', () => {
    const { log } = build([['99.99', 'nope', 1]]);
    expect(errors(log).map((p) => p.column).sort()).toEqual(['kategori', 'kode_wilayah']);
    expect(log.invalidRows).toBe(1);
  });
});
