import { boundPins, tightenBounds } from './bound-pins.ts';
import type { SdcCell, SdcEquation } from './sdc-input.ts';
import { auditDerivable } from './suppress-audit.ts';
import type { SuppressModel } from './suppress-model.ts';

/** A cell that a pattern gives away, and the published cells one of which must be hidden too (model indices). */
export interface PinCut {
  cell: number;
  published: number[];
}

/** Hidden cells to protect (model indices) that the exact audit and the bound check can each work out. */
export function givenAway(model: SuppressModel, cells: ReadonlyMap<string, SdcCell>, hidden: Uint8Array, protect: readonly boolean[]) {
  const index = new Map(model.ids.map((id, i) => [id, i]));
  const hiddenIds = new Set(model.ids.filter((_, i) => hidden[i]));
  const equations = model.equations.map((e) => asIds(model, e));
  return {
    derivable: auditDerivable(model, hidden).filter((c) => protect[c]),
    pinned: boundPins(cells, equations, hiddenIds, (id) => protect[index.get(id)!]!).pinned.map((id) => index.get(id)!),
  };
}

/**
 * For each cell to protect that the pattern `hidden` gives away: the published cells of a set of equations that
 * give it away on their own (grown outwards through hidden cells, then cut down until no equation can be dropped).
 * As long as none of those cells is hidden, the cell stays given away, since publishing a cell only narrows what
 * a reader can work out; so every pattern that protects the cell hides one of them (a valid cut).
 */
export function pinCuts(model: SuppressModel, cells: ReadonlyMap<string, SdcCell>, hidden: Uint8Array, protect: readonly boolean[]): PinCut[] {
  const { derivable, pinned } = givenAway(model, cells, hidden, protect);
  const byEquations = (equations: number[], c: number) => auditDerivable({ ...model, equations: equations.map((e) => model.equations[e]!) }, hidden).includes(c);
  // What a reader starts from: published cells exactly, hidden ones from 0 to their target (as bound-pins.ts).
  const lo = Float64Array.from(model.cells, (cell, i) => (hidden[i] ? 0 : cell.value));
  const hi = Float64Array.from(model.cells, (cell, i) => (hidden[i] ? (cell.complementOf ?? Infinity) : cell.value));
  const byBounds = (equations: number[], c: number) => {
    const [low, high] = [lo.slice(), hi.slice()];
    tightenBounds(equations.map((e) => model.equations[e]!), low, high);
    return low[c] === high[c];
  };
  const cuts = [...derivable.map((c) => cut(model, hidden, c, byEquations)), ...pinned.map((c) => cut(model, hidden, c, byBounds))];
  // A cell both audits work out through the same sums gives the same cut twice.
  const key = (cut: PinCut) => `${cut.cell}:${cut.published.join(',')}`;
  return [...new Map(cuts.map((c) => [key(c), c])).values()];
}

function cut(model: SuppressModel, hidden: Uint8Array, c: number, givesAway: (equations: number[], c: number) => boolean): PinCut {
  const cellsOf = (e: number) => [model.equations[e]!.total, ...model.equations[e]!.parts];
  let chosen = new Set(model.equationsOf[c]!);
  while (!givesAway([...chosen], c)) {
    const wider = new Set(chosen);
    for (const e of chosen) for (const h of cellsOf(e)) if (hidden[h]) model.equationsOf[h]!.forEach((f) => wider.add(f));
    if (wider.size === chosen.size) break;
    chosen = wider;
  }
  const test = (equations: number[]) => givesAway(equations, c);
  const needed = test([...chosen]) ? fewestNeeded([], [...chosen], test) : [...chosen];
  const published = new Set(needed.flatMap(cellsOf).filter((h) => !hidden[h]));
  return { cell: c, published: [...published].sort((a, b) => a - b) };
}

/**
 * Candidates that, with `kept`, still pass `test`, none of which can be dropped (`test` passes for kept ∪
 * candidates, and for every superset of a set it passes for): QuickXplain (Junker 2004), about k·log(n/k)
 * tests for k needed of n rather than n, one at a time.
 */
function fewestNeeded(kept: number[], candidates: number[], test: (set: number[]) => boolean, keptChanged = false): number[] {
  if (keptChanged && test(kept)) return [];
  if (candidates.length <= 1) return candidates;
  const half = Math.ceil(candidates.length / 2);
  const [first, second] = [candidates.slice(0, half), candidates.slice(half)];
  const fromSecond = fewestNeeded([...kept, ...first], second, test, true);
  const fromFirst = fewestNeeded([...kept, ...fromSecond], first, test, fromSecond.length > 0);
  return [...fromFirst, ...fromSecond];
}

const asIds = (model: SuppressModel, e: { total: number; parts: number[] }): SdcEquation => ({
  total: model.ids[e.total]!,
  parts: e.parts.map((p) => model.ids[p]!),
});
