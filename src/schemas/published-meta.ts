import { z } from 'zod';
import { IsoDate } from './text.ts';

/** Bumped whenever a published file changes shape; stage 2 refuses files of another version. */
export const SCHEMA_VERSION = 2;

/** Carried by every published JSON file, so a file read on its own still says what it is. */
export const PublishedMeta = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  /** The as-of date of the data (tanggal_data). */
  asOfDate: IsoDate,
  /** True when the numbers are simulated demonstration data, not a real export. */
  synthetic: z.boolean(),
  /** Kemendagri code of the city or regency. */
  regionCode: z.string(),
});
export type PublishedMeta = z.infer<typeof PublishedMeta>;

/**
 * A published count of people (or claims, or rupiah): null when it is hidden to protect individuals,
 * either because it is small or because it would let a small count be worked out by subtraction.
 * When the row's `approximate` lists it, it is the true count plus a little noise (see metadata.json disclosure).
 */
export const ProtectedCount = z.number().int().nonnegative().nullable();
export type ProtectedCount = z.infer<typeof ProtectedCount>;

/** Percent on a 0–100 scale (not 0–1), one decimal; null when its count is hidden or there is no target. */
export const Percent = z.number().nonnegative().nullable();
export type Percent = z.infer<typeof Percent>;


/**
 * The names of a row's fields whose values are approximate: protected by noise or rounding, within
 * metadata.json disclosure.perturbation.maxDeviation of the true count. Empty when every value is exact.
 */
export const Approximate = z.array(z.string());
export type Approximate = z.infer<typeof Approximate>;
