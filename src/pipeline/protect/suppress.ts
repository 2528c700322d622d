import type { SdcCell, SdcInput } from './sdc-input.ts';
import { auditDerivable } from './suppress-audit.ts';
import { buildSuppressModel, type SuppressModel } from './suppress-model.ts';
import { suppressPick, suppressPickNear } from './suppress-pick.ts';

export interface SdcResult {
  /** Every cell not to publish (primary ∪ secondary ∪ withheld). */
  hidden: Set<string>;
  /** Unsafe by the threshold / complement / forceSuppress rules. */
  primary: Set<string>;
  /** Hidden only to protect others. */
  secondary: Set<string>;
}

/**
 * Zeros are publishable: the program's rule is "1 to k-1", and a zero is usually structural
 * (no kelurahan has fishers on a hill), so hiding every zero would blank most tables for nothing.
 */
const inUnsafeRange = (x: number, k: number): boolean => x >= 1 && x <= k - 1;

function isPrimary(cell: SdcCell): boolean {
  if (cell.withheld) return false;
  if (cell.forceSuppress || inUnsafeRange(cell.value, cell.k)) return true;
  // A negative complement (more enrolled than the public target) singles nobody out; the range check skips it.
  return cell.complementOf !== undefined && inUnsafeRange(cell.complementOf - cell.value, cell.k);
}

/**
 * A hidden cell whose value must stay unknown: unsafe by the rules, or withheld and not zero. (A secondary
 * cell only protects others; if bounds reveal it, whatever follows is revealed too and checked there.
 * A withheld zero reveals nobody.)
 */
export function mustStayUnknown(cell: SdcCell): boolean {
  return isPrimary(cell) || (cell.withheld === true && cell.value > 0);
}

/** Suppression state: which cells are hidden and how many hidden cells each equation holds. */
class Hider {
  readonly hidden: Uint8Array;
  readonly count: Uint32Array;
  private readonly model: SuppressModel;
  constructor(model: SuppressModel) {
    this.model = model;
    this.hidden = new Uint8Array(model.ids.length);
    this.count = new Uint32Array(model.equations.length);
  }
  /** Hides the cell and its link group; returns the cells newly hidden. */
  hide(cell: number): number[] {
    const newly = this.model.linked[cell]!.filter((c) => !this.hidden[c]);
    for (const c of newly) {
      this.hidden[c] = 1;
      for (const e of this.model.equationsOf[c]!) this.count[e]!++;
    }
    return newly;
  }
  show(cell: number): void {
    this.hidden[cell] = 0;
    for (const e of this.model.equationsOf[cell]!) this.count[e]!--;
  }
  /** Until stable: an equation with exactly one hidden cell gives it away, so hide one more of its cells. */
  closeSingles(): void {
    for (let changed = true; changed; ) {
      changed = false;
      this.model.equations.forEach((_, e) => {
        if (this.count[e] !== 1) return;
        this.hide(suppressPick(this.model, this.hidden, [e])!);
        changed = true;
      });
    }
  }
}

/**
 * Decides which cells to hide so that no hidden cell can be read or computed from the published ones.
 * Repeats until the exact audit is clean: close equations left with one hidden cell (cheap), audit every
 * combination of equations exactly, hide one more cell near each derivable unsafe/withheld cell.
 * Each round hides at least one more cell, so it ends. The one thing it cannot protect is a cell whose
 * value the equations fix on their own (always a zero, e.g. a = b + c beside a = b); findDerivable names it.
 */
export function suppress(input: SdcInput): SdcResult {
  const model = buildSuppressModel(input);
  const hider = new Hider(model);
  const primary = model.cells.map(isPrimary);
  model.cells.forEach((cell, i) => (primary[i] || cell.withheld) && hider.hide(i));
  // Hidden for its own sake (or tied by a link to such a cell): never published again below.
  const locked = model.linked.map((group) => group.some((c) => primary[c] || model.cells[c]!.withheld));

  for (;;) {
    hider.closeSingles();
    const derivable = auditDerivable(model, hider.hidden);
    if (derivable.length === 0) break;
    // A derivable secondary cell protects nothing, and publishing a value that is already known changes
    // no other cell's derivability, so it is shown rather than protected (with its whole link group).
    const known = new Set(derivable);
    const showable = derivable.filter((c) => !locked[c] && model.linked[c]!.every((m) => known.has(m)));
    const mustFix = derivable.filter((c) => !showable.includes(c));
    let progress = false;
    const touched = new Set<number>();
    for (const c of mustFix) {
      // One new hide may fix several derivable cells: re-audit before touching the same equations again.
      if (model.equationsOf[c]!.some((e) => touched.has(e))) continue;
      const pick = suppressPickNear(model, hider.hidden, c);
      if (pick === undefined) continue;
      for (const h of hider.hide(pick)) model.equationsOf[h]!.forEach((e) => touched.add(e));
      progress = true;
    }
    if (!progress) {
      showable.forEach((c) => hider.show(c));
      break;
    }
  }

  const result: SdcResult = { hidden: new Set(), primary: new Set(), secondary: new Set() };
  model.ids.forEach((id, i) => {
    if (!hider.hidden[i]) return;
    result.hidden.add(id);
    if (primary[i]) result.primary.add(id);
    else if (!model.cells[i]!.withheld) result.secondary.add(id);
  });
  return result;
}

/**
 * Ids of hidden cells whose exact value can be computed from the published cells and the equations,
 * through any combination of equations. Empty means safe. `hidden` is taken as given (withheld cells
 * not in it count as published). Sorted by id.
 */
export function findDerivable(input: SdcInput, hidden: ReadonlySet<string>): string[] {
  const model = buildSuppressModel(input);
  const known = new Set(model.ids);
  const unknown = [...hidden].filter((id) => !known.has(id));
  if (unknown.length > 0) throw new Error(`findDerivable: unknown hidden cell id(s) ${unknown.map((id) => `"${id}"`).join(', ')}`);
  const flags = model.ids.map((id) => hidden.has(id));
  return auditDerivable(model, flags).map((i) => model.ids[i]!);
}
