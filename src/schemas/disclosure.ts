import { z } from 'zod';

/**
 * How small counts are protected (program.json `disclosure.method`; data/README.md compares them):
 * - `cell-key`: every count gets a little noise from a public perturbation table, drawn by a key that only the same
 *   people give (the default);
 * - `random-rounding`: every count is rounded to a multiple of 3, up or down at random (Statistics New Zealand);
 * - `suppression`: small counts, and enough others that they cannot be worked out, are hidden;
 * - `fitted-suppression`: the same, with the complement and cross-release rules only where they protect someone;
 * - `optimal-suppression`: fitted suppression whose other hidden cells are chosen by integer programming.
 * The noise methods publish the city's total per category exactly.
 */
export const DISCLOSURE_METHODS = ['cell-key', 'random-rounding', 'suppression', 'fitted-suppression', 'optimal-suppression'] as const;
export const DisclosureMethod = z.enum(DISCLOSURE_METHODS);
export type DisclosureMethod = z.infer<typeof DisclosureMethod>;

/** True for the methods that publish approximate values instead of hiding them. */
export const isNoiseMethod = (method: DisclosureMethod): boolean => method === 'cell-key' || method === 'random-rounding';

/**
 * The public half of a noise method: for each true count, the changes it can get and their probabilities. With it
 * anyone can work out which true counts a published approximate value can stand for; the secret that picks the
 * change for a given group of people is not published.
 */
export const Perturbation = z.object({
  /** |published − true| is at most this for every approximate value. */
  maxDeviation: z.number().int().nonnegative(),
  /** Variance of the change for counts of rows.length − period and more. */
  variance: z.number().nonnegative(),
  /** Rows repeat with this period past the table: 1 for the cell key method, 3 for rounding to base 3. */
  period: z.number().int().positive(),
  /** Rows for true counts 0 … n−1; a count t ≥ n uses the row of n − period + ((t − n) mod period). */
  rows: z.array(
    z.object({
      original: z.number().int().nonnegative(),
      changes: z.array(z.object({ change: z.number().int(), probability: z.number().positive().max(1) })),
    }),
  ),
});
export type Perturbation = z.infer<typeof Perturbation>;

/** The row of the perturbation table that applies to a true count. */
export function perturbationRow(table: Perturbation, original: number): Perturbation['rows'][number] {
  const n = table.rows.length;
  if (original < n) return table.rows[original]!;
  return table.rows[n - table.period + ((original - n) % table.period)]!;
}
