import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorPlaces, fixture, readJson, readTree, runOn } from '../helpers/stage1.ts';

/** csv-comma-plain (six valid people) with `populasi` as its populasi.csv, in a temporary folder. */
async function withPopulation(populasi: string): Promise<string> {
  const dir = join(await mkdtemp(join(tmpdir(), 'stage1-population-')), 'input');
  await cp(fixture('csv-comma-plain'), dir, { recursive: true });
  await writeFile(join(dir, 'populasi.csv'), populasi);
  return dir;
}

const VALID = [
  'kode_wilayah,penduduk,sumber,tahun',
  '21.71.10,164525,"Dinas Kependudukan Kota Batam, Agustus 2013",2013',
  '21.71.01,24343,"Dinas Kependudukan Kota Batam, Agustus 2013",2013',
  '21.71.10.1004,21000,=BPS Kecamatan Batam Kota Dalam Angka,2024',
  '',
].join('\n');

describe('runStage1 with populasi.csv', () => {
  it('runStage1(input with populasi.csv) publishes population.json sorted by code and csv/penduduk.csv, listed in the manifest and kept in rilis/', async () => {
    const { result, outDir } = await runOn(await withPopulation(VALID));
    expect(result.fatal).toEqual([]);
    expect(result.ok).toBe(true);
    const population = await readJson(outDir, 'population.json');
    expect(population).toEqual({
      schemaVersion: 2, asOfDate: '2025-11-30', synthetic: true, regionCode: '21.71',
      rows: [
        { code: '21.71.01', level: 'kecamatan', residents: 24343, source: 'Dinas Kependudukan Kota Batam, Agustus 2013', year: 2013 },
        { code: '21.71.10', level: 'kecamatan', residents: 164525, source: 'Dinas Kependudukan Kota Batam, Agustus 2013', year: 2013 },
        { code: '21.71.10.1004', level: 'kelurahan', residents: 21000, source: '=BPS Kecamatan Batam Kota Dalam Angka', year: 2024 },
      ],
    });
    expect(await readFile(join(outDir, 'csv/penduduk.csv'), 'utf8')).toBe([
      'kode_wilayah,tingkat,nama_wilayah,penduduk,sumber,tahun',
      '21.71.01,kecamatan,Belakang Padang,24343,"Dinas Kependudukan Kota Batam, Agustus 2013",2013',
      '21.71.10,kecamatan,Batam Kota,164525,"Dinas Kependudukan Kota Batam, Agustus 2013",2013',
      "21.71.10.1004,kelurahan,Belian,21000,'=BPS Kecamatan Batam Kota Dalam Angka,2024",
      '',
    ].join('\r\n'));
    const manifest = await readJson(outDir, 'manifest.json');
    expect(manifest.files.map((f: { path: string }) => f.path)).toEqual(expect.arrayContaining(['population.json', 'csv/penduduk.csv']));
    const tree = await readTree(outDir);
    expect(tree.get('rilis/2025-11-30/population.json')!.equals(tree.get('population.json')!)).toBe(true);
  });

  it('runStage1(input without populasi.csv) publishes population.json with no rows and penduduk.csv with its header only', async () => {
    const { result, outDir } = await runOn(fixture('csv-comma-plain'));
    expect(result.ok).toBe(true);
    expect((await readJson(outDir, 'population.json')).rows).toEqual([]);
    expect(await readFile(join(outDir, 'csv/penduduk.csv'), 'utf8')).toBe('kode_wilayah,tingkat,nama_wilayah,penduduk,sumber,tahun\r\n');
  });

  it('runStage1(populasi.csv with errors) reports every one with its row and column, fails and leaves the previous output as it was', async () => {
    const first = await runOn(fixture('csv-comma-plain'));
    expect(first.result.ok).toBe(true);
    const before = await readTree(first.outDir);
    const input = await withPopulation([
      'kode_wilayah,penduduk,sumber,tahun',
      '21.71.01,24343,Disdukcapil,2013',
      '21.71.99,1000,Disdukcapil,2013',
      '21.72.01,1000,Disdukcapil,2013',
      '21.71.01,24000,Disdukcapil,2013',
      '21.71.02,0,Disdukcapil,2013',
      '21.71.03,137.047,Disdukcapil,2013',
      '21.71.04,62336,,2013',
      '21.71.05,11564,Disdukcapil,2031',
      '21.71.06,105784,Disdukcapil,1950',
      '',
    ].join('\n'));
    const second = await runOn(input, { outDir: first.outDir });
    expect(second.result.ok).toBe(false);
    expect(second.result.fatal.join('\n')).toMatch(/populasi\.csv has 8 error\(s\)/);
    expect(errorPlaces(second.result)).toEqual([
      'populasi.csv|3|kode_wilayah', 'populasi.csv|4|kode_wilayah', 'populasi.csv|5|kode_wilayah', 'populasi.csv|6|penduduk',
      'populasi.csv|7|penduduk', 'populasi.csv|8|sumber', 'populasi.csv|9|tahun', 'populasi.csv|10|tahun',
    ]);
    const report = await readFile(second.reportPath, 'utf8');
    expect(report).toContain('137.047');
    expect(report).toContain('21.72.01');
    expect(await readTree(first.outDir)).toEqual(before);
  });

  it('runStage1(populasi.csv without the tahun column) fails naming the missing column and leaves the previous output as it was', async () => {
    const first = await runOn(fixture('csv-comma-plain'));
    const before = await readTree(first.outDir);
    const second = await runOn(await withPopulation('kode_wilayah,penduduk,sumber\n21.71.01,24343,Disdukcapil\n'), { outDir: first.outDir });
    expect(second.result.ok).toBe(false);
    expect(second.result.fatal.join('\n')).toMatch(/populasi\.csv: no header row with the columns kode_wilayah, penduduk, sumber, tahun; the header row found lacks tahun/);
    expect(await readTree(first.outDir)).toEqual(before);
  });
});
