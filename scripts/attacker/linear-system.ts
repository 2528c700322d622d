/**
 * What the attacker knows about the true values of one as-of date, as linear algebra: one variable per published
 * cell (shared by every release of that date), its bounds, and the equations the table structure gives.
 */
export interface CellVariable {
  /** file/key…/field, e.g. enrollment/21.71.01/ketua-rt or status/21.71/nonActive. */
  id: string;
  lo: number;
  hi: number;
  /** Sorted true values the approximate values seen allow (their intersection); null when any value in [lo, hi] may be. */
  allowed: number[] | null;
  integer: boolean;
  /** Counts from 1 to threshold−1 must not be learnable; null for what is not a count of people (rupiah). */
  threshold: number | null;
  /** The target, for a category whose complement (target − count) must not be learnable either. */
  complementTarget: number | null;
  /** True when one published value pins it by itself: an exact one, or an approximate one that only one true count can give. */
  pinnedAlone: boolean;
}

/** lo ≤ Σ coefs[i] · x[vars[i]] ≤ hi. */
export interface Constraint {
  vars: number[];
  coefs: number[];
  lo: number;
  hi: number;
}

export interface LinearSystem {
  variables: CellVariable[];
  byId: Map<string, number>;
  constraints: Constraint[];
  constraintKeys: Set<string>;
  /** Published facts that contradict each other or the method's rules; the attacker's results are void then. */
  conflicts: string[];
}

export const emptySystem = (): LinearSystem => ({ variables: [], byId: new Map(), constraints: [], constraintKeys: new Set(), conflicts: [] });

export interface VariableKind {
  threshold: number | null;
  integer?: boolean;
  complementTarget?: number | null;
}

/** The variable of a cell, created (0 ≤ x < ∞: nothing known but that counts are not negative) on first use. */
export function variable(system: LinearSystem, id: string, kind: VariableKind): number {
  const known = system.byId.get(id);
  if (known !== undefined) {
    const v = system.variables[known]!;
    if (kind.complementTarget != null) v.complementTarget = kind.complementTarget;
    return known;
  }
  system.variables.push({
    id, lo: 0, hi: Infinity, allowed: null, integer: kind.integer ?? true, threshold: kind.threshold,
    complementTarget: kind.complementTarget ?? null, pinnedAlone: false,
  });
  system.byId.set(id, system.variables.length - 1);
  return system.variables.length - 1;
}

function indexOf(system: LinearSystem, id: string): number {
  const i = system.byId.get(id);
  if (i === undefined) throw new Error(`attacker: cell ${id} is used in an equation before it is declared`);
  return i;
}

/** lo ≤ Σ coef · cell ≤ hi over declared cells; the same constraint from another release of the date is kept once. */
export function addConstraint(system: LinearSystem, terms: readonly (readonly [string, number])[], lo: number, hi: number): void {
  const merged = new Map<number, number>();
  for (const [id, coef] of terms) {
    const i = indexOf(system, id);
    merged.set(i, (merged.get(i) ?? 0) + coef);
  }
  const entries = [...merged].filter(([, c]) => c !== 0).sort((a, b) => a[0] - b[0]);
  if (entries.length === 0) return;
  const key = `${entries.map(([i, c]) => `${i}:${c}`).join(' ')} in ${lo}..${hi}`;
  if (system.constraintKeys.has(key)) return;
  system.constraintKeys.add(key);
  system.constraints.push({ vars: entries.map(([i]) => i), coefs: entries.map(([, c]) => c), lo, hi });
}

/** Narrows a variable to [lo, hi] and, when given, to the listed values; records a conflict when nothing is left. */
export function restrict(system: LinearSystem, index: number, lo: number, hi: number, allowed?: readonly number[]): void {
  const v = system.variables[index]!;
  if (allowed) v.allowed = v.allowed === null ? [...allowed] : v.allowed.filter((t) => allowed.includes(t));
  v.lo = Math.max(v.lo, lo);
  v.hi = Math.min(v.hi, hi);
  if (v.allowed) {
    v.allowed = v.allowed.filter((t) => t >= v.lo && t <= v.hi);
    if (v.allowed.length > 0) {
      v.lo = v.allowed[0]!;
      v.hi = v.allowed[v.allowed.length - 1]!;
    }
  }
  if (v.lo > v.hi || v.allowed?.length === 0) system.conflicts.push(`${v.id}: no true value fits every published value`);
}
