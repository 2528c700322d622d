/** A ring of points in tenths of a map unit (integers), open: the closing point is implied. */
export type TenthsRing = Array<[number, number]>;

/**
 * SVG path data for rings already rounded to tenths: the first point absolute, every other point relative to
 * the one before ("l1.2-.4"), numbers without leading zeros or needless separators. About 40% shorter than
 * d3's absolute "L123.4,56.7" and drawn the same, since relative steps between rounded points add up exactly.
 */
export function compactPath(rings: TenthsRing[]): string {
  let out = '';
  let start: [number, number] = [0, 0];
  for (const ring of rings) {
    if (ring.length < 3) continue;
    const [x0, y0] = ring[0]!;
    // After "z" the pen is back at the previous ring's start, so each ring but the first moves relative to that.
    out += out === '' ? `M${numbers([x0, y0])}` : `m${numbers([x0 - start[0], y0 - start[1]])}`;
    const steps: number[] = [];
    for (let i = 1; i < ring.length; i++) steps.push(ring[i]![0] - ring[i - 1]![0], ring[i]![1] - ring[i - 1]![1]);
    out += `l${numbers(steps)}z`;
    start = [x0, y0];
  }
  return out;
}

/** Rounds a projected ring to tenths and drops repeated points (GeoJSON's closing point among them). */
export function toTenths(ring: Array<[number, number]>): TenthsRing {
  const out: TenthsRing = [];
  for (const [x, y] of ring) {
    const p: [number, number] = [Math.round(x * 10), Math.round(y * 10)];
    const last = out[out.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) out.push(p);
  }
  const first = out[0];
  const last = out[out.length - 1];
  if (out.length > 1 && first![0] === last![0] && first![1] === last![1]) out.pop();
  return out;
}

/** Signed shoelace area of a ring, in the ring's units squared. */
export function ringArea(ring: ReadonlyArray<readonly [number, number]>): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j]![0] + ring[i]![0]) * (ring[j]![1] - ring[i]![1]);
  return sum / 2;
}

/** Tenths as SVG numbers (12 → "1.2", -4 → "-.4"), joined with a space only where the grammar needs one. */
function numbers(tenths: number[]): string {
  let out = '';
  let previous = '';
  for (const n of tenths) {
    const abs = (Math.abs(n) / 10).toString();
    const s = (n < 0 ? '-' : '') + (abs.startsWith('0.') ? abs.slice(1) : abs);
    // "-" always starts a new number; so does a second "." (".5.3" reads as .5 and .3).
    const joins = previous !== '' && !s.startsWith('-') && !(s.startsWith('.') && previous.includes('.'));
    out += (joins ? ' ' : '') + s;
    previous = s;
  }
  return out;
}
