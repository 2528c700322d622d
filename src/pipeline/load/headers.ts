import type { RawCell } from './raw-table.ts';
import { normaliseKey } from './normalise-text.ts';

/** The columns stage 1 reads from an enrollment export, under the names the code uses. */
export const ENROLLMENT_FIELDS = [
  'nik',
  'nama',
  'kpj',
  'tglLahir',
  'jenisKelamin',
  'kecamatan',
  'kelurahan',
  'kategori',
  'tglKepesertaan',
  'status',
  'noHp',
  'alamat',
] as const;
export type EnrollmentField = (typeof ENROLLMENT_FIELDS)[number];

/** Columns an export must have. Name, KPJ, phone and address are read and dropped, so the officer may leave them out. */
export const REQUIRED_FIELDS: readonly EnrollmentField[] = [
  'nik',
  'jenisKelamin',
  'tglLahir',
  'kecamatan',
  'kelurahan',
  'kategori',
  'tglKepesertaan',
  'status',
];

/** Headers accepted for each field, matched ignoring case, spaces, dots, underscores, hyphens and slashes. */
export const HEADER_ALIASES: Readonly<Record<EnrollmentField, readonly string[]>> = {
  nik: ['NIK', 'NO NIK', 'NOMOR NIK'],
  nama: ['NAMA', 'NAMA LENGKAP', 'NAMA PESERTA'],
  kpj: ['KPJ', 'NO KPJ', 'NOMOR PESERTA', 'NO PESERTA'],
  tglLahir: ['TGL_LAHIR', 'TANGGAL LAHIR', 'TGL LAHIR'],
  jenisKelamin: ['JENIS_KELAMIN', 'JK', 'L/P'],
  kecamatan: ['KECAMATAN', 'KEC'],
  kelurahan: ['KELURAHAN', 'KEL', 'DESA/KELURAHAN'],
  kategori: ['KATEGORI', 'SEGMEN', 'JENIS PEKERJAAN'],
  tglKepesertaan: ['TGL_KEPESERTAAN', 'TANGGAL KEPESERTAAN', 'TMT', 'TGL KEPESERTAAN'],
  status: ['STATUS', 'STATUS KEPESERTAAN'],
  noHp: ['NO_HP', 'NO HP', 'NOMOR HP', 'NO TELEPON'],
  alamat: ['ALAMAT'],
};

const FIELD_DESCRIPTIONS: Readonly<Record<EnrollmentField, string>> = {
  nik: 'NIK',
  nama: 'name',
  kpj: 'KPJ participant number',
  tglLahir: 'birth date',
  jenisKelamin: 'sex',
  kecamatan: 'kecamatan',
  kelurahan: 'kelurahan',
  kategori: 'category',
  tglKepesertaan: 'membership start date',
  status: 'membership status',
  noHp: 'phone number',
  alamat: 'address',
};

export type HeaderMapping =
  | { ok: true; columns: Record<EnrollmentField, number | undefined>; ignored: string[] }
  | { ok: false; message: string };

interface Accepted {
  byKey: Map<string, { field: EnrollmentField; written: string }>;
  written: Record<EnrollmentField, string[]>;
}

/** The built-in headers never conflict (a test checks), so this is never a message. */
const BUILT_IN = buildAccepted({}) as Accepted;

/**
 * Finds the column (0-based) of each field in a header row. `extraAliases` is program.json's `columnAliases`,
 * keyed by field. Unknown headers are returned in `ignored`; a missing required column, two columns for one field
 * or a bad `columnAliases` entry make the mapping fail with every problem listed, one per line.
 */
export function mapHeaders(header: RawCell[], extraAliases: Record<string, string[]> = {}): HeaderMapping {
  const accepted = buildAccepted(extraAliases);
  if (typeof accepted === 'string') return { ok: false, message: accepted };

  const columns = Object.fromEntries(ENROLLMENT_FIELDS.map((f) => [f, undefined])) as Record<EnrollmentField, number | undefined>;
  const ignored: string[] = [];
  const problems: string[] = [];
  header.forEach((cell, column) => {
    const text = cellText(cell);
    const key = normaliseKey(text);
    if (key === '') return;
    const match = accepted.byKey.get(key);
    if (match === undefined) {
      ignored.push(text.trim());
      return;
    }
    const first = columns[match.field];
    if (first === undefined) columns[match.field] = column;
    else {
      problems.push(
        `Columns ${columnLetter(first)} ("${cellText(header[first] ?? null).trim()}") and ${columnLetter(column)} ("${text.trim()}") both hold the ${FIELD_DESCRIPTIONS[match.field]} (${match.field}). Delete or rename one of them.`,
      );
    }
  });
  for (const field of REQUIRED_FIELDS) {
    if (columns[field] !== undefined) continue;
    problems.push(
      `No column for the ${FIELD_DESCRIPTIONS[field]} (${field}). Add a column headed ${accepted.written[field].map((h) => `"${h}"`).join(', ')}, or add the file's own header to columnAliases.${field} in program.json.`,
    );
  }
  return problems.length > 0 ? { ok: false, message: problems.join('\n') } : { ok: true, columns, ignored };
}

/**
 * True when a row holds the NIK header and at least two other required headers: how an XLSX sheet's header row is
 * told apart from a title or notes written above it.
 */
export function looksLikeHeader(cells: RawCell[], extraAliases: Record<string, string[]> = {}): boolean {
  const built = Object.keys(extraAliases).length === 0 ? BUILT_IN : buildAccepted(extraAliases);
  // A broken columnAliases is reported by mapHeaders; finding the header row still works with the built-in names.
  const accepted = typeof built === 'string' ? BUILT_IN : built;
  const found = new Set<EnrollmentField>();
  for (const cell of cells) {
    const match = accepted.byKey.get(normaliseKey(cellText(cell)));
    if (match !== undefined) found.add(match.field);
  }
  if (!found.has('nik')) return false;
  let others = 0;
  for (const field of REQUIRED_FIELDS) if (field !== 'nik' && found.has(field)) others++;
  return others >= 2;
}

/** Excel's name for a 0-based column index: 0 → A, 25 → Z, 26 → AA. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(0x41 + ((n - 1) % 26)) + name;
  return name;
}

function cellText(cell: RawCell): string {
  if (cell === null) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number') return String(cell);
  return Number.isNaN(cell.getTime()) ? '' : cell.toISOString().slice(0, 10);
}

/** The accepted headers, or a message when program.json's columnAliases is unusable. */
function buildAccepted(extraAliases: Record<string, string[]>): Accepted | string {
  const byKey = new Map<string, { field: EnrollmentField; written: string }>();
  const written = Object.fromEntries(ENROLLMENT_FIELDS.map((f) => [f, [...HEADER_ALIASES[f]]])) as Record<EnrollmentField, string[]>;
  const problems: string[] = [];
  for (const field of Object.keys(extraAliases)) {
    if (!(ENROLLMENT_FIELDS as readonly string[]).includes(field)) {
      problems.push(`program.json columnAliases has "${field}", which is not an enrollment field. Use one of ${ENROLLMENT_FIELDS.join(', ')}.`);
      continue;
    }
    written[field as EnrollmentField].push(...(extraAliases[field] ?? []));
  }
  for (const field of ENROLLMENT_FIELDS) {
    for (const header of written[field]) {
      const key = normaliseKey(header);
      const other = byKey.get(key);
      if (key === '') {
        problems.push(`program.json columnAliases.${field} has "${header}", which is only spaces or punctuation. Remove it.`);
      } else if (other === undefined) {
        byKey.set(key, { field, written: header });
      } else if (other.field !== field) {
        problems.push(
          `program.json columnAliases.${field} has "${header}", which already names the ${other.field} column (as "${other.written}"). Remove it from one of them.`,
        );
      }
    }
  }
  return problems.length > 0 ? problems.join('\n') : { byKey, written };
}
