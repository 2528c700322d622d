import type { SdcCell } from './sdc-input.ts';
import type { SuppressModel } from './suppress-model.ts';

/** Σ coefficients[n] · x[columns[n]] ≥ lower. */
export interface ProgramRow {
  columns: number[];
  coefficients: number[];
  lower: number;
}

/**
 * The 0-1 program behind optimal suppression: minimise cost · x subject to rows, x binary. The first
 * columns are the cells' link groups (1 = hidden); the rest say in which direction a hidden cell can move.
 */
export interface HidingProgram {
  /** The column of each cell (model index): the column of its link group. */
  columnOf: Int32Array;
  /** The model indices of the cells of each group column. */
  groups: number[][];
  /** What hiding the column's cells costs readers (scaled; see groupCosts), plus a tie-break under ½ in all. */
  cost: number[];
  /** 1 when every cost before the tie-break is whole, so two patterns' costs differ by 0 or at least 1; else 0. */
  unit: number;
  lower: number[];
  upper: number[];
  rows: ProgramRow[];
}

/** How many times more a cell of cost 1 counts than a cell of cost 0, which still counts (see groupCosts). */
const ZERO_COST_SCALE = 1000;

/**
 * The hiding program for a table. A group holding a cell to `hide` (unsafe or withheld) is hidden from the start.
 * Each hidden cell to `protect` (one that must stay unknown), and each hidden single cell that protects others,
 * must be able to move up or down: in every equation that holds it, another hidden cell must be able to make
 * room (for a part moving up: another part moving down from a value above 0, or the total moving up from a value
 * below its target; and so on). The bound check (bound-pins.ts) asks exactly this of one equation at a time, so
 * no pattern that passes it is cut off for a cell to protect. A secondary cell that cannot move is known to a
 * reader from the bounds, and combined with the sums it may give the others away, so it is not counted on
 * (no cell is hidden if it could never move). Linked groups of cells that protect nobody ask nothing.
 */
export function hidingProgram(model: SuppressModel, hide: readonly boolean[], protect: readonly boolean[]): HidingProgram {
  const n = model.ids.length;
  const columnOf = new Int32Array(n).fill(-1);
  const groups: number[][] = [];
  for (let i = 0; i < n; i++) {
    if (columnOf[i] !== -1) continue;
    for (const c of model.linked[i]!) columnOf[c] = groups.length;
    groups.push(model.linked[i]!);
  }
  const fixed = groups.map((g) => g.some((c) => hide[c]));
  const { unit, cost } = groupCosts(model.cells, groups);
  const lower = fixed.map((f) => (f ? 1 : 0));
  const upper = groups.map(() => 1);
  const rows: ProgramRow[] = [];
  const addColumn = () => (cost.push(0), lower.push(0), upper.push(1), cost.length - 1);

  for (let i = 0; i < n; i++) {
    const x = columnOf[i]!;
    if (!protect[i] && (fixed[x] || groups[x]!.length > 1)) continue;
    // A partner hidden from the start always makes room: such an equation asks nothing.
    const alwaysHidden = (cells: number[]) => cells.some((c) => fixed[columnOf[c]!]);
    const partners = model.equationsOf[i]!.map((e) => movePartners(model, e, i));
    if (partners.length === 0) continue;
    let canUp = canRise(model.cells[i]!) && partners.every((p) => p.up.length > 0);
    let canDown = canFall(model.cells[i]!) && partners.every((p) => p.down.length > 0);
    if (!canUp && !canDown) {
      if (!fixed[x]) upper[x] = 0;
      continue;
    }
    // When the cells that let it move one way are always among those that let it move the other way, the
    // second way is open whenever the first is: asking for the second alone says the same, with no fractions.
    if (canUp && canDown && partners.every((p) => alwaysHidden(p.down) || isSubset(p.up, p.down))) canUp = false;
    if (canUp && canDown && partners.every((p) => alwaysHidden(p.up) || isSubset(p.down, p.up))) canDown = false;
    // The direction columns: x itself when one direction is asked for, else u + d ≥ x.
    const up = canUp && canDown ? addColumn() : x;
    const down = canUp && canDown ? addColumn() : x;
    if (canUp && canDown) rows.push(row([up, down], [1, 1], x));
    for (const p of partners) {
      if (canUp && !alwaysHidden(p.up)) rows.push(row(p.up.map((c) => columnOf[c]!), p.up.map(() => 1), up));
      if (canDown && !alwaysHidden(p.down)) rows.push(row(p.down.map((c) => columnOf[c]!), p.down.map(() => 1), down));
    }
  }
  return { columnOf, groups, cost, unit, lower, upper, rows: rows.filter((r) => r.columns.length > 0) };
}

/** Σ terms − minus ≥ 0, with repeated columns added up and zero coefficients dropped, columns ascending. */
export function row(columns: readonly number[], coefficients: readonly number[], minus: number): ProgramRow {
  const sum = new Map<number, number>();
  columns.forEach((c, k) => sum.set(c, (sum.get(c) ?? 0) + coefficients[k]!));
  sum.set(minus, (sum.get(minus) ?? 0) - 1);
  const kept = [...sum].filter(([, v]) => v !== 0).sort(([a], [b]) => a - b);
  return { columns: kept.map(([c]) => c), coefficients: kept.map(([, v]) => v), lower: 0 };
}

const canRise = (c: SdcCell) => c.complementOf === undefined || c.value < c.complementOf;
const canFall = (c: SdcCell) => c.value > 0;
const isSubset = (a: readonly number[], b: readonly number[]) => a.every((c) => b.includes(c));

/** In equation `e`, the other cells that can make room when cell `i` moves up, and when it moves down. */
function movePartners(model: SuppressModel, e: number, i: number): { up: number[]; down: number[] } {
  const { total, parts } = model.equations[e]!;
  const rises = (c: number) => canRise(model.cells[c]!);
  const falls = (c: number) => canFall(model.cells[c]!);
  const others = parts.filter((p) => p !== i);
  if (i === total) return { up: others.filter(rises), down: others.filter(falls) };
  return {
    up: [...others.filter(falls), ...(rises(total) ? [total] : [])],
    down: [...others.filter(rises), ...(falls(total) ? [total] : [])],
  };
}

const isZero = (c: SdcCell) => (c.value === 0 ? 1 : 0);

/**
 * What hiding each group costs: its cells' costs (`keep` cells more than all other cells together; when some cell
 * costs 0, every cost is scaled by ZERO_COST_SCALE and a cost of 0 counts 1, so that no cell is hidden for
 * nothing), plus a tie-break under half a unit over all cells together, so that among patterns of equal cost
 * the one hiding smaller values wins (zeros last: a hidden zero can only move up, so it protects little).
 * `unit` is 1 when every cost is whole (then costs that differ differ by at least 1), else 0.
 */
function groupCosts(cells: readonly SdcCell[], groups: readonly number[][]) {
  const scale = cells.some((c) => !((c.cost ?? 0) > 0)) ? ZERO_COST_SCALE : 1;
  const own = cells.map((c) => ((c.cost ?? 0) > 0 ? c.cost! * scale : 1));
  const keepCost = 1 + own.reduce((s, b, i) => (cells[i]!.keep ? s : s + b), 0);
  const base = groups.map((g) => g.reduce((s, c) => s + (cells[c]!.keep ? keepCost : own[c]!), 0));
  const unit = base.every(Number.isInteger) ? 1 : 0;
  const n = cells.length;
  const step = (0.5 * Math.min(...own)) / (n * n);
  const tie = new Float64Array(n);
  cells
    .map((_, i) => i)
    .sort((a, b) => isZero(cells[a]!) - isZero(cells[b]!) || cells[a]!.value - cells[b]!.value || a - b)
    .forEach((c, r) => (tie[c] = step * r));
  return { unit, cost: groups.map((g, x) => g.reduce((s, c) => s + tie[c]!, base[x]!)) };
}
