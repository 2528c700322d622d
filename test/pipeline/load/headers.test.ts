import { describe, expect, it } from 'vitest';
import type { RawCell } from '../../../src/pipeline/load/raw-table.ts';
import {
  columnLetter,
  ENROLLMENT_FIELDS,
  type EnrollmentField,
  HEADER_ALIASES,
  looksLikeHeader,
  mapHeaders,
  REQUIRED_FIELDS,
} from '../../../src/pipeline/load/headers.ts';

const TYPICAL = ['NO', 'NIK', 'NAMA', 'KPJ', 'TGL_LAHIR', 'JENIS_KELAMIN', 'KECAMATAN', 'KELURAHAN', 'KATEGORI', 'TGL_KEPESERTAAN', 'STATUS', 'NO_HP', 'ALAMAT'];
const REQUIRED_ONLY = ['NIK', 'JK', 'TGL LAHIR', 'KEC', 'KEL', 'SEGMEN', 'TMT', 'STATUS'];

function mapped(header: RawCell[], extra: Record<string, string[]> = {}) {
  const result = mapHeaders(header, extra);
  if (!result.ok) throw new Error(result.message);
  return result;
}

function failed(header: RawCell[], extra: Record<string, string[]> = {}): string {
  const result = mapHeaders(header, extra);
  if (result.ok) throw new Error('expected the header to be rejected');
  return result.message;
}

describe('mapHeaders', () => {
  it('mapHeaders(a typical export header) finds every field and ignores the row-number column', () => {
    const { columns, ignored } = mapped(TYPICAL);
    for (const field of ENROLLMENT_FIELDS) expect(columns[field], field).toBe(TYPICAL.indexOf(HEADER_ALIASES[field][0] as string));
    expect(ignored).toEqual(['NO']);
  });

  it('mapHeaders(only the required columns) succeeds and leaves the personal columns undefined', () => {
    const { columns } = mapped(REQUIRED_ONLY);
    for (const field of ['nama', 'kpj', 'noHp', 'alamat'] as const) expect(columns[field]).toBeUndefined();
    expect(columns.tglKepesertaan).toBe(6);
  });

  it('mapHeaders accepts every listed header for every field', () => {
    for (const field of ENROLLMENT_FIELDS) {
      for (const alias of HEADER_ALIASES[field]) {
        const header = REQUIRED_ONLY.filter((h) => !HEADER_ALIASES[field].includes(h));
        header.push(alias);
        expect(mapped(header).columns[field], `${field} as ${alias}`).toBe(header.length - 1);
      }
    }
  });

  it.each([
    ['nik', 'No. NIK'],
    ['nik', 'nomor_nik'],
    ['nik', '\ufeffNIK'],
    ['tglLahir', 'Tanggal Lahir'],
    ['tglLahir', 'tgl-lahir'],
    ['jenisKelamin', 'Jenis Kelamin'],
    ['jenisKelamin', 'l / p'],
    ['kelurahan', 'Desa / Kelurahan'],
    ['kelurahan', 'Kel.'],
    ['kecamatan', 'Kec.'],
    ['tglKepesertaan', 'T.M.T'],
    ['status', 'Status_Kepesertaan'],
    ['noHp', 'No. HP'],
    ['kpj', 'Nomor Peserta'],
  ] as [EnrollmentField, string][])('mapHeaders finds %s under %j', (field, written) => {
    const header = REQUIRED_ONLY.filter((h) => !HEADER_ALIASES[field].includes(h));
    header.unshift(written);
    expect(mapped(header).columns[field]).toBe(0);
  });

  it('mapHeaders skips empty header cells and reads number and date headers as text', () => {
    const { columns, ignored } = mapped([null, '', ...REQUIRED_ONLY, 2025, new Date(Date.UTC(2025, 8, 26))]);
    expect(columns.nik).toBe(2);
    expect(ignored).toEqual(['2025', '2025-09-26']);
  });

  it('mapHeaders(a header without required columns) names each one with its accepted headers', () => {
    const message = failed(['NIK', 'NAMA', 'KECAMATAN', 'STATUS']);
    const missing = REQUIRED_FIELDS.filter((f) => !['nik', 'kecamatan', 'status'].includes(f));
    expect(message.split('\n')).toHaveLength(missing.length);
    for (const field of missing) {
      expect(message).toContain(`(${field})`);
      for (const alias of HEADER_ALIASES[field]) expect(message).toContain(`"${alias}"`);
      expect(message).toContain(`columnAliases.${field}`);
    }
    expect(message).toContain('No column for the birth date (tglLahir). Add a column headed "TGL_LAHIR", "TANGGAL LAHIR", "TGL LAHIR"');
  });

  it('mapHeaders(two columns for one field) names both columns', () => {
    const message = failed([...REQUIRED_ONLY, 'Tanggal Lahir']);
    expect(message).toBe(
      'Columns C ("TGL LAHIR") and I ("Tanggal Lahir") both hold the birth date (tglLahir). Delete or rename one of them.',
    );
  });

  it('mapHeaders(two columns for an optional field) is an error too', () => {
    expect(failed([...REQUIRED_ONLY, 'NAMA', 'NAMA LENGKAP'])).toContain('both hold the name (nama)');
  });

  it('mapHeaders(header, columnAliases) accepts the extra spellings', () => {
    const header = ['NO IDENTITAS', ...REQUIRED_ONLY.slice(1)];
    expect(failed(header)).toContain('(nik)');
    expect(mapped(header, { nik: ['NO IDENTITAS'] }).columns.nik).toBe(0);
  });

  it('mapHeaders(header, columnAliases) lists the extra spellings when the column is missing', () => {
    expect(failed(REQUIRED_ONLY.slice(1), { nik: ['NO IDENTITAS'] })).toContain('"NOMOR NIK", "NO IDENTITAS"');
  });

  it('mapHeaders(header, columnAliases with an unknown field) is an error naming the fields', () => {
    const message = failed(REQUIRED_ONLY, { nomorInduk: ['NO INDUK'] });
    expect(message).toContain('"nomorInduk", which is not an enrollment field');
    expect(message).toContain(ENROLLMENT_FIELDS.join(', '));
  });

  it("mapHeaders(header, columnAliases reusing another field's header) is an error", () => {
    expect(failed(REQUIRED_ONLY, { nama: ['N.I.K'] })).toContain('columnAliases.nama has "N.I.K", which already names the nik column (as "NIK")');
  });

  it('mapHeaders(header, columnAliases with a blank spelling) is an error', () => {
    expect(failed(REQUIRED_ONLY, { nama: [' - '] })).toContain('only spaces or punctuation');
  });

  it('HEADER_ALIASES never gives one spelling to two fields', () => {
    const fieldByKey = new Map<string, EnrollmentField>();
    for (const field of ENROLLMENT_FIELDS) {
      for (const alias of HEADER_ALIASES[field]) {
        const key = alias.toLowerCase().replace(/[\s._\-/]/g, '');
        expect(fieldByKey.get(key) ?? field, alias).toBe(field);
        fieldByKey.set(key, field);
      }
    }
  });
});

describe('looksLikeHeader', () => {
  it.each([
    [TYPICAL, true],
    [REQUIRED_ONLY, true],
    [['nik', 'kecamatan', 'kelurahan'], true],
    [['NIK', 'NAMA', 'TGL_LAHIR'], false],
    [['NIK', 'NAMA', 'KPJ', 'ALAMAT'], false],
    [['NAMA', 'TGL_LAHIR', 'JK', 'KECAMATAN', 'KELURAHAN'], false],
    [['DATA PESERTA BPU KOTA BATAM 2025', null, null], false],
    [[null, null], false],
    [['2171991203850001', '12/03/1985', 'L', 'BATAM KOTA'], false],
  ] as [RawCell[], boolean][])('looksLikeHeader(%j) is %s', (cells, expected) => {
    expect(looksLikeHeader(cells)).toBe(expected);
  });

  it('looksLikeHeader(cells, columnAliases) knows the extra spellings', () => {
    const cells = ['NO IDENTITAS', 'KEC', 'KEL'];
    expect(looksLikeHeader(cells)).toBe(false);
    expect(looksLikeHeader(cells, { nik: ['NO IDENTITAS'] })).toBe(true);
  });

  it('looksLikeHeader(cells, broken columnAliases) still finds a header with the built-in names', () => {
    expect(looksLikeHeader(REQUIRED_ONLY, { unknown: ['X'] })).toBe(true);
  });
});

describe('columnLetter', () => {
  it.each([
    [0, 'A'],
    [8, 'I'],
    [25, 'Z'],
    [26, 'AA'],
    [51, 'AZ'],
    [52, 'BA'],
    [701, 'ZZ'],
    [702, 'AAA'],
  ])('columnLetter(%i) gives %s', (index, letter) => {
    expect(columnLetter(index)).toBe(letter);
  });
});
