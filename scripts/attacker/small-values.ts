import type { CellVariable } from './linear-system.ts';

const overlaps = (lo: number, hi: number, from: number, to: number) => from <= to && lo <= to && hi >= from;

/** Whether a count in [lo, hi] could still be learned as 1…threshold−1, or its complement (target − count) could. */
export function couldBeSmall(v: CellVariable, lo = v.lo, hi = v.hi): boolean {
  if (v.threshold === null || !v.integer) return false;
  if (overlaps(lo, hi, 1, v.threshold - 1)) return true;
  const t = v.complementTarget;
  return t !== null && overlaps(lo, hi, t - v.threshold + 1, t - 1);
}

/** What is learned about a pinned count (lo = hi): itself, when 1…threshold−1, and its complement likewise. */
export function smallValuesOf(v: CellVariable): { value: number; complement: boolean }[] {
  if (v.threshold === null || v.lo !== v.hi) return [];
  const out: { value: number; complement: boolean }[] = [];
  if (v.lo >= 1 && v.lo < v.threshold) out.push({ value: v.lo, complement: false });
  const t = v.complementTarget;
  if (t !== null && t - v.lo >= 1 && t - v.lo < v.threshold) out.push({ value: t - v.lo, complement: true });
  return out;
}
