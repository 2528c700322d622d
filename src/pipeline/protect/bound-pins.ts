import { mustStayUnknown } from './suppress.ts';
import type { SdcCell, SdcEquation } from './sdc-input.ts';

/** Passes over all equations; bounds move by whole counts, so this ends long before on real tables. */
const MAX_PASSES = 1000;

/**
 * Hidden cells that must stay unknown (see mustStayUnknown) but that a reader can pin down with bounds
 * rather than with equations alone: counts are never negative, a count with a public target is at most
 * that target, and every equation carries bounds
 * from its published cells to its hidden ones. Bounds are tightened over all equations together until
 * nothing moves (interval propagation), so chains such as "what is left in a kecamatan row, bounded by
 * targets, then subtracted from a city column" are caught. The exact audit in suppress() sees only the
 * equations; this sees the inequalities.
 *
 * For each pinned cell it returns the published cell to hide next, from the nearest equations that carry
 * its tight bounds: one that brings slack first (see isCheaper), then the lowest cost, smallest value, id.
 */
export function boundPins(
  cells: ReadonlyMap<string, SdcCell>,
  equations: readonly SdcEquation[],
  hidden: ReadonlySet<string>,
  mustProtect: (id: string) => boolean = (id) => mustStayUnknown(cells.get(id)!),
): { pinned: string[]; toHide: string[] } {
  const { ids, index, eqs, lo, hi } = propagateBounds(cells, equations, hidden);
  const pinned = ids.filter((id, i) => hidden.has(id) && lo[i] === hi[i] && mustProtect(id)).sort();
  const equationsOf = ids.map((): number[] => []);
  eqs.forEach((e, n) => [e.total, ...e.parts].forEach((c) => equationsOf[c]!.push(n)));
  const toHide = new Set<string>();
  for (const id of pinned) {
    const best = breakingCell(index.get(id)!);
    if (best) toHide.add(best.id);
  }
  return { pinned, toHide: [...toHide].sort() };

  /**
   * Walks out from a pinned cell through the equations that give it (or the hidden cells met on the way)
   * a tight bound, until it meets published cells; hiding the cheapest of those loosens the chain.
   */
  function breakingCell(start: number): SdcCell | undefined {
    const seenCells = new Set([start]);
    const seenEquations = new Set<number>();
    for (let frontier = [start]; frontier.length > 0; ) {
      const tight = frontier.flatMap((cell) =>
        equationsOf[cell]!.filter((n) => {
          if (seenEquations.has(n)) return false;
          const bound = implied(eqs[n]!, lo, hi).find(([c]) => c === cell)!;
          return bound[1] === lo[cell] || bound[2] === hi[cell];
        }),
      );
      const reached = tight.length > 0 ? tight : frontier.flatMap((cell) => equationsOf[cell]!.filter((n) => !seenEquations.has(n)));
      reached.forEach((n) => seenEquations.add(n));
      let best: SdcCell | undefined;
      const next: number[] = [];
      for (const n of reached)
        for (const c of [eqs[n]!.total, ...eqs[n]!.parts]) {
          const candidate = cells.get(ids[c]!)!;
          if (!hidden.has(candidate.id)) {
            if (!best || isCheaper(candidate, best)) best = candidate;
          } else if (!seenCells.has(c)) {
            seenCells.add(c);
            next.push(c);
          }
        }
      if (best) return best;
      frontier = next;
    }
    return undefined;
  }
}

/**
 * What a reader can say about each cell from the published ones: a published cell is its value; a hidden cell
 * starts at [0, its target or ∞] and is narrowed by every equation, over and over, until nothing moves.
 * `lo[i] === hi[i]` for a hidden cell means the reader knows its value.
 */
function propagateBounds(cells: ReadonlyMap<string, SdcCell>, equations: readonly SdcEquation[], hidden: ReadonlySet<string>) {
  return boundsFrom([...cells.keys()], equations, (id) => {
    const cell = cells.get(id)!;
    return hidden.has(id) ? [0, cell.complementOf ?? Infinity] : [cell.value, cell.value];
  });
}

/**
 * Each cell's bounds after interval propagation (tightenBounds) over `equations`, starting from `start(id)`;
 * cells by their index in `ids`.
 */
export function boundsFrom(ids: string[], equations: readonly SdcEquation[], start: (id: string) => readonly [number, number]) {
  const index = new Map(ids.map((id, i) => [id, i]));
  const eqs = equations.map((e) => ({ total: index.get(e.total)!, parts: e.parts.map((p) => index.get(p)!) }));
  const lo = new Float64Array(ids.length);
  const hi = new Float64Array(ids.length);
  ids.forEach((id, i) => ([lo[i], hi[i]] = start(id)));
  tightenBounds(eqs, lo, hi);
  return { ids, index, eqs, lo, hi };
}

/**
 * Interval propagation: narrows each cell's bounds [lo, hi] by every equation (cells by index), over and over,
 * until nothing moves. Bounds only ever shrink to what the equations and the other bounds allow, so they stay sound.
 */
export function tightenBounds(eqs: readonly { total: number; parts: number[] }[], lo: Float64Array, hi: Float64Array): void {
  for (let pass = 0, changed = true; changed && pass < MAX_PASSES; pass++) {
    changed = false;
    for (const e of eqs) {
      for (const [cell, low, high] of implied(e, lo, hi)) {
        if (low > lo[cell]!) (lo[cell] = low), (changed = true);
        if (high < hi[cell]!) (hi[cell] = high), (changed = true);
      }
    }
  }
}

/**
 * The value a reader knows of each cell (`known`, cell id → value): every published cell, and each hidden cell whose
 * bounds meet. `crossed` lists the cells where the equations and targets contradict the published values (bounds
 * that cross, or a published cell pushed off its value): that happens only where a count exceeds its target, or
 * where the equations are not the tables' own; such a hidden cell is not counted as known.
 */
export function knownValues(cells: ReadonlyMap<string, SdcCell>, equations: readonly SdcEquation[], hidden: ReadonlySet<string>) {
  const { ids, lo, hi } = propagateBounds(cells, equations, hidden);
  const known = new Map<string, number>();
  const crossed: string[] = [];
  ids.forEach((id, i) => {
    const value = cells.get(id)!.value;
    if (lo[i]! > hi[i]! || (!hidden.has(id) && (lo[i] !== value || hi[i] !== value))) crossed.push(id);
    if (!hidden.has(id)) known.set(id, value);
    else if (lo[i] === hi[i]) known.set(id, lo[i]!);
  });
  return { known, crossed };
}

/** The bounds one equation implies for each of its cells, given the current bounds of the others. */
function implied(e: { total: number; parts: number[] }, lo: Float64Array, hi: Float64Array): [number, number, number][] {
  let sumLo = 0;
  let sumHiFinite = 0;
  let infinite = 0;
  for (const p of e.parts) {
    sumLo += lo[p]!;
    if (hi[p] === Infinity) infinite++;
    else sumHiFinite += hi[p]!;
  }
  const out: [number, number, number][] = [[e.total, sumLo, infinite > 0 ? Infinity : sumHiFinite]];
  for (const p of e.parts) {
    const othersInfinite = infinite - (hi[p] === Infinity ? 1 : 0);
    const othersHi = othersInfinite > 0 ? Infinity : sumHiFinite - (hi[p] === Infinity ? 0 : hi[p]!);
    out.push([p, Math.max(0, lo[e.total]! - othersHi), hi[e.total]! - (sumLo - lo[p]!)]);
  }
  return out;
}

/**
 * Hiding a cell loosens a bound only if it brings slack: a value above 0 (room downwards) and below its
 * target (room upwards). A full-coverage cell hidden beside other full ones pins just the same.
 */
function isCheaper(a: SdcCell, b: SdcCell): boolean {
  const slack = (c: SdcCell) => (c.value > 0 ? 0 : 1) + (c.complementOf !== undefined && c.complementOf <= c.value ? 1 : 0);
  const key = (c: SdcCell) => [slack(c), c.cost ?? 0, c.value];
  const [ka, kb] = [key(a), key(b)];
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i]! < kb[i]!;
  return a.id < b.id;
}
