import { knownValues } from './bound-pins.ts';
import { hidingProgram, row, type HidingProgram } from './hiding-program.ts';
import { HidingSolver, type Solver } from './hiding-solver.ts';
import { givenAway, pinCuts } from './pin-cuts.ts';
import type { SdcCell, SdcInput } from './sdc-input.ts';
import { auditDerivable } from './suppress-audit.ts';
import { buildSuppressModel, type SuppressModel } from './suppress-model.ts';
import { mustStayUnknown } from './suppress.ts';

export type { Solver } from './hiding-solver.ts';

export async function loadSolver(): Promise<Solver> {
  return (await import('highs')).default();
}

/**
 * Optimal cell suppression, as τ-ARGUS's optimal method does it, for the audits of this pipeline: every cell to
 * hide (withheld and primary cells, and a secondary pattern of least total `cost`), such that neither the exact
 * audit (suppress.ts) nor the bound check (bound-pins.ts) can work out a cell that must stay unknown
 * (mustStayUnknown, or linked to such a cell).
 *
 * The pattern comes from a 0-1 program (hiding-program.ts), solved with HiGHS, then audited; each cell the audit
 * can still work out adds a cut (pin-cuts.ts) and the program is solved again, until the audit passes. Each
 * round's linear relaxation is solved first: when its optimum is whole, it is the optimum; otherwise the integer
 * program is solved, from the relaxation rounded up, within MIP_SECONDS. Last, hidden cells whose value a reader
 * can work out anyway are published (they protect nobody).
 *
 * Cells that stay given away even with every cell hidden (a structural zero, say) cannot be protected by any
 * pattern: they are hidden and left to the audits to report, as suppress() does.
 */
export function optimalHidden(input: SdcInput, solver: Solver): Set<string> {
  const model = buildSuppressModel(input);
  const cells = new Map(input.cells.map((c) => [c.id, c]));
  const protect = mustProtect(model);
  const everything = new Uint8Array(model.ids.length).fill(1);
  const { derivable, pinned } = givenAway(model, cells, everything, protect);
  for (const c of [...derivable, ...pinned]) protect[c] = false;

  const program = hidingProgram(model, protect);
  const hiding = new HidingSolver(solver, program);
  const stats = { rounds: 0, cuts: 0, solveMs: 0, auditMs: 0 };
  try {
    for (;;) {
      stats.rounds++;
      let t = performance.now();
      const x = hiding.solve();
      stats.solveMs += performance.now() - t;
      const hidden = Uint8Array.from(model.ids, (_, i) => x[program.columnOf[i]!]!);
      t = performance.now();
      const cuts = pinCuts(model, cells, hidden, protect);
      stats.auditMs += performance.now() - t;
      if (cuts.length === 0) {
        if (process.env.ILP_DEBUG) console.error(stats, hiding.stats);
        return publishKnown(model, cells, hidden, protect, program);
      }
      stats.cuts += cuts.length;
      if (process.env.ILP_DEBUG) console.error('round', stats.rounds, 'cuts', cuts.length, 'hidden', hidden.reduce((a, b) => a + b, 0), JSON.stringify(hiding.stats), Math.round(stats.solveMs), Math.round(stats.auditMs));
      hiding.addRows(cuts.map((c) => row(c.published.map((p) => program.columnOf[p]!), c.published.map(() => 1), program.columnOf[c.cell]!)));
    }
  } finally {
    hiding.dispose();
  }
}

/** Cells that must stay unknown: unsafe or withheld and not zero (mustStayUnknown), or linked to such a cell. */
function mustProtect(model: SuppressModel): boolean[] {
  const own = model.cells.map(mustStayUnknown);
  return model.linked.map((group) => group.some((c) => own[c]));
}

/**
 * Publishes hidden cells that protect nobody because a reader works them out anyway (with their whole link group,
 * and never a cell hidden from the start). A cell both audits work out changes neither audit when published; cells
 * only one of them works out are published too when the pattern then still passes both.
 */
function publishKnown(model: SuppressModel, cells: ReadonlyMap<string, SdcCell>, hidden: Uint8Array, protect: readonly boolean[], program: HidingProgram): Set<string> {
  const hiddenIds = new Set(model.ids.filter((_, i) => hidden[i]));
  const byBounds = knownValues(cells, model.equations.map((e) => ({ total: model.ids[e.total]!, parts: e.parts.map((p) => model.ids[p]!) })), hiddenIds).known;
  const byEquations = new Set(auditDerivable(model, hidden));
  const fixed = (c: number) => program.lower[program.columnOf[c]!] === 1;
  const publishable = (known: (c: number) => boolean) => (c: number) => !fixed(c) && model.linked[c]!.every(known);
  const both = model.ids.map((id, c) => hidden[c] === 1 && publishable((m) => byEquations.has(m) && byBounds.has(model.ids[m]!))(c));
  const either = model.ids.map((id, c) => hidden[c] === 1 && publishable((m) => byEquations.has(m) || byBounds.has(model.ids[m]!))(c));
  const without = (drop: boolean[]) => hidden.map((h, c) => (h && !drop[c] ? 1 : 0));
  let best = without(both);
  if (either.some((e, c) => e && !both[c])) {
    const more = without(either);
    const { derivable, pinned } = givenAway(model, cells, more, protect);
    if (derivable.length === 0 && pinned.length === 0) best = more;
  }
  return new Set(model.ids.filter((_, c) => best[c]));
}
