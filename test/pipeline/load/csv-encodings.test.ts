import { describe, expect, it } from 'vitest';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCsv } from '../../../src/pipeline/load/csv-reader.ts';
import { UnreadableFileError, type RawCell } from '../../../src/pipeline/load/raw-table.ts';
import { windows1252 } from '../../helpers/windows-1252.ts';

const CHUNK = 1 << 16; // readCsv reads files 64 KB at a time

async function read(bytes: Buffer) {
  const path = join(await mkdtemp(join(tmpdir(), 'csv-encodings-')), 'peserta.csv');
  await writeFile(path, bytes);
  const rows: { row: number; cells: RawCell[] }[] = [];
  const result = await readCsv(path, 'enrollment/peserta.csv', {
    header: (cells, place) => rows.push({ row: place.row, cells: [...cells] }),
    row: (cells, place) => rows.push({ row: place.row, cells: [...cells] }),
  }, (cells) => cells[0] === 'NIK');
  return { rows, ...result };
}

async function refusal(bytes: Buffer): Promise<UnreadableFileError> {
  const error = await read(bytes).then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(UnreadableFileError);
  expect((error as UnreadableFileError).message).toContain('enrollment/peserta.csv');
  return error as UnreadableFileError;
}

// Synthetic people: NIK digits 5–6 are 99, no Batam kecamatan. The text holds what Excel writes in Windows-1252:
// Latin-1 letters (é, ñ, ü) and the 0x80–0x9F punctuation (…, –, ", €). Ü’ and É before a no-break space are
// byte pairs that would be valid UTF-8 (DC 92, C9 A0): Windows-1252 text still.
const EXPORT = [
  'NIK,NAMA,KECAMATAN,KETERANGAN',
  '2171991206670001,PESERTA CONTOH RENÉ,Sekupang,iuran Rp16.800 – dibayar Pemko…',
  '2171996311740002,PESERTA CONTOH MUÑOZ,Batam Kota,"“kader” Posyandu, ‘aktif’"',
  '2171990604810003,PESERTA CONTOH MÜLLER’S,Sei Beduk,premi € 1 — ™ • ‰ RENÉ\u00a0',
  '',
].join('\r\n');

describe('readCsv and encodings', () => {
  it('readCsv(a Windows-1252 export) gives the cells of its UTF-8 version, with a notice naming the file', async () => {
    const utf8 = await read(Buffer.from(EXPORT, 'utf8'));
    const cp1252 = await read(windows1252(EXPORT));
    expect(utf8.rows).toHaveLength(4);
    expect(cp1252.rows).toEqual(utf8.rows);
    expect(utf8.encoding).toBe('utf-8');
    expect(utf8.notices).toEqual([]);
    expect(cp1252.encoding).toBe('windows-1252');
    expect(cp1252.notices).toEqual([expect.objectContaining({ severity: 'notice', file: 'enrollment/peserta.csv', row: 0 })]);
    expect(cp1252.notices[0]!.message).toMatch(/Windows-1252.*line 2.*CSV UTF-8/s);
  });

  it('readCsv(UTF-8 with a byte-order mark and accents) reads it as UTF-8, without a notice', async () => {
    const { rows, encoding, notices } = await read(Buffer.from('\ufeff' + EXPORT, 'utf8'));
    expect(rows[0]!.cells[0]).toBe('NIK');
    expect(rows[1]!.cells[1]).toBe('PESERTA CONTOH RENÉ');
    expect(encoding).toBe('utf-8');
    expect(notices).toEqual([]);
  });

  it('readCsv(a Windows-1252 file ending in an accent, without a line end) reads the last cell', async () => {
    const { rows, notices } = await read(windows1252('NIK,NAMA\n1,PESERTA CONTOH JOSÉ'));
    expect(rows.map((r) => r.cells)).toEqual([['NIK', 'NAMA'], ['1', 'PESERTA CONTOH JOSÉ']]);
    expect(notices).toHaveLength(1);
  });

  // The first accent at the last byte of a chunk (é starts a 3-byte UTF-8 sequence, so the switch is decided in
  // the next chunk), at the first byte of one, and chunks later; each inside a quoted field that spans lines.
  it.each([CHUNK - 1, CHUNK, 3 * CHUNK + 17])('readCsv(a Windows-1252 file whose first accent is at byte %i) reads every row as its UTF-8 version', async (at) => {
    const text = exportWithAccentAt(at);
    const utf8 = await read(Buffer.from(text, 'utf8'));
    const cp1252 = await read(windows1252(text));
    expect(windows1252(text)[at]).toBe(0xe9);
    expect(cp1252.rows).toEqual(utf8.rows);
    expect(cp1252.rows.at(-1)!.cells).toEqual(['2171995709880004', 'PESERTA CONTOH – ÉLODIE…', 'Nongsa']);
    const accentLine = text.slice(0, at).split('\n').length;
    expect(cp1252.notices[0]!.message).toContain(`line ${accentLine}`);
  });

  it('readCsv refuses a file that mixes UTF-8 and Windows-1252, naming the line of each', async () => {
    const mixed = Buffer.concat([Buffer.from('NIK,NAMA\n1,PESERTA CONTOH RENÉ\n2,x\n', 'utf8'), windows1252('3,PESERTA CONTOH MUÑOZ\n')]);
    const error = await refusal(mixed);
    expect(error.message).toMatch(/line 2 has UTF-8 text.*line 4 has a byte \(0xD1\)/);
    expect(error.fix).toMatch(/CSV UTF-8/);
  });

  it('readCsv refuses a file that mixes encodings when the Windows-1252 part starts after 64 KB', async () => {
    const text = exportWithAccentAt(2 * CHUNK + 5);
    const mixed = Buffer.concat([Buffer.from('NIK,NAMA,KECAMATAN\n1,PESERTA CONTOH RENÉ,Sekupang\n', 'utf8'), windows1252(text.slice(text.indexOf('\n') + 1))]);
    const error = await refusal(mixed);
    expect(error.message).toMatch(/line 2\b/);
  });

  it('readCsv refuses a file that mixes Windows-1252 and then UTF-8, naming the line of each', async () => {
    const mixed = Buffer.concat([windows1252('NIK,NAMA\n1,PESERTA CONTOH RENÉ\n'), Buffer.from('2,PESERTA CONTOH MUÑOZ\n3,“X”\n', 'utf8')]);
    expect((await refusal(mixed)).message).toMatch(/line 2 has Windows-1252 text.*line 3 has UTF-8 text/);
    const quotes = Buffer.concat([windows1252('NIK,NAMA\n1,PESERTA CONTOH RENÉ\n'), Buffer.from('2,“X”\n', 'utf8')]);
    expect((await refusal(quotes)).message).toMatch(/line 3 has UTF-8 text/);
  });

  it('readCsv refuses UTF-8 after Windows-1252 when a 64 KB chunk boundary cuts its é in two', async () => {
    const start = windows1252('NIK,NAMA,KECAMATAN\n1,PESERTA CONTOH RENÉ,Sekupang\n');
    const header = 'NIK,NAMA,KECAMATAN\n'.length;
    const rest = Buffer.from(exportWithAccentAt(2 * CHUNK - 1 - start.length + header).slice(header), 'utf8');
    const mixed = Buffer.concat([start, rest]);
    expect([mixed[2 * CHUNK - 1], mixed[2 * CHUNK]]).toEqual([0xc3, 0xa9]);
    const line = mixed.subarray(0, 2 * CHUNK).toString('latin1').split('\n').length;
    expect((await refusal(mixed)).message).toMatch(new RegExp(`line 2 has Windows-1252 text.*line ${line} has UTF-8 text`));
  });

  it('readCsv refuses a file with a UTF-8 byte-order mark and Windows-1252 text', async () => {
    const error = await refusal(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), windows1252('NIK,NAMA\n1,PESERTA CONTOH RENÉ\n')]));
    expect(error.message).toMatch(/byte-order mark.*line 2/s);
  });

  const UNDEFINED = [0x81, 0x8d, 0x8f, 0x90, 0x9d].map((byte) => ({ byte, hex: `0x${byte.toString(16).toUpperCase()}` }));
  it.each(UNDEFINED)('readCsv refuses byte $hex, which Windows-1252 leaves undefined, naming its line', async ({ byte, hex }) => {
    // As the first byte outside ASCII…
    const first = await refusal(Buffer.concat([Buffer.from('NIK,NAMA\n1,A\n2,B'), Buffer.from([byte]), Buffer.from('\n')]));
    expect(first.message).toContain(hex);
    expect(first.message).toMatch(/line 3\b/);
    // …and after the file was switched to Windows-1252, chunks later.
    const text = exportWithAccentAt(CHUNK - 1) + '5,PESERTA CONTOH X,Nongsa\n';
    const later = await refusal(Buffer.concat([windows1252(text), Buffer.from([byte, 0x0a])]));
    expect(later.message).toContain(hex);
    expect(later.message).toContain(`line ${text.split('\n').length}`);
  });

  it('readCsv refuses NUL bytes: UTF-16 ("Unicode Text"), with or without its mark, and binary files', async () => {
    const utf16 = await refusal(Buffer.from('\ufeffNIK\tNAMA\r\n1\tPESERTA CONTOH RENÉ\r\n', 'utf16le'));
    expect(utf16.message).toMatch(/UTF-16/);
    expect(utf16.message).toMatch(/line 1\b/);
    expect(utf16.fix).toMatch(/CSV UTF-8/);
    await refusal(Buffer.from('NIK,NAMA\r\n1,A\r\n', 'utf16le'));
    const xls = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect((await refusal(xls)).message).toMatch(/NUL/);
    const nulLater = await refusal(Buffer.from('NIK,NAMA\n1,A\n2,B\0\n'));
    expect(nulLater.message).toMatch(/line 3\b/);
  });
});

/** An ASCII export whose first accent (an é, in a quoted field spanning two lines) is at byte `at`. */
function exportWithAccentAt(at: number): string {
  const lines = ['NIK,NAMA,KECAMATAN'];
  let length = lines[0]!.length + 1;
  for (let i = 1; length < at - 200; i++) {
    const line = `217199120667${String(i % 10000).padStart(4, '0')},PESERTA CONTOH ${i},Sekupang`;
    lines.push(line);
    length += line.length + 1;
  }
  const start = '2171991206670000,"PESERTA CONTOH ';
  lines.push(start + 'x'.repeat(at - length - start.length) + 'é\nbaris dua – …",Batam Kota');
  lines.push('2171995709880004,PESERTA CONTOH – ÉLODIE…,Nongsa');
  return lines.join('\n') + '\n';
}
