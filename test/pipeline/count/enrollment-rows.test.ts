import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readCsv } from '../../../src/pipeline/load/csv-reader.ts';
import { EnrollmentRows } from '../../../src/pipeline/count/enrollment-rows.ts';
import { looksLikeHeader } from '../../../src/pipeline/load/headers.ts';
import { loadProgram } from '../../../src/pipeline/load/input-folder.ts';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { AGE_BANDS } from '../../../src/schemas/published.ts';
import { fixture } from '../../helpers/stage1.ts';

async function tallyOf(name: string, file = 'peserta.csv') {
  const program = await loadProgram(fixture(name));
  const regions = await loadRegionIndex(program.region.code);
  const log = new ProblemLog();
  const rows = new EnrollmentRows(program, regions, log);
  await readCsv(join(fixture(name), 'enrollment', file), `enrollment/${file}`, rows, looksLikeHeader);
  const at = (kelurahan: string, category: string) =>
    rows.tally.activeAt(regions.kelurahan.findIndex((k) => k.code === kelurahan), program.categories.findIndex((c) => c.id === category));
  return { rows, log, at, regions, program };
}

describe('EnrollmentRows', () => {
  it('EnrollmentRows counts each spelling of a place in its official kelurahan and category', async () => {
    const { at, rows } = await tallyOf('region-variants');
    expect(rows.counts.activePeople).toBe(10);
    expect(at('21.71.01.1004', 'petani')).toBe(1); // "Pulau Terong"
    expect(at('21.71.01.1004', 'pekerja-sosial-keagamaan')).toBe(1); // "Pulau Terung", written "IMAM MASJID"
    expect(at('21.71.10.1006', 'ojek-online')).toBe(1); // " Sungai  Panas ", written "OJOL"
    expect(at('21.71.10.1006', 'kader-posyandu')).toBe(1); // "Sei Panas"
    expect(at('21.71.03.1006', 'kader-posyandu')).toBe(1); // "KEL. TIBAN BARU" in "KECAMATAN SEKUPANG"
    expect(at('21.71.07.1001', 'nelayan')).toBe(1); // "Muka Kuning" in "Sungai Beduk"
  });

  it('EnrollmentRows tallies sex, age band on the as-of date and start month of active people only', async () => {
    const { rows, program } = await tallyOf('sex-and-status');
    const t = rows.tally;
    const sum = (a: Int32Array) => a.reduce((s, v) => s + v, 0);
    expect(sum(t.sex)).toBe(5);
    expect(sum(t.age)).toBe(5);
    expect(sum(t.nonActive)).toBe(3);
    expect([...t.byMonth.values()].reduce((s, m) => s + sum(m), 0)).toBe(5);
    expect(AGE_BANDS.length * t.kelurahanCount).toBe(t.age.length);
    expect(program.asOfDate).toBe('2025-11-30');
  });

  it('EnrollmentRows rejects a birth date that gives an impossible age and a start date after the as-of date', async () => {
    const program = await loadProgram(fixture('csv-comma-plain'));
    const regions = await loadRegionIndex('21.71');
    const log = new ProblemLog();
    const rows = new EnrollmentRows(program, regions, log);
    const header = ['NIK', 'TGL_LAHIR', 'JENIS_KELAMIN', 'KECAMATAN', 'KELURAHAN', 'KATEGORI', 'TGL_KEPESERTAAN', 'STATUS'];
    rows.header(header, { file: 'x.csv', row: 1 });
    rows.row(['2171990101900001', '01/01/2015', 'L', 'Batam Kota', 'Belian', 'OJOL', '01/06/2025', 'AKTIF'], { file: 'x.csv', row: 2 });
    rows.row(['2171990101900002', '01/01/1990', 'L', 'Batam Kota', 'Belian', 'OJOL', '01/12/2025', 'AKTIF'], { file: 'x.csv', row: 3 });
    rows.row(['2171990101900003', '01/01/1990', 'L', 'Batam Kota', 'Belian', 'OJOL', '01/06/2025', 'AKTIF'], { file: 'x.csv', row: 4 });
    expect(rows.counts.validRows).toBe(1);
    expect(log.invalidRows).toBe(2);
    expect(log.problems.map((p) => `${p.row}|${p.column}`)).toEqual(['2|TGL_LAHIR', '3|TGL_KEPESERTAAN']);
  });

  it('EnrollmentRows.header rejects a table without the required columns and ignores its rows', async () => {
    const program = await loadProgram(fixture('csv-comma-plain'));
    const rows = new EnrollmentRows(program, await loadRegionIndex('21.71'), new ProblemLog());
    rows.header(['NIK', 'NAMA'], { file: 'x.csv', row: 1 });
    rows.row(['2171990101900001', 'A'], { file: 'x.csv', row: 2 });
    expect(rows.fatal).toHaveLength(1);
    expect(rows.fatal[0]).toMatch(/x\.csv, row 1: .*KECAMATAN/s);
    expect(rows.counts.rowsRead).toBe(0);
  });
});
