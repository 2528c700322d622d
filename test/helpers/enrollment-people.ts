import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import readXlsxFile from 'read-excel-file/node';

/** The identifying fields of one enrollment row, read without stage 1's code. */
export interface EnrollmentPerson {
  file: string;
  nik: string;
  nama: string;
  kpj: string;
  noHp: string;
  kategori: string;
  kecamatan: string;
  kelurahan: string;
  /** STATUS as written (AKTIF, NON AKTIF, …). */
  status: string;
  /** TGL_KEPESERTAAN (TMT) as YYYY-MM-DD where it is an ISO, dd/mm/yyyy or date cell; else as written. */
  tglKepesertaan: string;
}

/** The test's own header table (normalised header → field), independent of stage 1's. */
const FIELD_OF_HEADER: Record<string, keyof EnrollmentPerson> = {
  NIK: 'nik', NAMA: 'nama', NAMALENGKAP: 'nama', KPJ: 'kpj', NOKPJ: 'kpj', NOHP: 'noHp',
  KATEGORI: 'kategori', JENISPEKERJAAN: 'kategori', KECAMATAN: 'kecamatan', KEC: 'kecamatan', KELURAHAN: 'kelurahan', KEL: 'kelurahan',
  STATUS: 'status', TGLKEPESERTAAN: 'tglKepesertaan', TMT: 'tglKepesertaan',
};

const isoDate = (cell: unknown): string => {
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  const text = String(cell ?? '').trim();
  const dmy = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
  return dmy ? `${dmy[3]}-${dmy[2]}-${dmy[1]}` : text;
};

const normaliseHeader = (cell: unknown) => String(cell ?? '').toUpperCase().replace(/[^A-Z0-9]/g, '');

function toPeople(file: string, table: unknown[][]): EnrollmentPerson[] {
  const headerIndex = table.findIndex((row) => row.some((cell) => normaliseHeader(cell) === 'NIK'));
  if (headerIndex < 0) throw new Error(`${file}: no NIK header`);
  const fields = (table[headerIndex] ?? []).map((cell) => FIELD_OF_HEADER[normaliseHeader(cell)]);
  return table.slice(headerIndex + 1)
    .filter((cells) => cells.some((c) => c !== null && String(c).trim() !== ''))
    .map((cells) => {
      const person: EnrollmentPerson = { file, nik: '', nama: '', kpj: '', noHp: '', kategori: '', kecamatan: '', kelurahan: '', status: '', tglKepesertaan: '' };
      fields.forEach((field, i) => {
        if (field === 'tglKepesertaan') person[field] = isoDate(cells[i]);
        else if (field && field !== 'file') person[field] = String(cells[i] ?? '').trim();
      });
      return person;
    });
}

/** Every row of every .csv and .xlsx file in `dir/enrollment` (csv-parse and read-excel-file, not stage 1). */
export async function readEnrollmentPeople(dir: string): Promise<EnrollmentPerson[]> {
  const people: EnrollmentPerson[] = [];
  for (const name of (await readdir(join(dir, 'enrollment'))).sort()) {
    const path = join(dir, 'enrollment', name);
    const file = `enrollment/${name}`;
    if (name.endsWith('.csv')) {
      const bytes = await readFile(path);
      const firstLine = bytes.toString('utf8').split('\n', 1)[0] ?? '';
      const delimiter = [';', ',', '\t', '|'].sort((a, b) => firstLine.split(b).length - firstLine.split(a).length)[0];
      people.push(...toPeople(file, parse(bytes, { bom: true, delimiter, relax_column_count: true }) as string[][]));
    } else if (name.endsWith('.xlsx')) {
      for (const { data } of await readXlsxFile(path)) people.push(...toPeople(file, data as unknown[][]));
    }
  }
  return people;
}
