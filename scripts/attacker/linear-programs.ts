import loadHighs from 'highs';
import { components, isFixed, type Component } from './components.ts';
import type { LinearSystem } from './linear-system.ts';
import { tighten } from './propagate.ts';
import { couldBeSmall } from './small-values.ts';

type Highs = Awaited<ReturnType<typeof loadHighs>>;
type Model = ReturnType<Highs['createModel']>;

let solver: Promise<Highs> | undefined;
const highs = () => (solver ??= loadHighs());

const EPS = 1e-6;

export interface LinearProgramStats {
  /** Cells whose bounds still allowed a small value after propagation. */
  candidates: number;
  /** Linear programs solved (a minimum or a maximum each). */
  solved: number;
}

/** The component as one HiGHS model: its variables as columns, fixed variables moved into the row bounds. */
function modelOf(h: Highs, system: LinearSystem, part: Component): Model {
  const column = new Map(part.vars.map((v, j) => [v, j]));
  const starts = [0], indices: number[] = [], values: number[] = [], rowLower: number[] = [], rowUpper: number[] = [];
  for (const c of part.constraints) {
    let constant = 0;
    c.vars.forEach((v, k) => {
      const j = column.get(v);
      if (j === undefined) constant += c.coefs[k]! * system.variables[v]!.lo;
      else { indices.push(j); values.push(c.coefs[k]!); }
    });
    starts.push(indices.length);
    rowLower.push(Math.max(c.lo - constant, -h.infinity));
    rowUpper.push(Math.min(c.hi - constant, h.infinity));
  }
  const cols = part.vars.map((v) => system.variables[v]!);
  const model = h.createModel({
    numCols: cols.length, numRows: part.constraints.length,
    colCost: cols.map(() => 0),
    colLower: cols.map((v) => Math.max(v.lo, -h.infinity)),
    colUpper: cols.map((v) => Math.min(v.hi, h.infinity)),
    rowLower, rowUpper,
    matrix: { format: 'csr', numRows: part.constraints.length, numCols: cols.length, starts, indices, values },
  });
  model.options.set({ output_flag: false, presolve: 'off' });
  return model;
}

/** How many allowed whole values lie in [lo, hi]. */
function valuesWithin(system: LinearSystem, i: number, lo: number, hi: number): number {
  const v = system.variables[i]!;
  const [from, to] = [Math.ceil(lo - EPS), Math.floor(hi + EPS)];
  if (v.allowed) return v.allowed.filter((t) => t >= from && t <= to).length;
  return Math.max(0, to - from + 1);
}

/**
 * For every cell that could still be small, its least and greatest value over the linear relaxation (HiGHS
 * simplex, warm-started within each component). The integer bounds ⌈min⌉ and ⌊max⌋ are then kept as the cell's
 * bounds, which later programs of the component also use. Every solution seen is a feasible point: a cell that
 * has already taken two allowed whole values in them cannot be pinned, and is skipped.
 */
export async function narrowWithLinearPrograms(system: LinearSystem): Promise<LinearProgramStats> {
  const stats: LinearProgramStats = { candidates: 0, solved: 0 };
  const parts = components(system, (i) => couldBeSmall(system.variables[i]!));
  if (parts.length === 0) return stats;
  const h = await highs();
  const { minimize, maximize } = h.constants.objectiveSense;
  const { optimal, infeasible } = h.constants.modelStatus;
  for (const part of parts) {
    const model = modelOf(h, system, part);
    try {
      const seenLo = part.vars.map(() => Infinity);
      const seenHi = part.vars.map(() => -Infinity);
      const resetSeen = () => { seenLo.fill(Infinity); seenHi.fill(-Infinity); };
      /** The objective's optimum; ±∞ when unbounded or undecided, NaN when no table fits at all. */
      const solve = (j: number, sense: typeof minimize): number => {
        model.changeObjectiveSense(sense);
        const status = model.run().modelStatus;
        stats.solved++;
        if (status === infeasible) {
          system.conflicts.push(`${system.variables[part.vars[j]!]!.id}: no table fits every published value (the linear program is infeasible)`);
          return NaN;
        }
        // Unbounded (counts are ≥ 0, so only a maximum can be), or any other end (a limit, a numerical failure),
        // which proves nothing: the bound stays as it was.
        if (status !== optimal) return sense === maximize ? Infinity : -Infinity;
        model.getSolution().colValue.forEach((x, c) => {
          if (x < seenLo[c]!) seenLo[c] = x;
          if (x > seenHi[c]!) seenHi[c] = x;
        });
        return model.getObjectiveValue();
      };
      for (const [j, i] of part.vars.entries()) {
        const v = system.variables[i]!;
        if (!couldBeSmall(v) || isFixed(system, i)) continue;
        stats.candidates++;
        if (valuesWithin(system, i, seenLo[j]!, seenHi[j]!) >= 2) continue;
        model.changeColCost(j, 1);
        const lo = solve(j, minimize);
        const hi = couldBeSmall(v, Math.ceil(lo - EPS), v.hi) ? solve(j, maximize) : v.hi;
        model.changeColCost(j, 0);
        if (Number.isNaN(lo) || Number.isNaN(hi)) return stats;
        tighten(system, i, lo, hi);
        model.changeColBounds(j, v.lo, Math.min(v.hi, h.infinity));
        // Rounding a fractional end (or skipping values the noise cannot give) cuts off points seen so far.
        if (v.lo > lo + EPS || v.hi < hi - EPS) resetSeen();
      }
    } finally {
      model.dispose();
    }
  }
  return stats;
}
