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
 * hide (withheld and unsafe cells, and a secondary pattern of least total `cost`), such that neither the exact
 * audit (suppress.ts) nor the bound check (bound-pins.ts) can work out a cell that must stay unknown
 * (mustStayUnknown, or linked to such a cell). Same contract as chooseHidden.
 *
 * The pattern comes from a 0-1 program (hiding-program.ts) solved with HiGHS (hiding-solver.ts), then audited;
 * each cell the audits still work out adds a cut (pin-cuts.ts), and the program is solved again until the audits
 * pass. After MAX_ROUNDS the last pattern is completed greedily instead. Last, hidden cells whose value a reader
 * works out anyway are published: they protect nobody.
 *
 * Cells given away even with every cell hidden (a zero the sums fix on their own, say) cannot be protected by
 * any pattern: they are hidden and left for the audits to report, as suppress() does.
 */
export function optimalHidden(input: SdcInput, solver: Solver): Set<string> {
  const model = buildSuppressModel(input);
  if (model.ids.length === 0) return new Set();
  const cells = new Map(input.cells.map((c) => [c.id, c]));
  const own = model.cells.map(mustStayUnknown);
  const hide = model.linked.map((group) => group.some((c) => own[c] || model.cells[c]!.withheld === true));
  const protect = model.linked.map((group) => group.some((c) => own[c]));
  const everything = new Uint8Array(model.ids.length).fill(1);
  const { derivable, pinned } = givenAway(model, cells, everything, protect);
  for (const c of [...derivable, ...pinned]) protect[c] = false;

  const program = hidingProgram(model, hide, protect);
  const hiding = new HidingSolver(solver, program);
  let hidden: Uint8Array;
  try {
    for (let round = 1; ; round++) {
      const x = hiding.solve();
      hidden = Uint8Array.from(model.ids, (_, i) => x[program.columnOf[i]!]!);
      const cuts = pinCuts(model, cells, hidden, protect).filter((c) => c.published.length > 0);
      if (cuts.length === 0) return publishKnown(model, cells, hidden, protect, program);
      if (round === MAX_ROUNDS) break;
      hiding.addRows(cuts.map((c) => row(c.published.map((p) => program.columnOf[p]!), c.published.map(() => 1), program.columnOf[c.cell]!)));
    }
  } finally {
    hiding.dispose();
  }
  // Not settled within MAX_ROUNDS: from the last pattern, hide the cheapest cell of each cut until none is left.
  const open = () => pinCuts(model, cells, hidden, protect).filter((c) => c.published.length > 0);
  for (let cuts = open(); cuts.length > 0; cuts = open()) {
    for (const cut of cuts) for (const c of model.linked[cheapest(model, cut.published)]!) hidden[c] = 1;
  }
  return publishKnown(model, cells, hidden, protect, program);
}

/**
 * Rounds of solving and auditing before the pattern is completed greedily instead. On the demo's tables the
 * program settles in one or two rounds; tables where many small counts sit beside public targets can take dozens,
 * each a harder integer program.
 */
const MAX_ROUNDS = 10;

/** The published cell to hide when completing a pattern greedily: not `keep`, lowest cost, not a zero, smallest value. */
function cheapest(model: SuppressModel, published: readonly number[]): number {
  const key = (c: number) => {
    const cell = model.cells[c]!;
    return [cell.keep ? 1 : 0, cell.cost ?? 0, cell.value === 0 ? 1 : 0, cell.value, c];
  };
  return published.reduce((best, c) => {
    const [a, b] = [key(c), key(best)];
    for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]! ? c : best;
    return best;
  });
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
  const both = model.ids.map((_, c) => hidden[c] === 1 && publishable((m) => byEquations.has(m) && byBounds.has(model.ids[m]!))(c));
  const either = model.ids.map((_, c) => hidden[c] === 1 && publishable((m) => byEquations.has(m) || byBounds.has(model.ids[m]!))(c));
  const without = (drop: boolean[]) => hidden.map((h, c) => (h && !drop[c] ? 1 : 0));
  let best = without(both);
  if (either.some((e, c) => e && !both[c])) {
    const more = without(either);
    const { derivable, pinned } = givenAway(model, cells, more, protect);
    if (derivable.length === 0 && pinned.length === 0) best = more;
  }
  return new Set(model.ids.filter((_, c) => best[c]));
}
