import type { CellVariable, LinearSystem } from './linear-system.ts';

const EPS = 1e-7;
/** Bound propagation can creep by one unit at a time around a cycle of equations; it stops after this many passes per constraint. */
const VISITS_PER_CONSTRAINT = 200;

/** The lowest allowed value ≥ lo and the highest ≤ hi; lo > hi when none is left. */
function snap(v: CellVariable, lo: number, hi: number): [number, number] {
  if (v.integer) [lo, hi] = [Math.ceil(lo - EPS), Math.floor(hi + EPS)];
  if (!v.allowed) return [lo, hi];
  const inside = v.allowed.filter((t) => t >= lo && t <= hi);
  return inside.length ? [inside[0]!, inside[inside.length - 1]!] : [1, 0];
}

/** Narrows the variable to [lo, hi] (snapped); true when a bound moved. */
export function tighten(system: LinearSystem, index: number, lo: number, hi: number): boolean {
  const v = system.variables[index]!;
  const [newLo, newHi] = snap(v, Math.max(lo, v.lo), Math.min(hi, v.hi));
  const scale = EPS * (1 + Math.abs(newLo) + Math.abs(newHi));
  if (newLo > newHi + scale) {
    system.conflicts.push(`${v.id}: the published values and the table's equations leave it no value (${newLo} > ${newHi})`);
    return false;
  }
  const moved = newLo > v.lo + scale || newHi < v.hi - scale;
  v.lo = Math.min(newLo, newHi);
  v.hi = Math.max(newLo, newHi);
  if (v.allowed) v.allowed = v.allowed.filter((t) => t >= v.lo && t <= v.hi);
  return moved;
}

/**
 * Interval propagation to a fixpoint: each constraint lo ≤ Σ a·x ≤ hi bounds every one of its variables by what
 * the others can contribute. Cheap, and it fixes most variables before any linear program is needed.
 */
export function propagate(system: LinearSystem): void {
  const { variables, constraints } = system;
  const containing: number[][] = variables.map(() => []);
  constraints.forEach((c, ci) => c.vars.forEach((v) => containing[v]!.push(ci)));
  const queued = new Uint8Array(constraints.length).fill(1);
  const queue = constraints.map((_, ci) => ci);
  const budget = VISITS_PER_CONSTRAINT * constraints.length;
  for (let head = 0; head < queue.length && head < budget && system.conflicts.length === 0; head++) {
    const ci = queue[head]!;
    queued[ci] = 0;
    const c = constraints[ci]!;
    // Activity bounds, keeping infinite contributions apart so each variable can leave its own out.
    let minSum = 0, maxSum = 0, minInf = 0, maxInf = 0;
    const contrib = c.vars.map((vi, k) => {
      const v = variables[vi]!;
      const a = c.coefs[k]!;
      const lo = a > 0 ? a * v.lo : a * v.hi;
      const hi = a > 0 ? a * v.hi : a * v.lo;
      if (lo === -Infinity) minInf++; else minSum += lo;
      if (hi === Infinity) maxInf++; else maxSum += hi;
      return [lo, hi] as const;
    });
    c.vars.forEach((vi, k) => {
      const [lo, hi] = contrib[k]!;
      const restMin = minInf - (lo === -Infinity ? 1 : 0) > 0 ? -Infinity : minSum - (lo === -Infinity ? 0 : lo);
      const restMax = maxInf - (hi === Infinity ? 1 : 0) > 0 ? Infinity : maxSum - (hi === Infinity ? 0 : hi);
      const a = c.coefs[k]!;
      // a·x ∈ [c.lo − restMax, c.hi − restMin]
      const low = c.lo - restMax;
      const high = c.hi - restMin;
      const [xLo, xHi] = a > 0 ? [low / a, high / a] : [high / a, low / a];
      if (tighten(system, vi, Number.isNaN(xLo) ? -Infinity : xLo, Number.isNaN(xHi) ? Infinity : xHi))
        for (const other of containing[vi]!) if (!queued[other]) { queued[other] = 1; queue.push(other); }
    });
  }
}
