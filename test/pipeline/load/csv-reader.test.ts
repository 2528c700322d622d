import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../../../src/pipeline/load/csv-reader.ts';
import type { RawCell } from '../../../src/pipeline/load/raw-table.ts';

const isHeader = (cells: RawCell[]) => cells[0] === 'NIK';

async function read(content: string | Buffer) {
  const path = join(await mkdtemp(join(tmpdir(), 'csv-reader-')), 'x.csv');
  await writeFile(path, content);
  const header: RawCell[][] = [];
  const rows: { row: number; cells: RawCell[] }[] = [];
  await readCsv(path, 'x.csv', {
    header: (cells, place) => header.push([...cells, `@${place.row}`]),
    row: (cells, place) => rows.push({ row: place.row, cells: [...cells] }),
  }, isHeader);
  return { header, rows };
}

describe('readCsv', () => {
  it('readCsv detects semicolons, strips the BOM and CRLF, numbers rows as Excel does', async () => {
    const { header, rows } = await read('\ufeffNIK;NAMA\r\n1;A\r\n\r\n2;B\r\n');
    expect(header).toEqual([['NIK', 'NAMA', '@1']]);
    expect(rows).toEqual([{ row: 2, cells: ['1', 'A'] }, { row: 4, cells: ['2', 'B'] }]);
  });

  it('readCsv finds the header below title lines', async () => {
    const { header, rows } = await read('DATA PESERTA BPU\n\nNIK,NAMA\n1,A\n');
    expect(header).toEqual([['NIK', 'NAMA', '@3']]);
    expect(rows).toEqual([{ row: 4, cells: ['1', 'A'] }]);
  });

  it('readCsv reads quoted delimiters, doubled quotes and line breaks, and numbers the next row after them', async () => {
    const { rows } = await read('NIK,ALAMAT,X\n1,"Jl. A, No. 2",x\n2,"Gg. ""B""",y\n3,"line one\nline two",z\n4,plain,w\n');
    expect(rows).toEqual([
      { row: 2, cells: ['1', 'Jl. A, No. 2', 'x'] },
      { row: 3, cells: ['2', 'Gg. "B"', 'y'] },
      { row: 4, cells: ['3', 'line one\nline two', 'z'] },
      { row: 6, cells: ['4', 'plain', 'w'] },
    ]);
  });

  it('readCsv reads a file whose quoted fields straddle its 64 KB read chunks', async () => {
    const lines = ['NIK,ALAMAT'];
    for (let i = 0; i < 3000; i++) lines.push(`${i},"${'x'.repeat(i % 97)}\n${'y'.repeat(i % 89)}, ""q"""`);
    const { rows } = await read(lines.join('\r\n') + '\r\n');
    expect(rows).toHaveLength(3000);
    rows.forEach((r, i) => {
      expect(r.cells).toEqual([String(i), `${'x'.repeat(i % 97)}\n${'y'.repeat(i % 89)}, "q"`]);
      expect(r.row).toBe(2 + 2 * i);
    });
  });

  it('readCsv reads a last line without a line end', async () => {
    const { rows } = await read('NIK,A\n1,x\n2,"y"');
    expect(rows.map((r) => r.cells)).toEqual([['1', 'x'], ['2', 'y']]);
  });

  it('readCsv refuses a file without a header row, and an unclosed quote', async () => {
    await expect(read('a,b\n1,2\n')).rejects.toThrow(/no header row/);
    await expect(read('NIK,A\n1,"never closed\n')).rejects.toThrow(/never closed/);
  });
});
