import type { PerturbationTable } from './read-release.ts';

/** The row of the perturbation table for a true count (rows for 0…n−1; past them the last `period` rows repeat). */
function rowFor(table: PerturbationTable, original: number): PerturbationTable['rows'][number] {
  const n = table.rows.length;
  const index = original < n ? original : n - table.period + ((original - n) % table.period);
  const row = table.rows[index];
  if (!row) throw new Error(`perturbation table: no row for original ${original} (${n} rows, period ${table.period})`);
  return row;
}

/**
 * Whether a true count `t` can be published as the approximate value `p`: the table's own changes (which say whether
 * a count can fall to 0: never under the cell key method's table, sometimes under rounding to base 3), and the one
 * published rule that moves a value (metadata.json disclosure): a true count at or under its target is never shown
 * above the target. The method may get there by clamping or by drawing again, so both are allowed: a pin that rests
 * on these sets never assumes more than was published.
 */
function canPublish(table: PerturbationTable, t: number, p: number, target: number | null): boolean {
  const capped = target !== null && t <= target;
  if (capped && p > target) return false;
  for (const { change, probability } of rowFor(table, t).changes) {
    if (probability <= 0) continue;
    const q = t + change;
    if (q === p || (capped && q > target && p === target)) return true;
  }
  return false;
}

/**
 * Every true count that can be published as `published` under the table: a sorted list, never empty for a
 * value the method really produced (an empty list means the file and the table disagree).
 */
export function originalsOf(table: PerturbationTable, published: number, target: number | null): number[] {
  const out: number[] = [];
  const from = Math.max(0, published - table.maxDeviation);
  for (let t = from; t <= published + table.maxDeviation; t++) if (canPublish(table, t, published, target)) out.push(t);
  return out;
}
