import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { regionKindOf, type RegionKind } from '../../shared/area-kind.ts';

/** Codes are Kemendagri codes ("21.71.10"), not BPS codes; names as the official list writes them. */
interface Kecamatan {
  code: string;
  name: string;
}
export interface Kelurahan {
  code: string;
  name: string;
  kecamatanCode: string;
}
/** The official kecamatan and kelurahan/desa of one regency or city ("35.78" = Kota Surabaya), sorted by code. */
export interface RegionIndex {
  regionCode: string;
  /** The official name: "Kota Surabaya", "Kabupaten Bintan". */
  regionName: string;
  /** Kota or kabupaten, from the official name. */
  regionKind: RegionKind;
  kecamatan: Kecamatan[];
  kelurahan: Kelurahan[];
}

/** Columns of the package's CSV files; each file has code and name plus its parent's code. */
interface OfficialRow { code: string; name: string; regency_code: string; district_code: string }

/**
 * Rows of one of idn-area-data's official CSV files (Kemendagri codes and names) whose code starts with
 * `prefix`. The package's own getters parse every row of the country; this reads the same files.
 */
async function officialRows(file: string, prefix: string): Promise<OfficialRow[]> {
  const text = await readFile(new URL(import.meta.resolve(`idn-area-data/data/${file}`)), 'utf8');
  const lines = text.split(/\r?\n/);
  const header = lines[0]!;
  const rows = lines.filter((line) => line.startsWith(prefix));
  return parse([header, ...rows].join('\n'), { columns: true }) as OfficialRow[];
}

const byCode = (a: { code: string }, b: { code: string }) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** The official kecamatan and kelurahan/desa of a regency or city, sorted by code. */
export async function loadRegionIndex(regionCode: string): Promise<RegionIndex> {
  if (!/^\d{2}\.\d{2}$/.test(regionCode)) {
    throw new Error(
      `region code "${regionCode}" is not a Kemendagri regency/city code; write it as two digits, a dot and two digits, e.g. "35.78" for Kota Surabaya or "21.01" for Kabupaten Bintan`,
    );
  }
  // Only this region's rows are parsed: the whole country's 83,000 villages would cost ~40 MB for nothing.
  const [regencies, districts, villages] = await Promise.all([
    officialRows('regencies.csv', regionCode),
    officialRows('districts.csv', `${regionCode}.`),
    officialRows('villages.csv', `${regionCode}.`),
  ]);
  const regency = regencies.find((row) => row.code === regionCode);
  if (regency === undefined) {
    throw new Error(
      `unknown region code "${regionCode}": the official Kemendagri list (idn-area-data) has no regency or city with this code; check the code, e.g. "35.78" for Kota Surabaya or "21.01" for Kabupaten Bintan`,
    );
  }
  const kecamatan = districts
    .filter((row) => row.regency_code === regionCode)
    .map((row) => ({ code: row.code, name: row.name }))
    .sort(byCode);
  if (kecamatan.length === 0) {
    throw new Error(
      `region ${regionCode} (${regency.name}) has no kecamatan in the official Kemendagri list (idn-area-data); use the code of a regency or city that has`,
    );
  }
  const kecamatanCodes = new Set(kecamatan.map((row) => row.code));
  const kelurahan = villages
    .filter((row) => kecamatanCodes.has(row.district_code))
    .map((row) => ({ code: row.code, name: row.name, kecamatanCode: row.district_code }))
    .sort(byCode);
  const regionKind = regionKindOf(regency.name);
  if (regionKind === undefined) {
    throw new Error(`region ${regionCode} is officially named "${regency.name}", neither "Kota …" nor "Kabupaten …"; the official list (idn-area-data) has changed its naming`);
  }
  return { regionCode, regionName: regency.name, regionKind, kecamatan, kelurahan };
}


/** A province's official regencies and their kecamatan (Kemendagri), to tell a region's places from its neighbours'. */
export interface ProvinceAreas {
  provinceCode: string;
  provinceName: string;
  regencies: { code: string; name: string }[];
  kecamatan: { code: string; name: string; regencyCode: string }[];
}

/** The official regencies and kecamatan of the province of `regionCode` ("21.71" → province 21), sorted by code. */
export async function loadProvinceAreas(regionCode: string): Promise<ProvinceAreas> {
  const provinceCode = regionCode.slice(0, 2);
  const [provinces, regencies, districts] = await Promise.all([
    officialRows('provinces.csv', provinceCode),
    officialRows('regencies.csv', `${provinceCode}.`),
    officialRows('districts.csv', `${provinceCode}.`),
  ]);
  return {
    provinceCode,
    provinceName: provinces.find((p) => p.code === provinceCode)?.name ?? '',
    regencies: regencies.map((r) => ({ code: r.code, name: r.name })).sort(byCode),
    kecamatan: districts.map((d) => ({ code: d.code, name: d.name, regencyCode: d.regency_code })).sort(byCode),
  };
}
