import writeExcelFile from 'write-excel-file/node';
import type { BatamAreas } from './batam-areas.ts';
import { exportAreaName } from './batam-areas.ts';
import { csvText } from './csv-text.ts';
import { dateFromDay, dmyFromDay, isoFromDay } from './day-number.ts';
import type { EnrollmentFileId, EnrollmentRow } from './enrollment-people.ts';
import type { SyntheticPerson } from './synthetic-person.ts';
import { fixZipTimestamps } from './zip-timestamps.ts';

/** Output paths, relative to the sample folder. */
export const ENROLLMENT_PATHS: Readonly<Record<EnrollmentFileId, string>> = {
  'pekerja-rentan': 'enrollment/2025-06-apbd-pekerja-rentan.csv',
  'nelayan-petani': 'enrollment/2025-06-apbd-nelayan-petani.xlsx',
  'apbd-p': 'enrollment/2025-09-apbd-p.csv',
};

const DEFAULT_HEADER = ['NIK', 'NAMA', 'KPJ', 'TGL_LAHIR', 'JENIS_KELAMIN', 'KECAMATAN', 'KELURAHAN', 'KATEGORI', 'TGL_KEPESERTAAN', 'STATUS'];
/** The APBD-P list came from another office, with other column names for the same fields. */
const APBD_P_HEADER = ['NIK', 'NAMA LENGKAP', 'NO KPJ', 'TANGGAL LAHIR', 'JK', 'KEC', 'KEL', 'JENIS PEKERJAAN', 'TMT', 'STATUS'];
const XLSX_TITLE = 'DAFTAR PESERTA BPU NELAYAN DAN PETANI - APBD KOTA BATAM 2025';

export type AreaNames = (person: SyntheticPerson) => readonly [kecamatan: string, kelurahan: string];

export function areaNamesOf(areas: BatamAreas): AreaNames {
  const names = new Map<string, string>();
  for (const a of [...areas.kecamatan, ...areas.kelurahan]) names.set(a.code, exportAreaName(a.name));
  return (p) => [names.get(p.kecamatanCode) ?? '', names.get(p.kelurahanCode) ?? ''];
}

function cells(p: SyntheticPerson, areaNames: AreaNames, date: (day: number) => string): string[] {
  const [kecamatan, kelurahan] = areaNames(p);
  return [p.nik, p.name, p.kpj, date(p.birthDay), p.sex, kecamatan, kelurahan, p.kategori, date(p.enrolledDay), p.status];
}

const rowsOf = (rows: readonly EnrollmentRow[], file: EnrollmentFileId) => rows.filter((r) => r.file === file).map((r) => r.person);

/** Semicolon-separated, UTF-8 with BOM, CRLF, dd/mm/yyyy: what Excel with an Indonesian locale saves. */
export function pekerjaRentanCsv(rows: readonly EnrollmentRow[], areaNames: AreaNames): string {
  const body = rowsOf(rows, 'pekerja-rentan').map((p) => [...cells(p, areaNames, dmyFromDay), p.phone]);
  return csvText([[...DEFAULT_HEADER, 'NO_HP'], ...body], { delimiter: ';', eol: '\r\n', bom: true });
}

/** Comma-separated UTF-8 with ISO dates and the other office's column names. */
export function apbdPCsv(rows: readonly EnrollmentRow[], areaNames: AreaNames): string {
  const body = rowsOf(rows, 'apbd-p').map((p) => cells(p, areaNames, isoFromDay));
  return csvText([APBD_P_HEADER, ...body], { delimiter: ',', eol: '\n', bom: false });
}

/** A title row and a blank row above the header (row 3); NIK and KPJ as text cells, dates as date cells. */
export async function nelayanPetaniXlsx(rows: readonly EnrollmentRow[], areaNames: AreaNames, asOfDate: string, title: string = XLSX_TITLE): Promise<Uint8Array> {
  const text = (value: string) => ({ value, type: String, format: '@' });
  const date = (day: number) => ({ value: dateFromDay(day), type: Date, format: 'dd/mm/yyyy' });
  const body = rowsOf(rows, 'nelayan-petani').map((p) => {
    const [kecamatan, kelurahan] = areaNames(p);
    return [text(p.nik), p.name, text(p.kpj), date(p.birthDay), p.sex, kecamatan, kelurahan, p.kategori, date(p.enrolledDay), p.status];
  });
  const data = [[{ value: title, fontWeight: 'bold' as const }], [], DEFAULT_HEADER.map((h) => ({ value: h, fontWeight: 'bold' as const })), ...body];
  const columns = [20, 28, 14, 12, 8, 18, 20, 18, 16, 12].map((width) => ({ width }));
  const buffer = await writeExcelFile(data, { sheet: 'PESERTA', columns }).toBuffer();
  return fixZipTimestamps(new Uint8Array(buffer), asOfDate);
}
