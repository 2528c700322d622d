import { getDistricts, getVillages } from 'idn-area-data';

/** Kemendagri code of Kota Batam. */
const BATAM_CODE = '21.71';

interface Kecamatan {
  /** Kemendagri kecamatan code, e.g. 21.71.10. */
  code: string;
  name: string;
}

interface Kelurahan {
  /** Kemendagri kelurahan code, e.g. 21.71.10.1006. */
  code: string;
  kecamatanCode: string;
  name: string;
}

export interface BatamAreas {
  kecamatan: Kecamatan[];
  kelurahan: Kelurahan[];
}

/** Batam's kecamatan and kelurahan from idn-area-data, sorted by code; never typed by hand. */
export async function loadBatamAreas(): Promise<BatamAreas> {
  const [districts, villages] = await Promise.all([getDistricts(), getVillages()]);
  const kecamatan = districts
    .filter((d) => d.regency_code === BATAM_CODE)
    .map((d) => ({ code: d.code, name: d.name }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en'));
  const kecamatanCodes = new Set(kecamatan.map((k) => k.code));
  const kelurahan = villages
    .filter((v) => kecamatanCodes.has(v.district_code))
    .map((v) => ({ code: v.code, kecamatanCode: v.district_code, name: v.name }))
    .sort((a, b) => a.code.localeCompare(b.code, 'en'));
  if (kecamatan.length === 0 || kelurahan.length === 0)
    throw new Error(`idn-area-data has no areas for ${BATAM_CODE}; reinstall the package (npm ci) and run again.`);
  return { kecamatan, kelurahan };
}

/** How exports write area names: the official name in upper case ("Batam Kota" → "BATAM KOTA"). */
export function exportAreaName(name: string): string {
  return name.toLocaleUpperCase('id-ID');
}
