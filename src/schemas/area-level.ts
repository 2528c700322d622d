import { z } from 'zod';

/**
 * The levels areas are published at, coarsest first: the city or regency (kota), its kecamatan, their kelurahan
 * (or desa). Codes are Kemendagri codes (21.71, 21.71.10, 21.71.10.1001), never BPS codes.
 */
const AREA_LEVELS = ['kota', 'kecamatan', 'kelurahan'] as const;
export const AreaLevel = z.enum(AREA_LEVELS);
export type AreaLevel = z.infer<typeof AreaLevel>;

/** True when `level` is finer than `than`: kelurahan is finer than kecamatan, which is finer than kota. */
export function isFiner(level: AreaLevel, than: AreaLevel): boolean {
  return AREA_LEVELS.indexOf(level) > AREA_LEVELS.indexOf(than);
}
