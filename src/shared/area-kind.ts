/**
 * What kind of area a place is, as the official Kemendagri list says: the region is a kota (city) or a
 * kabupaten (regency); its kecamatan hold kelurahan (urban villages, led by a civil-servant lurah) and desa
 * (rural villages, led by an elected kepala desa). The structural levels (kota, kecamatan, kelurahan in
 * src/schemas/area-level.ts) stay the same whatever the kinds: the kelurahan level holds kelurahan and desa alike.
 */
import type { AreaKind, RegionKind } from '../schemas/area-level.ts';

export type { AreaKind, RegionKind };
type VillageKind = Extract<AreaKind, 'kelurahan' | 'desa'>;

/**
 * The region's kind from its official name ("Kota Surabaya", "Kabupaten Bintan", any case); undefined when the
 * name starts with neither word.
 */
export function regionKindOf(officialName: string): RegionKind | undefined {
  const first = officialName.trim().split(/\s+/)[0]?.toLowerCase();
  return first === 'kota' ? 'kota' : first === 'kabupaten' || first === 'kab.' || first === 'kab' ? 'kabupaten' : undefined;
}

/**
 * A village's kind from its Kemendagri code (35.78.01.1001): the serial, the last four digits, starts with 1 for a
 * kelurahan, and with 2 (or 3) for a desa.
 */
export function villageKindOf(code: string): VillageKind {
  return code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}

/**
 * An area's kind from its level and code, for areas published before stage 1 wrote kinds: the region's kind is
 * given (from its name), kecamatan are kecamatan, villages follow their code.
 */
export function areaKindOf(level: 'kota' | 'kecamatan' | 'kelurahan', code: string, regionKind: RegionKind): AreaKind {
  if (level === 'kota') return regionKind;
  if (level === 'kecamatan') return 'kecamatan';
  return villageKindOf(code);
}
