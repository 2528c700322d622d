/**
 * A round step for an axis or a legend: the smallest of `multiples` × 10ⁿ that is not below `rough`, at least 1
 * (counts are whole people) and rounded up to a whole number (2.5 → 3 below 10).
 */
export function niceStep(rough: number, multiples: readonly number[] = [1, 2, 5, 10]): number {
  if (rough <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = multiples.map((m) => m * power).find((s) => s >= rough)!;
  return Number.isInteger(step) ? step : Math.ceil(step);
}
