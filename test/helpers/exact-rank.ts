import type { SdcInput } from '../../src/pipeline/protect/sdc-input.ts';

/**
 * An audit independent of the engine's elimination: plain dense Gaussian elimination on exact
 * fractions, used only to compute ranks. A hidden cell i is derivable iff adding the row e_i to the
 * equations (restricted to the hidden columns) does not raise the rank, i.e. e_i is a combination of them.
 */

interface Fraction {
  n: bigint;
  d: bigint; // always > 0, gcd(n, d) = 1
}

const gcd = (a: bigint, b: bigint): bigint => {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
};
function fraction(n: bigint, d = 1n): Fraction {
  if (d < 0n) [n, d] = [-n, -d];
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
}
const sub = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.n, a.d * b.d);
const div = (a: Fraction, b: Fraction): Fraction => fraction(a.n * b.d, a.d * b.n);

/** Rank of an integer matrix over the rationals. */
function exactRank(matrix: readonly (readonly number[])[]): number {
  const m = matrix.map((row) => row.map((v) => fraction(BigInt(v))));
  const columns = m[0]?.length ?? 0;
  let rank = 0;
  for (let col = 0; col < columns && rank < m.length; col++) {
    const pivot = m.findIndex((row, r) => r >= rank && row[col]!.n !== 0n);
    if (pivot < 0) continue;
    [m[rank], m[pivot]] = [m[pivot]!, m[rank]!];
    const top = m[rank]!;
    for (let r = rank + 1; r < m.length; r++) {
      const row = m[r]!;
      if (row[col]!.n === 0n) continue;
      const factor = div(row[col]!, top[col]!);
      for (let c = col; c < columns; c++) row[c] = sub(row[c]!, mul(factor, top[c]!));
    }
    rank++;
  }
  return rank;
}

/** Ids of hidden cells whose value the equations and the published cells determine, by the rank test. Sorted. */
export function derivableByRank(input: SdcInput, hidden: ReadonlySet<string>): string[] {
  const columns = [...hidden].sort();
  const column = new Map(columns.map((id, i) => [id, i]));
  const rows = input.equations.map((eq) => {
    const row = columns.map(() => 0);
    const add = (id: string, v: number): void => {
      const c = column.get(id);
      if (c !== undefined) row[c]! += v;
    };
    add(eq.total, 1);
    eq.parts.forEach((p) => add(p, -1));
    return row;
  });
  const base = exactRank(rows);
  return columns.filter((_, i) => exactRank([...rows, columns.map((__, c) => (c === i ? 1 : 0))]) === base);
}
