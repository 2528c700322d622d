/**
 * Splits `total` into integers proportional to `weights` (largest-remainder method), so the parts sum to `total` exactly.
 * Each part first gets `minimum`; ties in the remainders go to the earlier index, which keeps the result deterministic.
 */
export function apportion(total: number, weights: readonly number[], minimum = 0): number[] {
  const floor = minimum * weights.length;
  if (!Number.isInteger(total) || total < floor)
    throw new Error(`apportion: cannot give ${weights.length} parts at least ${minimum} each out of ${total}`);
  const sum = weights.reduce((a, w) => a + w, 0);
  if (weights.some((w) => w < 0 || !Number.isFinite(w)) || (sum <= 0 && total > floor))
    throw new Error('apportion: weights must be finite, non-negative and not all zero');
  const rest = total - floor;
  const quotas = weights.map((w) => (sum > 0 ? (rest * w) / sum : 0));
  const parts = quotas.map((q) => minimum + Math.floor(q));
  let left = total - parts.reduce((a, p) => a + p, 0);
  const order = quotas
    .map((q, i) => ({ i, remainder: q - Math.floor(q) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of order) {
    if (left === 0) break;
    parts[i] = (parts[i] ?? 0) + 1;
    left--;
  }
  return parts;
}
