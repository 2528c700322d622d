import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dataFileDoc } from '../../src/lib/data-files.ts';
import { Manifest } from '../../src/schemas/published.ts';
import { readPublishedFile } from '../../src/lib/published.ts';

const manifest = readPublishedFile('data/published', 'manifest.json', Manifest);
const csvFiles = manifest.files.map((f) => f.path).filter((p) => p.endsWith('.csv'));

describe('dataFileDoc(path)', () => {
  it('dataFileDoc(each published CSV) documents exactly its header\'s columns, in order (perkiraan included)', () => {
    expect(csvFiles.length).toBeGreaterThan(5);
    for (const path of csvFiles) {
      const header = readFileSync(`data/published/${path}`, 'utf8').split(/\r?\n/)[0]!.replace(/^\uFEFF/, '').split(',');
      expect(dataFileDoc(path).columns.map((c) => c.name), path).toEqual(header);
    }
  });

  it('dataFileDoc says what "perkiraan" means, in the enrollment CSV\'s status and as the other count CSVs\' last column', () => {
    const status = dataFileDoc('csv/peserta-per-wilayah.csv').columns.find((c) => c.name === 'status')!;
    expect(status.meaning.id).toMatch(/"perkiraan" bila angka perkiraan/);
    expect(status.meaning.en).toMatch(/"perkiraan" \(approximate\)/);
    // csv/penduduk.csv holds public population figures as given: nothing in it is approximate.
    for (const path of csvFiles.filter((p) => p !== 'csv/peserta-per-wilayah.csv' && p !== 'csv/penduduk.csv')) {
      const last = dataFileDoc(path).columns.at(-1)!;
      expect(last.name, path).toBe('perkiraan');
      expect(last.meaning.en, path).toMatch(/approximate numbers \(≈/);
    }
  });

  it('dataFileDoc(each JSON mirror) names the approximate list', () => {
    for (const path of ['enrollment.json', 'status.json', 'timeline.json', 'demographics.json', 'claims.json', 'spend.json']) {
      expect(dataFileDoc(path).description.en, path).toMatch(/approximate list/);
    }
  });

  it('dataFileDoc(population files) says the figures are public statistics as given, with their own source and year', () => {
    expect(csvFiles).toContain('csv/penduduk.csv');
    const csv = dataFileDoc('csv/penduduk.csv');
    expect(csv.columns.map((c) => c.name)).toEqual(['kode_wilayah', 'tingkat', 'nama_wilayah', 'penduduk', 'sumber', 'tahun']);
    expect(csv.description.id).toMatch(/statistik publik, diterbitkan apa adanya/);
    expect(csv.description.en).toMatch(/published as given/);
    expect(dataFileDoc('population.json').description.en).toMatch(/No number is hidden or approximate/);
  });
});
