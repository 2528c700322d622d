import type { ProvinceAreas } from '../load/official-areas.ts';
import { gid2Of, type GadmProperties } from '../load/gadm-file.ts';
import { exactKey, looseKey } from './name-match.ts';

/** A GADM regency as gadm-index.json lists it: GID_2 and its province, name and type ("Kabupaten", "Kota", "NA", "WaterBody"). */
export interface GadmRegency { gid2: string; province: string; name: string; type: string }

/**
 * Official provinces whose GADM 4.1 province is not found by name: GADM predates Kalimantan Utara's separate
 * listing in some of its files and the four Papua provinces made in 2022, and names three provinces differently.
 * Kemendagri province code → GADM NAME_1 values to search, nearest first.
 */
const GADM_PROVINCES: Record<string, string[]> = {
  '19': ['BangkaBelitung'],
  '31': ['JakartaRaya'],
  '34': ['Yogyakarta'],
  '64': ['KalimantanTimur', 'KalimantanUtara'],
  '65': ['KalimantanUtara', 'KalimantanTimur'],
  '91': ['Papua'],
  '92': ['PapuaBarat'],
  '93': ['Papua'],
  '94': ['Papua'],
  '95': ['Papua'],
  '96': ['PapuaBarat'],
};

/** The GADM provinces (NAME_1) an official province's areas lie in. */
export function gadmProvinces(provinceCode: string, provinceName: string, all: readonly GadmRegency[]): string[] {
  const listed = GADM_PROVINCES[provinceCode];
  if (listed) return listed;
  const key = exactKey(provinceName);
  return [...new Set(all.map((r) => r.province))].filter((p) => exactKey(p) === key);
}

/** "Kabupaten Aceh Barat" → kabupaten, acehbarat; GADM "KotaBekasi" (type Kota) → kota, bekasi. */
function regencyKey(name: string, type?: string): { kind: string; key: string } {
  const m = /^(kabupaten|kab\.?|kota)\s*(.*)$/i.exec(name.replace(/^(Kota|Kabupaten)(?=[A-Z])/, '$1 '));
  const kind = m ? (m[1]!.toLowerCase() === 'kota' ? 'kota' : 'kabupaten') : type === 'Kota' ? 'kota' : type === 'Kabupaten' ? 'kabupaten' : '';
  // Jakarta's are "Kota Administrasi Jakarta Pusat", "Kabupaten Administrasi Kepulauan Seribu".
  return { kind, key: looseKey((m ? m[2]! : name).replace(/^Administrasi\s+/i, '')) };
}

export interface RegencySources {
  /** GADM regencies (GID_2) whose kecamatan and villages the region's are looked for in. */
  gid2s: string[];
  /** The GADM regency found by the region's name, if any (else the region is newer than GADM, or renamed). */
  named: string | null;
}

/**
 * The BPS↔Kemendagri crosswalk for one official regency, made from names rather than codes (GADM carries BPS codes,
 * which differ: BPS 2101 is Karimun, Kemendagri 21.01 Bintan; Aceh's are shifted by one; Papua's differ). A GADM
 * regency of the same kind and name in the same province is the region's, if it shares a kecamatan name with it.
 * Otherwise (a regency split off after GADM, or renamed like Toba Samosir → Toba) its kecamatan are looked for in
 * the GADM regencies that hold at least two of its kecamatan names and a fifth of them.
 */
export function regencySources(regionCode: string, province: ProvinceAreas, inProvince: readonly GadmRegency[], gadmKecamatan: readonly GadmProperties[]): RegencySources {
  const region = province.regencies.find((r) => r.code === regionCode);
  const candidates = inProvince.filter((g) => g.type !== 'WaterBody');
  const own = new Set(province.kecamatan.filter((k) => k.regencyCode === regionCode).map((k) => looseKey(k.name)));
  const overlap = new Map(candidates.map((g) => [g.gid2, new Set<string>()]));
  for (const k of gadmKecamatan) {
    const key = looseKey(k.NAME_3 ?? '');
    if (own.has(key)) overlap.get(gid2Of(k))?.add(key);
  }
  const shared = (g: GadmRegency) => overlap.get(g.gid2)?.size ?? 0;
  const wanted = region === undefined ? null : regencyKey(region.name);
  const named = candidates
    .filter((g) => {
      const theirs = regencyKey(g.name, g.type);
      return wanted !== null && theirs.key === wanted.key && (theirs.kind === '' || theirs.kind === wanted.kind);
    })
    .filter((g) => own.size === 0 || shared(g) > 0)
    .sort((a, b) => shared(b) - shared(a))[0];
  const enough = Math.max(2, Math.ceil(own.size / 5));
  const others = candidates.filter((g) => g !== named && shared(g) >= (named ? Math.max(2, Math.ceil(own.size / 2)) : enough)).map((g) => g.gid2);
  return { gid2s: [...(named ? [named.gid2] : []), ...others], named: named?.gid2 ?? null };
}
