import { isoFromDay } from './day-number.ts';

export type Sex = 'L' | 'P';
export type MemberStatus = 'AKTIF' | 'NON AKTIF' | 'MENINGGAL';

/** One synthetic enrolled person: every identifier is made up and marked as such. */
export interface SyntheticPerson {
  /** 1-based sequence number; also the number in the name. */
  seq: number;
  nik: string;
  name: string;
  kpj: string;
  phone: string;
  birthDay: number;
  sex: Sex;
  kecamatanCode: string;
  kelurahanCode: string;
  categoryId: string;
  /** KATEGORI as written in the export: one of the category's labels or aliases. */
  kategori: string;
  /** TGL_KEPESERTAAN as a day number. */
  enrolledDay: number;
  status: MemberStatus;
}

/**
 * "99" in digits 5–6 marks the NIK as synthetic: no kecamatan of the demo's region (or of any region the sample
 * generates) has that code. A real NIK's first six digits are the kecamatan of first registration.
 */
const SYNTHETIC_NIK_PREFIX = '217199';

/** The synthetic NIK prefix of a region: its province and regency digits ("35.78" → "357899"). */
export function syntheticNikPrefix(regionCode: string): string {
  return `${regionCode.replace('.', '')}99`;
}

/**
 * Hands out NIKs: birth date (day + 40 for women) then a serial per birth date and sex, so each NIK is unique;
 * serials continue after those of the `taken` NIKs, so people added later never share one.
 */
export function createNikIssuer(taken: Iterable<string> = [], nikPrefix: string = SYNTHETIC_NIK_PREFIX): (birthDay: number, sex: Sex) => string {
  const serials = new Map<string, number>();
  for (const nik of taken) {
    const prefix = nik.slice(0, 12);
    serials.set(prefix, Math.max(serials.get(prefix) ?? 0, Number(nik.slice(12))));
  }
  return (birthDay, sex) => {
    const [y, m, d] = isoFromDay(birthDay).split('-') as [string, string, string];
    const dd = String(Number(d) + (sex === 'P' ? 40 : 0)).padStart(2, '0');
    const prefix = `${nikPrefix}${dd}${m}${y.slice(2)}`;
    const serial = (serials.get(prefix) ?? 0) + 1;
    if (serial > 9999) throw new Error(`Sample model bug: more than 9,999 synthetic people share the NIK prefix ${prefix}.`);
    serials.set(prefix, serial);
    return prefix + String(serial).padStart(4, '0');
  };
}

/** 11 digits starting with "99"; 7,919 is coprime with 10⁹, so distinct seq give distinct KPJ. */
export function syntheticKpj(seq: number): string {
  return '99' + String((seq * 7919 + 104_729) % 1_000_000_000).padStart(9, '0');
}

export function syntheticName(seq: number): string {
  return `PESERTA SINTETIS ${String(seq).padStart(6, '0')}`;
}

/** A number in the reserved-looking 0800-0000 range, never a real subscriber. */
export function syntheticPhone(seq: number): string {
  return `0800-0000-${String(seq % 10_000).padStart(4, '0')}`;
}
