import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listEnrollmentFiles, loadProgram } from '../../../src/pipeline/load/input-folder.ts';
import { UnreadableFileError } from '../../../src/pipeline/load/raw-table.ts';
import { SchemaError } from '../../../src/schemas/friendly-errors.ts';

/** A temporary input folder holding `files` (path → content). */
async function inputFolder(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'input-folder-'));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(dir, path, '..'), { recursive: true });
    await writeFile(join(dir, path), content);
  }
  return dir;
}
const sampleProgram = await readFile('data/sample/program.json', 'utf8');

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected a failure');
}

describe('loadProgram(inDir)', () => {
  it('loadProgram(data/sample) reads the program and fills in defaults', async () => {
    const program = await loadProgram('data/sample');
    expect(program.region).toEqual({ code: '21.71', name: 'Kota Batam' });
    expect(program.disclosure).toEqual({ k: 5, kSensitive: 10, method: 'cell-key' });
    expect(program.categories).toHaveLength(12);
    const rt = program.categories.find((c) => c.id === 'ketua-rt')!;
    expect(rt).toMatchObject({ sensitive: false, finestGeography: 'kelurahan', complementSensitive: false }); // defaults: not written in the file
    expect(program.categories.find((c) => c.id === 'pekerja-sosial-keagamaan')).toMatchObject({ sensitive: true, finestGeography: 'kecamatan' });
  });

  it('loadProgram(folder without program.json) says it is missing and how to make one', async () => {
    const dir = await inputFolder({ 'enrollment/a.csv': 'x' });
    const error = await failure(loadProgram(dir));
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error.message).toMatch(/^program\.json: not found in /);
    expect(error.message).toContain('data/sample/program.json');
  });

  it('loadProgram(program.json with a syntax error) says it is not valid JSON and how to find the mistake', async () => {
    const dir = await inputFolder({ 'program.json': sampleProgram.replace('"asOfDate": "2025-11-30",', '"asOfDate": "2025-11-30"') });
    const error = await failure(loadProgram(dir));
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect(error.message).toMatch(/program\.json: is not valid JSON/);
    expect(error.message).toMatch(/missing comma or quote/);
  });

  it('loadProgram(program.json with wrong fields) names each field', async () => {
    const program = JSON.parse(sampleProgram);
    program.asOfDate = '30-11-2025';
    program.disclosure = { k: 12, kSensitive: 10 };
    const error = await failure(loadProgram(await inputFolder({ 'program.json': JSON.stringify(program) })));
    expect(error).toBeInstanceOf(SchemaError);
    expect(error.message).toMatch(/^program\.json is not valid/);
    expect(error.message).toContain('asOfDate: must be a date written as YYYY-MM-DD');
    expect(error.message).toContain('disclosure.kSensitive: kSensitive must be at least k');
  });
});

describe('listEnrollmentFiles(inDir)', () => {
  it('listEnrollmentFiles(folder) lists .csv, .txt and .xlsx files in name order, any case of extension', async () => {
    const dir = await inputFolder({ 'enrollment/2025-10.XLSX': 'x', 'enrollment/2025-09.csv': 'ab', 'enrollment/2025-11.txt': 'abc', 'enrollment/2025-08.Csv': '' });
    const { files, skipped } = await listEnrollmentFiles(dir);
    expect(files.map((f) => [f.file, f.kind, f.bytes])).toEqual([
      ['enrollment/2025-08.Csv', 'csv', 0],
      ['enrollment/2025-09.csv', 'csv', 2],
      ['enrollment/2025-10.XLSX', 'xlsx', 1],
      ['enrollment/2025-11.txt', 'csv', 3],
    ]);
    expect(files[1]!.path).toBe(join(dir, 'enrollment', '2025-09.csv'));
    expect(skipped).toEqual([]);
  });

  it('listEnrollmentFiles(folder with Excel lock files, hidden files and subfolders) skips and reports them', async () => {
    const dir = await inputFolder({
      'enrollment/peserta.xlsx': 'x', 'enrollment/~$peserta.xlsx': 'lock', 'enrollment/.DS_Store': '', 'enrollment/arsip/lama.xls': 'old',
    });
    const { files, skipped } = await listEnrollmentFiles(dir);
    expect(files.map((f) => f.file)).toEqual(['enrollment/peserta.xlsx']);
    expect(skipped.sort()).toEqual(['enrollment/.DS_Store', 'enrollment/arsip', 'enrollment/~$peserta.xlsx']);
  });

  it('listEnrollmentFiles(folder with an .xls file) refuses it with the fix: save it as .xlsx', async () => {
    const dir = await inputFolder({ 'enrollment/2025-09.csv': 'x', 'enrollment/2025-10.xls': 'old excel' });
    const error = await failure(listEnrollmentFiles(dir));
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as UnreadableFileError).file).toBe('enrollment/2025-10.xls');
    expect(error.message).toMatch(/is not a \.csv or \.xlsx file/);
    expect(error.message).toMatch(/save it as \.xlsx/i);
  });

  it('listEnrollmentFiles(folder with another kind of file) refuses it rather than leave a batch out silently', async () => {
    const dir = await inputFolder({ 'enrollment/2025-09.csv': 'x', 'enrollment/2025-10.ods': 'calc' });
    const error = await failure(listEnrollmentFiles(dir));
    expect(error.message).toContain('enrollment/2025-10.ods');
    expect(error.message).toMatch(/\.xlsx or CSV UTF-8/);
  });

  it('listEnrollmentFiles(empty folder, or only a lock file) says there is nothing to read', async () => {
    for (const files of [{ 'enrollment/.keep': '' }, { 'enrollment/~$peserta.xlsx': 'lock' }] as Record<string, string>[]) {
      const error = await failure(listEnrollmentFiles(await inputFolder(files)));
      expect(error).toBeInstanceOf(UnreadableFileError);
      expect(error.message).toMatch(/^enrollment\/: holds no \.csv or \.xlsx file/);
    }
  });

  it('listEnrollmentFiles(folder without enrollment/) says where the files belong', async () => {
    const error = await failure(listEnrollmentFiles(await inputFolder({ 'program.json': '{}' })));
    expect(error.message).toMatch(/^enrollment\/: folder not found/);
    expect(error.message).toContain('"enrollment" folder');
  });
});
