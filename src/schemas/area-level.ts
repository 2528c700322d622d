import { z } from 'zod';

/**
 * The levels areas are published at, coarsest first: the whole city or regency (level id `kota` for either), its
 * kecamatan, and the village level (level id `kelurahan`, holding kelurahan and desa alike). The level ids are
 * structural and the same for every region; what an area is called comes from its kind (AreaKind). Codes are
 * Kemendagri codes (35.78, 35.78.01, 35.78.01.1001), never BPS codes.
 */
const AREA_LEVELS = ['kota', 'kecamatan', 'kelurahan'] as const;
export const AreaLevel = z.enum(AREA_LEVELS);
export type AreaLevel = z.infer<typeof AreaLevel>;

/** True when `level` is finer than `than`: kelurahan is finer than kecamatan, which is finer than kota. */
export function isFiner(level: AreaLevel, than: AreaLevel): boolean {
  return AREA_LEVELS.indexOf(level) > AREA_LEVELS.indexOf(than);
}

/**
 * What an area is officially: kota or kabupaten (the region), kecamatan, kelurahan or desa; the rules that tell them
 * apart are in src/shared/area-kind.ts.
 */
export const AreaKind = z.enum(['kota', 'kabupaten', 'kecamatan', 'kelurahan', 'desa']);
export type AreaKind = z.infer<typeof AreaKind>;

/** The region's kind: a kota (city) or a kabupaten (regency). */
export const RegionKind = z.enum(['kota', 'kabupaten']);
export type RegionKind = z.infer<typeof RegionKind>;
