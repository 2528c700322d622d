import type { SuppressModel } from './suppress-model.ts';

/** A sparse row of integer coefficients; rows stand for rational rows up to a non-zero factor. */
type Row = Map<number, bigint>;

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function divideByContent(row: Row): void {
  let g = 0n;
  for (const v of row.values()) if ((g = gcd(g, v)) === 1n) return;
  if (g > 1n) for (const [c, v] of row) row.set(c, v / g);
}

/**
 * Eliminates column `col` from `target` using `pivot`: target := a·target − b·pivot.
 * Integer row operations divided by their content keep the arithmetic exact without fractions;
 * the coefficients of these tables are 0/±1 and rarely grow, but bigint makes growth harmless.
 * `index` (column → rows holding it) is kept up to date when `target` is itself a pivot row.
 */
function eliminate(target: Row, pivot: Row, col: number, index?: Map<number, Set<Row>>): void {
  const p = pivot.get(col)!;
  const t = target.get(col)!;
  const g = gcd(p, t);
  const a = p / g;
  const b = t / g;
  if (a !== 1n) for (const [c, v] of target) target.set(c, a * v);
  for (const [c, v] of pivot) {
    const next = (target.get(c) ?? 0n) - b * v;
    const had = target.has(c);
    if (next === 0n) {
      target.delete(c);
      if (had) index?.get(c)?.delete(target);
    } else {
      target.set(c, next);
      if (!had && index) {
        const rows = index.get(c);
        if (rows) rows.add(target);
        else index.set(c, new Set([target]));
      }
    }
  }
  divideByContent(target);
}

/**
 * Columns c whose unit vector e_c lies in the row space of `rows` (exact, over the rationals),
 * i.e. the unknowns whose value the equations pin down. Builds the reduced row echelon form one row
 * at a time (Gauss–Jordan on sparse rows): e_c is in the row space iff some reduced row equals e_c.
 * Returned ascending.
 */
function unitRowColumns(rows: ReadonlyArray<ReadonlyArray<readonly [column: number, coefficient: number]>>): number[] {
  const pivotRow = new Map<number, Row>();
  const rowsWith = new Map<number, Set<Row>>();
  for (const input of rows) {
    const row: Row = new Map();
    for (const [c, v] of input) {
      const next = (row.get(c) ?? 0n) + BigInt(v);
      if (next === 0n) row.delete(c);
      else row.set(c, next);
    }
    // Pivot rows hold no other pivot column, so each step only brings in non-pivot columns.
    for (const c of [...row.keys()]) {
      const pivot = pivotRow.get(c);
      if (pivot && row.has(c)) eliminate(row, pivot, c);
    }
    if (row.size === 0) continue;
    divideByContent(row);
    let col = -1;
    let cost = Infinity;
    for (const c of row.keys()) {
      const n = rowsWith.get(c)?.size ?? 0;
      if (n < cost || (n === cost && c < col)) [col, cost] = [c, n];
    }
    for (const other of [...(rowsWith.get(col) ?? [])]) eliminate(other, row, col, rowsWith);
    pivotRow.set(col, row);
    for (const c of row.keys()) {
      const set = rowsWith.get(c);
      if (set) set.add(row);
      else rowsWith.set(c, new Set([row]));
    }
  }
  const units: number[] = [];
  for (const [col, row] of pivotRow) if (row.size === 1) units.push(col);
  return units.sort((a, b) => a - b);
}

/** Indices of hidden cells (hidden[i] truthy) whose value follows from the published cells and the equations. */
export function auditDerivable(model: SuppressModel, hidden: ArrayLike<number | boolean>): number[] {
  const rows: [number, number][][] = [];
  for (const eq of model.equations) {
    const row: [number, number][] = [];
    if (hidden[eq.total]) row.push([eq.total, 1]);
    for (const p of eq.parts) if (hidden[p]) row.push([p, -1]);
    if (row.length > 0) rows.push(row);
  }
  return unitRowColumns(rows);
}
