import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { UnreadableFileError } from '../../../src/pipeline/load/raw-table.ts';
import { readSmallCsv } from '../../../src/pipeline/load/small-csv.ts';
import { CLAIM_COLUMNS, ClaimRow, POPULATION_COLUMNS, PopulationInputRow, TARGET_COLUMNS, TargetRow } from '../../../src/schemas/inputs.ts';
import { windows1252 } from '../../helpers/windows-1252.ts';

async function file(text: string | Buffer): Promise<string> {
  const path = join(await mkdtemp(join(tmpdir(), 'small-csv-')), 'targets.csv');
  await writeFile(path, text);
  return path;
}
const readTargets = async (text: string | Buffer, log = new ProblemLog()) =>
  ({ rows: await readSmallCsv(await file(text), 'targets.csv', TARGET_COLUMNS, TargetRow, log), log });

describe('readSmallCsv(path, file, columns, schema, log)', () => {
  it('readSmallCsv(targets.csv) gives typed rows with the line each came from', async () => {
    const { rows, log } = await readTargets('kode_wilayah,kategori,sasaran\n21.71,ketua-rt,3209\n21.71.01,nelayan, 1870 \n');
    expect(log.problems).toEqual([]);
    expect(rows).toEqual([
      { value: { kode_wilayah: '21.71', kategori: 'ketua-rt', sasaran: 3209 }, place: { file: 'targets.csv', row: 2 } },
      { value: { kode_wilayah: '21.71.01', kategori: 'nelayan', sasaran: 1870 }, place: { file: 'targets.csv', row: 3 } },
    ]);
  });

  it('readSmallCsv(columns in another order, upper case, extra columns, semicolons, BOM and CRLF) reads them by name', async () => {
    const { rows, log } = await readTargets('\uFEFFSasaran;Catatan;KATEGORI;Kode_Wilayah\r\n755;dari kelurahan;ketua-rw;21.71\r\n');
    expect(log.problems).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([{ kode_wilayah: '21.71', kategori: 'ketua-rw', sasaran: 755 }]);
  });

  it('readSmallCsv(a title above the header) finds the header and keeps Excel row numbers', async () => {
    const { rows } = await readTargets('SASARAN PROGRAM 2025\n\nkode_wilayah,kategori,sasaran\n21.71,ketua-rt,3209\n');
    expect(rows.map((r) => r.place.row)).toEqual([4]);
  });

  it('readSmallCsv(bad values) logs each at its row and column, counts the row as invalid and keeps the good rows', async () => {
    const { rows, log } = await readTargets('kode_wilayah,kategori,sasaran\n21.71,nelayan,-5\n21.71,petani,banyak\n,ketua-rt,1.250\n21.71,ketua-rw,755\n');
    expect(rows.map((r) => r.value.kategori)).toEqual(['ketua-rw']);
    expect(log.problems.map((p) => `${p.severity}|${p.file}|${p.row}|${p.column}|${p.value}`)).toEqual([
      'error|targets.csv|2|sasaran|-5',
      'error|targets.csv|3|sasaran|banyak',
      'error|targets.csv|4|kode_wilayah|',
      'error|targets.csv|4|sasaran|1.250',
    ]);
    expect(log.problems[0]!.message).toMatch(/whole number without separators/);
    expect(log.invalidRows).toBe(3);
  });

  it('readSmallCsv(claims.csv) checks dates and the program', async () => {
    const path = await file('tanggal,kode_wilayah,program,jumlah_klaim,nilai_rupiah\n2025-06-14,21.71.07.1001,JKK,1,4852000\n14/06/2025,21.71.07.1001,JKP,1,100\n');
    const log = new ProblemLog();
    const rows = await readSmallCsv(path, 'claims.csv', CLAIM_COLUMNS, ClaimRow, log);
    expect(rows.map((r) => r.value)).toEqual([{ tanggal: '2025-06-14', kode_wilayah: '21.71.07.1001', program: 'JKK', jumlah_klaim: 1, nilai_rupiah: 4852000 }]);
    expect(log.problems.map((p) => `${p.row}|${p.column}`)).toEqual(['3|tanggal', '3|program']);
    expect(log.problems[1]!.message).toMatch(/JKK or JKM/);
  });

  it('readSmallCsv(a file without the required header) refuses it, naming the columns the closest header lacks', async () => {
    await expect(readTargets('kode,kategori,sasaran\n21.71,ketua-rt,3209\n')).rejects.toThrow(UnreadableFileError);
    await expect(readTargets('kode,kategori,sasaran\n21.71,ketua-rt,3209\n'))
      .rejects.toThrow(/^targets\.csv: no header row with the columns kode_wilayah, kategori, sasaran; the header row found lacks kode_wilayah\. Add the missing column/);
  });

  it('readSmallCsv(a targets.csv saved as Windows-1252) reads it and logs a notice naming the file', async () => {
    const { rows, log } = await readTargets(windows1252('kode_wilayah,kategori,sasaran,catatan\n21.71,ketua-rt,3209,"Rp16.800 – per bulan…"\n'));
    expect(rows.map((r) => r.value)).toEqual([{ kode_wilayah: '21.71', kategori: 'ketua-rt', sasaran: 3209 }]);
    expect(log.problems).toEqual([expect.objectContaining({ severity: 'notice', file: 'targets.csv', row: 0 })]);
    expect(log.problems[0]!.message).toMatch(/Windows-1252/);
  });

  it('readSmallCsv(a file that is neither UTF-8 nor Windows-1252) refuses it with the fix', async () => {
    const bytes = Buffer.concat([Buffer.from('kode_wilayah,kategori,sasaran\n21.71,ketua-rt,3209\n21.71,nelayan,5000'), Buffer.from([0x9d]), Buffer.from('\n')]);
    await expect(readTargets(bytes)).rejects.toThrow(UnreadableFileError);
    await expect(readTargets(bytes)).rejects.toThrow(/^targets\.csv: line 3 .*CSV UTF-8/);
  });
});

describe('readSmallCsv(populasi.csv)', () => {
  const readPopulation = async (text: string, log = new ProblemLog()) => {
    const path = join(await mkdtemp(join(tmpdir(), 'small-csv-')), 'populasi.csv');
    await writeFile(path, text);
    return { rows: await readSmallCsv(path, 'populasi.csv', POPULATION_COLUMNS, PopulationInputRow, log), log };
  };
  const problems = (log: ProblemLog) => log.problems.map((p) => `${p.severity}|${p.file}|${p.row}|${p.column}|${p.value}|${p.message}`);

  it('readSmallCsv(populasi.csv) gives residents and year as numbers, the source as written', async () => {
    const { rows, log } = await readPopulation('kode_wilayah;penduduk;sumber;tahun\r\n21.71.01; 24343 ;"Disdukcapil Kota Batam; Agustus 2013";2013\r\n');
    expect(log.problems).toEqual([]);
    expect(rows).toEqual([{ value: { kode_wilayah: '21.71.01', penduduk: 24343, sumber: 'Disdukcapil Kota Batam; Agustus 2013', tahun: 2013 }, place: { file: 'populasi.csv', row: 2 } }]);
  });

  it('readSmallCsv(populasi.csv with bad values) names the row as Excel shows it, the column, the value and the fix', async () => {
    const { rows, log } = await readPopulation([
      'kode_wilayah,penduduk,sumber,tahun',
      '21.71.01,,BPS,2013',
      '21.71.02,banyak,BPS,2013',
      '21.71.03,0,BPS,2013',
      '21.71.04,24.343,BPS,2013',
      '21.71.05,-5,BPS,2013',
      '21.71.06,105784,,2013',
      '21.71.07,109527,BPS,13',
      '21.71.08,16638,BPS,1959',
      ',11564,BPS,2013',
      '21.71.09,116473,BPS,2013',
    ].join('\n'));
    expect(rows.map((r) => r.value.kode_wilayah)).toEqual(['21.71.09']);
    expect(problems(log)).toEqual([
      'error|populasi.csv|2|penduduk||penduduk is empty; write a whole number, e.g. 1250',
      'error|populasi.csv|3|penduduk|banyak|penduduk must be a whole number without separators (e.g. 1250, not 1.250 or -3)',
      'error|populasi.csv|4|penduduk|0|penduduk is 0; give the number of residents, or leave the area out',
      'error|populasi.csv|5|penduduk|24.343|penduduk must be a whole number without separators (e.g. 1250, not 1.250 or -3)',
      'error|populasi.csv|6|penduduk|-5|penduduk must be a whole number without separators (e.g. 1250, not 1.250 or -3)',
      'error|populasi.csv|7|sumber||sumber is empty; name where the figure comes from, e.g. "BPS, Kecamatan Gubeng Dalam Angka 2024"',
      'error|populasi.csv|8|tahun|13|tahun must be a year of 4 digits, e.g. 2024',
      'error|populasi.csv|9|tahun|1959|tahun is before 1960; check the year of the figure',
      'error|populasi.csv|10|kode_wilayah||kode_wilayah is empty',
    ]);
    expect(log.invalidRows).toBe(9);
  });

  it('readSmallCsv(populasi.csv without a column) refuses the file, naming the missing columns', async () => {
    await expect(readPopulation('kode_wilayah,penduduk\n21.71.01,24343\n'))
      .rejects.toThrow(/^populasi\.csv: no header row with the columns kode_wilayah, penduduk, sumber, tahun; the header row found lacks sumber, tahun\./);
  });
});
