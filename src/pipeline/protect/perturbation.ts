import { type Perturbation, perturbationRow } from '../../schemas/disclosure.ts';

/**
 * The cell key method's perturbation table (designed for this project; see data/README.md). A true 0 stays 0; a
 * count of 1 or more never becomes 0 or less, and never moves by more than 2. From 3 up the change is −2, −1, 0,
 * +1 or +2 with probabilities 0.1, 0.2, 0.4, 0.2, 0.1: no bias, variance 1.2. Counts of 1 and 2 can only move up
 * (1) or by at most −1 (2), so on average they are published a little high (by 0.55 and 0.25). Every published
 * value from 1 up can come from at least three different true counts, so no published value gives its count away.
 */
export const CELL_KEY_TABLE: Perturbation = {
  maxDeviation: 2,
  variance: 1.2,
  period: 1,
  rows: [
    { original: 0, changes: [{ change: 0, probability: 1 }] },
    { original: 1, changes: [{ change: 0, probability: 0.6 }, { change: 1, probability: 0.25 }, { change: 2, probability: 0.15 }] },
    { original: 2, changes: [{ change: -1, probability: 0.25 }, { change: 0, probability: 0.4 }, { change: 1, probability: 0.2 }, { change: 2, probability: 0.15 }] },
    {
      original: 3,
      changes: [
        { change: -2, probability: 0.1 }, { change: -1, probability: 0.2 }, { change: 0, probability: 0.4 },
        { change: 1, probability: 0.2 }, { change: 2, probability: 0.1 },
      ],
    },
  ],
};

/**
 * Random rounding to base 3 (Statistics New Zealand's RR3): a multiple of 3 stays; otherwise the count goes to the
 * multiple of 3 below or above, the nearer one with probability 2/3, so on average it is unchanged. The variance
 * is 2 for counts that are not multiples of 3 (4/3 on average).
 */
export const RANDOM_ROUNDING_TABLE: Perturbation = {
  maxDeviation: 2,
  variance: 4 / 3,
  period: 3,
  rows: [
    { original: 0, changes: [{ change: 0, probability: 1 }] },
    { original: 1, changes: [{ change: -1, probability: 2 / 3 }, { change: 2, probability: 1 / 3 }] },
    { original: 2, changes: [{ change: -2, probability: 1 / 3 }, { change: 1, probability: 2 / 3 }] },
  ],
};

/**
 * The published value of a true count with a cell key (a whole number below 2^32, read as a fraction of 2^32): the
 * change whose share of the cumulative probabilities holds the key. The same count and key always give the same value.
 */
export function perturb(table: Perturbation, original: number, key: number): number {
  const u = key / 2 ** 32;
  const { changes } = perturbationRow(table, original);
  let cumulative = 0;
  for (const { change, probability } of changes) {
    cumulative += probability;
    if (u < cumulative) return original + change;
  }
  return original + changes.at(-1)!.change;
}

/**
 * The true counts a published approximate value can stand for, as [lowest, highest]: every count from which the
 * table can reach `published`, and, where the value was capped at its target, every count at most the target that
 * the table could have pushed above it.
 */
export function originalsOf(table: Perturbation, published: number, cappedAt?: number): [number, number] {
  let lo = Infinity;
  let hi = -Infinity;
  for (let t = Math.max(0, published - table.maxDeviation); t <= published + table.maxDeviation; t++) {
    const changes = perturbationRow(table, t).changes.map((c) => c.change);
    const reaches = changes.includes(published - t) || (cappedAt === published && t <= cappedAt && changes.some((c) => t + c > cappedAt));
    if (reaches) [lo, hi] = [Math.min(lo, t), Math.max(hi, t)];
  }
  return [lo, hi];
}
