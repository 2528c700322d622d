import type { DateSolution } from './solve-date.ts';

/** A cell pinned in two consecutive as-of dates whose true value moved by 1…threshold−1 (joiners minus leavers, not a group). */
export interface NetChange {
  cell: string;
  from: string;
  to: string;
  before: number;
  after: number;
  threshold: number;
}

/** Pinned: every value but one is ruled out (propagation, or the linear programs for cells that could be small). */
const pinned = (s: DateSolution, id: string): number | null => {
  const i = s.system.byId.get(id);
  const v = i === undefined ? undefined : s.system.variables[i];
  return v && v.lo === v.hi && v.threshold !== null ? v.lo : null;
};

/** Small net changes between each as-of date and the next, for the cells both publish. */
export function netChanges(solutions: readonly DateSolution[]): NetChange[] {
  const out: NetChange[] = [];
  const sorted = [...solutions].sort((a, b) => (a.asOfDate < b.asOfDate ? -1 : 1));
  sorted.slice(1).forEach((later, n) => {
    const earlier = sorted[n]!;
    if (earlier.system.conflicts.length > 0 || later.system.conflicts.length > 0) return;
    const shownEarlier = new Set(earlier.facts.flatMap((f) => [...f.shown].map((i) => earlier.system.variables[i]!.id)));
    const shown = new Set(later.facts.flatMap((f) => [...f.shown]));
    for (const i of [...shown].sort((a, b) => a - b)) {
      const v = later.system.variables[i]!;
      if (!shownEarlier.has(v.id)) continue;
      const before = pinned(earlier, v.id);
      const after = pinned(later, v.id);
      if (before === null || after === null) continue;
      const change = Math.abs(after - before);
      if (change >= 1 && change < v.threshold!) out.push({ cell: v.id, from: earlier.asOfDate, to: later.asOfDate, before, after, threshold: v.threshold! });
    }
  });
  return out;
}
