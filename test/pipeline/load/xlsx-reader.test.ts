import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import writeExcelFile from 'write-excel-file/node';
import type { SheetData } from 'write-excel-file/node';
import { UnreadableFileError } from '../../../src/pipeline/load/raw-table.ts';
import type { RawCell, TableHandler } from '../../../src/pipeline/load/raw-table.ts';
import { looksLikeHeader } from '../../../src/pipeline/load/headers.ts';
import { readXlsx } from '../../../src/pipeline/load/xlsx-reader.ts';
import { DEFAULT_HEADER, makeFixtures } from '../../../scripts/make-fixtures.ts';
import type { RowPlace } from '../../../src/pipeline/report/problems.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

const isHeader = (cells: RawCell[]) => looksLikeHeader(cells);

interface Recorded {
  headers: { cells: RawCell[]; place: RowPlace }[];
  rows: { cells: RawCell[]; place: RowPlace }[];
}

function recorder(): TableHandler & Recorded {
  const headers: Recorded['headers'] = [];
  const rows: Recorded['rows'] = [];
  return {
    headers,
    rows,
    header: (cells, place) => headers.push({ cells: [...cells], place }),
    row: (cells, place) => rows.push({ cells: [...cells], place }),
  };
}

async function readFixture(path: string) {
  const handler = recorder();
  const result = await readXlsx(join(FIXTURES, path), path, handler, isHeader);
  return { ...result, ...handler };
}

const rowAt = (rec: Recorded, sheet: string, row: number) =>
  rec.rows.find((r) => r.place.sheet === sheet && r.place.row === row)?.cells;

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'xlsx-reader-'));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function scratchXlsx(name: string, sheets: { sheet: string; data: SheetData }[]): Promise<string> {
  const path = join(scratch, name);
  await writeExcelFile(sheets).toFile(path);
  return path;
}

describe('readXlsx on xlsx-title-rows', () => {
  const file = 'xlsx-title-rows/enrollment/peserta-bpu.xlsx';

  it('readXlsx(…) reads both batch sheets and skips the notes sheet', async () => {
    const rec = await readFixture(file);
    expect(rec.sheetsRead).toEqual(['Batch 1', 'Batch 2']);
    expect(rec.sheetsSkipped).toEqual(['Catatan']);
  });

  it('readXlsx(…) finds the header below the title rows, at the row Excel shows', async () => {
    const rec = await readFixture(file);
    expect(rec.headers.map((h) => h.place)).toEqual([
      { file, sheet: 'Batch 1', row: 3 },
      { file, sheet: 'Batch 2', row: 4 },
    ]);
    expect(rec.headers[0]?.cells).toEqual(DEFAULT_HEADER);
  });

  it('readXlsx(…) numbers data rows as Excel does and skips the blank row without renumbering', async () => {
    const rec = await readFixture(file);
    const numbers = (sheet: string) => rec.rows.filter((r) => r.place.sheet === sheet).map((r) => r.place.row);
    expect(numbers('Batch 1')).toEqual([4, 5, 6, 7, 8, 9]);
    expect(numbers('Batch 2')).toEqual([5, 6, 7, 9, 10]);
    expect(rowAt(rec, 'Batch 2', 9)?.[1]).toBe('PESERTA CONTOH 010');
  });

  it('readXlsx(…) keeps a NIK typed as text as a 16-digit string and a NIK typed as a number as a number', async () => {
    const rec = await readFixture(file);
    expect(rowAt(rec, 'Batch 1', 4)?.slice(0, 3)).toEqual(['2171991206670001', 'PESERTA CONTOH 001', '99000000001']);
    const lost = rowAt(rec, 'Batch 1', 7)?.[0];
    expect(typeof lost).toBe('number');
    expect(String(lost)).toBe('2171995709880000');
  });

  it('readXlsx(…) gives date cells as Date and a serial-number cell as a number', async () => {
    const rec = await readFixture(file);
    expect(rowAt(rec, 'Batch 1', 5)?.[8]).toEqual(new Date('2025-09-26T00:00:00Z'));
    expect(rowAt(rec, 'Batch 1', 8)?.[3]).toEqual(new Date('1995-02-28T00:00:00Z'));
    expect(rowAt(rec, 'Batch 1', 6)?.[8]).toBe(45809);
    expect(rowAt(rec, 'Batch 1', 4)?.[8]).toBe('26/09/2025');
  });
});

describe('readXlsx on mixed-files', () => {
  it('readXlsx(…) reads a plain sheet with its header on row 1', async () => {
    const rec = await readFixture('mixed-files/enrollment/2025-10.xlsx');
    expect(rec.headers.map((h) => h.place.row)).toEqual([1]);
    expect(rec.rows.map((r) => r.place.row)).toEqual([2, 3, 4, 5, 6]);
    expect(rec.rows.every((r) => r.place.sheet === 'Sheet1')).toBe(true);
  });
});

describe('readXlsx cell conversion', () => {
  it('readXlsx(…) trims text, turns blank text into null and keeps empty leading columns in place', async () => {
    const path = await scratchXlsx('cells.xlsx', [
      {
        sheet: 'Data',
        data: [
          [null, 'NIK', 'NAMA', 'KECAMATAN', 'KELURAHAN', 'AKTIF'],
          [null, '  2171990101900001 ', '   ', 'Batam Kota', 'Belian', true],
        ],
      },
    ]);
    const rec = recorder();
    await readXlsx(path, 'cells.xlsx', rec, isHeader);
    expect(rec.headers[0]?.cells).toEqual([null, 'NIK', 'NAMA', 'KECAMATAN', 'KELURAHAN', 'AKTIF']);
    expect(rec.rows[0]?.cells).toEqual([null, '2171990101900001', null, 'Batam Kota', 'Belian', 'TRUE']);
  });

  it('readXlsx(…) looks for the header in the first 30 rows only', async () => {
    const padding = (n: number): SheetData => Array.from({ length: n }, (_, i) => [`Keterangan ${i + 1}`]);
    const path = await scratchXlsx('deep-header.xlsx', [
      { sheet: 'Row 30', data: [...padding(29), DEFAULT_HEADER, ['2171990101900001']] },
      { sheet: 'Row 31', data: [...padding(30), DEFAULT_HEADER, ['2171990101900001']] },
    ]);
    const rec = recorder();
    const result = await readXlsx(path, 'deep-header.xlsx', rec, isHeader);
    expect(result).toEqual({ sheetsRead: ['Row 30'], sheetsSkipped: ['Row 31'] });
    expect(rec.headers[0]?.place.row).toBe(30);
    expect(rec.rows.map((r) => r.place.row)).toEqual([31]);
  });

  it('readXlsx(…) reads a 100,000-row sheet and numbers its last row 100,001', async () => {
    const rows: SheetData = Array.from({ length: 100_000 }, (_, i) => [
      String(2171990101900000 + i), `PESERTA CONTOH ${i}`, '99000000001', '01/01/1990', 'L',
      'Batam Kota', 'Belian', 'KETUA RT', '26/09/2025', 'AKTIF',
    ]);
    const path = await scratchXlsx('big.xlsx', [{ sheet: 'Data', data: [DEFAULT_HEADER, ...rows] }]);
    let count = 0;
    let last: RowPlace | undefined;
    await readXlsx(path, 'big.xlsx', { header: () => {}, row: (_cells, place) => { count++; last = place; } }, isHeader);
    expect(count).toBe(100_000);
    expect(last?.row).toBe(100_001);
  });
});

describe('readXlsx on files it cannot read', () => {
  async function failure(path: string, file: string): Promise<UnreadableFileError> {
    const error = await readXlsx(path, file, recorder(), isHeader).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UnreadableFileError);
    return error as UnreadableFileError;
  }

  it('readXlsx(…) on CSV text named .xlsx throws UnreadableFileError naming the file', async () => {
    const error = await failure(join(FIXTURES, 'bad-files/enrollment/broken.xlsx'), 'enrollment/broken.xlsx');
    expect(error.file).toBe('enrollment/broken.xlsx');
    expect(error.message).toMatch(/^enrollment\/broken\.xlsx: .*CSV/);
    expect(error.fix).toContain('save it as .xlsx');
  });

  it('readXlsx(…) on a zero-byte file says the file is empty', async () => {
    const path = join(scratch, 'empty.xlsx');
    await writeFile(path, '');
    expect((await failure(path, 'empty.xlsx')).message).toContain('empty');
  });

  it('readXlsx(…) on an old .xls workbook names the format', async () => {
    // The compound-document signature that every .xls file starts with.
    const path = join(scratch, 'old.xlsx');
    await writeFile(path, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(1024)]));
    expect((await failure(path, 'old.xlsx')).message).toContain('97–2003');
  });

  it('readXlsx(…) on a password-protected workbook asks to remove the password', async () => {
    // Encrypted .xlsx files are compound documents holding an "EncryptedPackage" stream.
    const path = join(scratch, 'locked.xlsx');
    const directoryEntry = Buffer.from('EncryptedPackage', 'utf16le');
    await writeFile(path, Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(512), directoryEntry]));
    expect((await failure(path, 'locked.xlsx')).message).toContain('password');
  });

  it('readXlsx(…) on a damaged archive says it cannot be unpacked', async () => {
    const path = join(scratch, 'damaged.xlsx');
    await writeFile(path, Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(64, 7)]));
    expect((await failure(path, 'damaged.xlsx')).message).toContain('damaged');
  });

  it('readXlsx(…) on a workbook without any header row names its sheets', async () => {
    const path = await scratchXlsx('no-header.xlsx', [
      { sheet: 'Rekap', data: [['Kecamatan', 'Jumlah'], ['Batam Kota', 12]] },
      { sheet: 'Catatan', data: [['Catatan']] },
    ]);
    const error = await failure(path, 'no-header.xlsx');
    expect(error.message).toContain('"Rekap", "Catatan"');
    expect(error.fix).toContain('NIK');
  });
});

describe('scripts/make-fixtures.ts', () => {
  it('makeFixtures(dir) writes byte-identical files to the committed fixtures', async () => {
    const out = join(scratch, 'fixtures');
    const written = await makeFixtures(out);
    expect(written.length).toBeGreaterThan(0);
    const committed = (await readdir(FIXTURES, { recursive: true, withFileTypes: true }))
      .filter((d) => d.isFile() && d.parentPath !== FIXTURES)
      .map((d) => relative(FIXTURES, join(d.parentPath, d.name)))
      .sort();
    expect([...written].sort()).toEqual(committed);
    for (const file of written) {
      expect(await readFile(join(out, file)), file).toEqual(await readFile(join(FIXTURES, file)));
    }
  });
});
