import type { SuppressModel } from './suppress-model.ts';

/** Sort key of a candidate cell, compared element by element, smallest first. */
type Preference = readonly [keep: number, zero: number, cost: number, total: number, value: number, index: number];

/**
 * Which published cell to hide next, best first: cells the caller asked to keep only when nothing else is
 * left; zeros only when nothing else is left (a hidden zero protects little); the lowest cost (the caller's
 * measure of what readers lose, e.g. a city figure costs more than a kelurahan one); a part before the
 * total (hiding a total pushes the problem up the hierarchy); the smallest value (least information
 * lost); then by id (cells are indexed in id order) for determinism.
 */
function preference(model: SuppressModel, cell: number, isTotal: boolean): Preference {
  const { value, keep, cost } = model.cells[cell]!;
  return [keep ? 1 : 0, value === 0 ? 1 : 0, cost ?? 0, isTotal ? 1 : 0, value, cell];
}

function isBefore(a: Preference, b: Preference): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

/** The published cell of the given equations to hide first; a cell that is a part in any of them counts as a part. */
export function suppressPick(model: SuppressModel, hidden: ArrayLike<number>, equations: Iterable<number>): number | undefined {
  const found = new Map<number, Preference>();
  for (const e of equations) {
    const eq = model.equations[e]!;
    for (const p of eq.parts) if (!hidden[p]) found.set(p, preference(model, p, false));
    if (!hidden[eq.total] && !found.has(eq.total)) found.set(eq.total, preference(model, eq.total, true));
  }
  let pick: number | undefined;
  let key: Preference | undefined;
  for (const [cell, k] of found) {
    if (!key || isBefore(k, key)) [pick, key] = [cell, k];
  }
  return pick;
}

/**
 * The best published cell near a derivable cell: first in the equations holding it, else one step
 * further through equations joined by hidden cells, and so on. Undefined when everything reachable is
 * hidden: then the equations alone fix the cell's value (a structural zero) and no suppression protects it.
 */
export function suppressPickNear(model: SuppressModel, hidden: ArrayLike<number>, start: number): number | undefined {
  const seenCells = new Set([start]);
  const seenEquations = new Set<number>();
  let frontier = [start];
  while (frontier.length > 0) {
    const equations = [...new Set(frontier.flatMap((c) => model.equationsOf[c]!))].filter((e) => !seenEquations.has(e));
    equations.forEach((e) => seenEquations.add(e));
    const pick = suppressPick(model, hidden, equations);
    if (pick !== undefined) return pick;
    frontier = [];
    for (const e of equations) {
      for (const c of [model.equations[e]!.total, ...model.equations[e]!.parts]) {
        if (!seenCells.has(c)) {
          seenCells.add(c);
          frontier.push(c);
        }
      }
    }
  }
  return undefined;
}
