import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { errorPlaces, fixture, readJson, readTree, runOn } from '../helpers/stage1.ts';
import type { Stage1Result } from '../../src/pipeline/run-stage1.ts';
import { windows1252 } from '../helpers/windows-1252.ts';
import { DEMO_SECRET } from '../../scripts/data.ts';

const kotaCell = async (outDir: string) => {
  const enrollment = await readJson(outDir, 'enrollment.json');
  return enrollment.cells.find((c: any) => c.level === 'kota' && c.category === 'semua');
};
/** The published city total: exact, or (when a category's city count is small) within the noise of the true count. */
const expectKotaTotal = async (outDir: string, people: number) => {
  const cell = await kotaCell(outDir);
  const { maxDeviation } = (await readJson(outDir, 'metadata.json')).disclosure.perturbation;
  if (cell.approximate.length === 0) expect(cell.count).toBe(people);
  else expect(Math.abs(cell.count - people)).toBeLessThanOrEqual(maxDeviation);
};

describe('runStage1 on real-export quirks (test/fixtures)', () => {
  it.each([
    ['csv-semicolon-bom-crlf', 6],
    ['csv-comma-plain', 6],
    ['region-variants', 10],
    ['mixed-files', 10],
  ])('runStage1(%s) reads every row as valid', async (name, rows) => {
    const { result, outDir } = await runOn(fixture(name));
    expect(result.fatal).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.counts.validRows).toBe(rows);
    expect(result.counts.activePeople).toBe(rows);
    await expectKotaTotal(outDir, rows);
  });

  it('runStage1(nik-quirks) accepts apostrophes and spaces, rejects NIKs whose digits Excel lost', async () => {
    const { result } = await runOn(fixture('nik-quirks'));
    expect(result.ok).toBe(false);
    expect(result.counts.validRows).toBe(4);
    expect(errorPlaces(result)).toEqual(['enrollment/peserta.csv|6|NIK', 'enrollment/peserta.csv|7|NIK']);
    const messages = result.log.problems.filter((p) => p.severity === 'error').map((p) => p.message).join('\n');
    expect(messages).toMatch(/lost/i);
  });

  it('runStage1(nik-quirks, --max-invalid-rows 2) publishes the valid rows and counts the rest', async () => {
    const { result, outDir } = await runOn(fixture('nik-quirks'), { maxInvalidRows: 2 });
    expect(result.ok).toBe(true);
    expect(result.log.invalidRows).toBe(2);
    // 4 people: below k = 5, so the city total is not exact but approximate.
    const cell = await kotaCell(outDir);
    expect(cell.approximate).toEqual(['count']);
    await expectKotaTotal(outDir, 4);
  });

  it('runStage1(date-formats) reads every date form and rejects 31/02/2025', async () => {
    const { result } = await runOn(fixture('date-formats'));
    expect(result.counts.validRows).toBe(7);
    expect(errorPlaces(result)).toEqual(['enrollment/peserta.csv|9|TGL_KEPESERTAAN']);
  });

  it('runStage1(sex-and-status) counts non-active people separately', async () => {
    const { result, outDir } = await runOn(fixture('sex-and-status'));
    expect(result.ok).toBe(true);
    expect(result.counts).toMatchObject({ validRows: 8, activePeople: 5, nonActivePeople: 3 });
    await expectKotaTotal(outDir, 5);
  });

  it('runStage1(region-errors) names the file, row and column of each unknown or misplaced area', async () => {
    const { result } = await runOn(fixture('region-errors'));
    expect(result.ok).toBe(false);
    expect(result.counts.validRows).toBe(3);
    expect(errorPlaces(result)).toEqual([
      'enrollment/peserta.csv|3|KELURAHAN', 'enrollment/peserta.csv|5|KECAMATAN', 'enrollment/peserta.csv|6|KELURAHAN',
    ]);
    const text = result.log.problems.map((p) => p.message).join('\n');
    expect(text).toContain('did you mean "Batam Kota"');
    expect(text).toMatch(/Tiban Baru" is in kecamatan Sekupang, not Batam Kota/);
  });

  it('runStage1(duplicates) counts a person once and reports the repeats', async () => {
    const { result, outDir } = await runOn(fixture('duplicates'));
    expect(result.ok).toBe(true);
    expect(result.counts).toMatchObject({ rowsRead: 8, validRows: 6, duplicateRows: 2, activePeople: 5, nonActivePeople: 1 });
    const notices = result.log.problems.filter((p) => p.severity === 'notice' && p.column === 'NIK');
    expect(notices.map((p) => `${p.file}|${p.row}`)).toEqual(['enrollment/2025-09.csv|5', 'enrollment/2025-10.csv|3']);
    await expectKotaTotal(outDir, 5);
  });

  it('runStage1(xlsx-title-rows) finds headers below titles, reads both data sheets, rejects the numeric NIK', async () => {
    const { result } = await runOn(fixture('xlsx-title-rows'));
    expect(result.counts.validRows).toBe(10);
    expect(errorPlaces(result)).toEqual(['enrollment/peserta-bpu.xlsx#Batch 1|7|NIK']);
    expect(result.log.problems.some((p) => p.sheet === 'Catatan' && p.severity === 'notice')).toBe(true);
  });

  it('runStage1(bad-files) fails on an unreadable file and names it', async () => {
    const { result, outDir } = await runOn(fixture('bad-files'));
    expect(result.ok).toBe(false);
    expect(result.fatal.join('\n')).toContain('enrollment/broken.xlsx');
    expect(existsSync(outDir)).toBe(false);
  });

  it('runStage1(invalid-program) fails before reading rows, naming each field', async () => {
    const { result } = await runOn(fixture('invalid-program'));
    expect(result.ok).toBe(false);
    const text = result.fatal.join('\n');
    expect(text).toContain('asOfDate');
    expect(text).toContain('categories[11].batch');
    expect(result.counts.rowsRead).toBe(0);
  });

  it('runStage1(invalid-targets) fails and reports lines 3–6 of targets.csv', async () => {
    const { result } = await runOn(fixture('invalid-targets'));
    expect(result.ok).toBe(false);
    expect(errorPlaces(result)).toEqual([
      'targets.csv|3|kode_wilayah', 'targets.csv|4|kategori', 'targets.csv|5|sasaran', 'targets.csv|6|sasaran',
    ]);
  });
});

describe('runStage1 on an export saved with Excel\'s "CSV (Comma delimited)" (Windows-1252)', () => {
  /** csv-comma-plain with accents and Excel's punctuation in names and notes, saved in `encoding`. */
  async function savedAs(encoding: 'utf-8' | 'windows-1252'): Promise<string> {
    const dir = join(await mkdtemp(join(tmpdir(), 'stage1-encoding-')), encoding);
    await cp(fixture('csv-comma-plain'), dir, { recursive: true });
    const save = (text: string) => (encoding === 'utf-8' ? Buffer.from(text, 'utf8') : windows1252(text));
    const enrollment = (await readFile(join(dir, 'enrollment', 'peserta.csv'), 'utf8'))
      .replace('PESERTA CONTOH 001', 'PESERTA CONTOH 001 RENÉ')
      .replace('PESERTA CONTOH 002', 'PESERTA CONTOH 002 MUÑOZ')
      .replace('PESERTA CONTOH 003', '"PESERTA CONTOH 003 “ANAK” – SEKUPANG…"');
    await writeFile(join(dir, 'enrollment', 'peserta.csv'), save(enrollment));
    const targets = (await readFile(join(dir, 'targets.csv'), 'utf8')).split('\n')
      .map((line, i) => (line === '' ? line : `${line},${i === 0 ? 'catatan' : 'iuran Rp16.800 – per bulan…'}`)).join('\n');
    await writeFile(join(dir, 'targets.csv'), save(targets));
    return dir;
  }
  const encodingNotices = (result: Stage1Result) =>
    result.log.problems.filter((p) => p.message.includes('Windows-1252')).map((p) => `${p.severity}|${p.file}|${p.row}`);

  it('runStage1(a Windows-1252 export) publishes exactly the files of its UTF-8 version, with a notice per file in the report', async () => {
    const utf8 = await runOn(await savedAs('utf-8'));
    const cp1252 = await runOn(await savedAs('windows-1252'));
    expect(utf8.result.fatal).toEqual([]);
    expect(cp1252.result.fatal).toEqual([]);
    expect(cp1252.result.counts).toEqual(utf8.result.counts);
    expect(cp1252.result.counts.validRows).toBe(6);
    expect(await readTree(cp1252.outDir)).toEqual(await readTree(utf8.outDir));
    expect(encodingNotices(utf8.result)).toEqual([]);
    expect(encodingNotices(cp1252.result)).toEqual(['notice|targets.csv|0', 'notice|enrollment/peserta.csv|0']);
    const report = (await readFile(cp1252.reportPath, 'utf8')).split('\r\n');
    expect(report.filter((line) => line.includes('Windows-1252')).map((line) => line.split(',').slice(0, 2).join(',')))
      .toEqual(['notice,targets.csv', 'notice,enrollment/peserta.csv']);
  });
});

describe('runStage1 output folder', () => {
  it('a failed run leaves the previous output exactly as it was', async () => {
    const first = await runOn(fixture('csv-comma-plain'));
    expect(first.result.ok).toBe(true);
    const before = await readTree(first.outDir);
    const second = await runOn(fixture('region-errors'), { outDir: first.outDir });
    expect(second.result.ok).toBe(false);
    expect(await readTree(first.outDir)).toEqual(before);
  });

  it('writes the report outside the output folder and refuses a report path inside it', async () => {
    const { result, outDir, reportPath } = await runOn(fixture('region-errors'));
    expect(existsSync(reportPath)).toBe(true);
    expect(await readFile(reportPath, 'utf8')).toContain('Belian Permai');
    const { runStage1 } = await import('../../src/pipeline/run-stage1.ts');
    const inside = await runStage1({ inDir: fixture('csv-comma-plain'), outDir, reportPath: join(outDir, 'r.csv'), secretPath: DEMO_SECRET, maxInvalidRows: 0 });
    expect(inside.ok).toBe(false);
    expect(inside.fatal.join()).toMatch(/must not be written inside the output folder/);
    expect(result.ok).toBe(false);
  });

  it('the same input gives byte-identical output (deterministic)', async () => {
    const a = await runOn(fixture('mixed-files'));
    const b = await runOn(fixture('mixed-files'));
    expect(await readTree(b.outDir)).toEqual(await readTree(a.outDir));
  });

  it('manifest.json lists every other file of the release with its sha256; the release is also in rilis/<as-of date>/', async () => {
    const { outDir } = await runOn(fixture('mixed-files'));
    const { createHash } = await import('node:crypto');
    const tree = await readTree(outDir);
    const manifest = await readJson(outDir, 'manifest.json');
    // The release index and the kept releases sit beside the release, outside its manifest.
    const release = [...tree.keys()].filter((p) => !p.startsWith('rilis/') && p !== 'rilis.json');
    expect(manifest.files.map((f: any) => f.path).sort()).toEqual(release.filter((p) => p !== 'manifest.json').sort());
    for (const f of manifest.files) expect(createHash('sha256').update(tree.get(f.path)!).digest('hex')).toBe(f.sha256);
    const kept = [...tree.keys()].filter((p) => p.startsWith(`rilis/${manifest.asOfDate}/`));
    expect(kept.map((p) => p.slice(`rilis/${manifest.asOfDate}/`.length)).sort()).toEqual(release.sort());
    for (const p of release) expect(tree.get(`rilis/${manifest.asOfDate}/${p}`)!.equals(tree.get(p)!), p).toBe(true);
  });

  it('a missing enrollment folder is a clear error', async () => {
    const { work } = await runOn(fixture('csv-comma-plain'));
    const empty = join(work, 'empty-input');
    await mkdir(empty, { recursive: true });
    await writeFile(join(empty, 'program.json'), await readFile(join(fixture('csv-comma-plain'), 'program.json')));
    const { result } = await runOn(empty);
    expect(result.ok).toBe(false);
    expect(result.fatal.join()).toMatch(/enrollment\/: folder not found/);
  });
});

describe('runStage1 with program.json columnAliases', () => {
  it('runStage1 finds a header whose NIK column has a name given in columnAliases', async () => {
    const { copyFixture } = await import('../helpers/stage1.ts');
    const input = await copyFixture('csv-comma-plain', (program) => ({ ...program, columnAliases: { nik: ['NO IDENTITAS'] } }));
    const file = join(input, 'enrollment', 'peserta.csv');
    const text = await readFile(file, 'utf8');
    await writeFile(file, text.replace(/^nik,/i, 'NO IDENTITAS,'));
    const { result } = await runOn(input);
    expect(result.fatal).toEqual([]);
    expect(result.counts.validRows).toBe(6);
  });
});
