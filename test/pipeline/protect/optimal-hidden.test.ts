import { describe, expect, it } from 'vitest';
import { boundPins } from '../../../src/pipeline/protect/bound-pins.ts';
import { chooseHidden } from '../../../src/pipeline/protect/choose-hidden.ts';
import { loadSolver, optimalHidden } from '../../../src/pipeline/protect/optimal-hidden.ts';
import type { SdcCell, SdcEquation, SdcInput } from '../../../src/pipeline/protect/sdc-input.ts';
import { findDerivable } from '../../../src/pipeline/protect/suppress.ts';
import { createPrng } from '../../../scripts/sample/prng.ts';

const solver = await loadSolver();

/** A rows × columns table with row, column and grand totals: the smallest shape secondary suppression works on. */
function table(values: number[][], cost: (r: number, c: number) => number = () => 1): SdcInput {
  const cells: SdcCell[] = [];
  const equations: SdcEquation[] = [];
  const id = (r: number | 'T', c: number | 'T') => `${r}|${c}`;
  const rows = values.length;
  const cols = values[0]!.length;
  const rowSum = (r: number) => values[r]!.reduce((s, v) => s + v, 0);
  const colSum = (c: number) => values.reduce((s, row) => s + row[c]!, 0);
  values.forEach((row, r) => row.forEach((v, c) => cells.push({ id: id(r, c), value: v, k: 5, cost: cost(r, c) })));
  for (let r = 0; r < rows; r++) {
    cells.push({ id: id(r, 'T'), value: rowSum(r), k: 5, cost: 10 });
    equations.push({ total: id(r, 'T'), parts: Array.from({ length: cols }, (_, c) => id(r, c)) });
  }
  for (let c = 0; c < cols; c++) {
    cells.push({ id: id('T', c), value: colSum(c), k: 5, cost: 10 });
    equations.push({ total: id('T', c), parts: Array.from({ length: rows }, (_, r) => id(r, c)) });
  }
  const total = values.flat().reduce((s, v) => s + v, 0);
  cells.push({ id: id('T', 'T'), value: total, k: 5, cost: 100 });
  equations.push({ total: id('T', 'T'), parts: Array.from({ length: rows }, (_, r) => id(r, 'T')) });
  equations.push({ total: id('T', 'T'), parts: Array.from({ length: cols }, (_, c) => id('T', c)) });
  return { cells, equations };
}

const costOf = (input: SdcInput, hidden: ReadonlySet<string>) => input.cells.reduce((s, c) => (hidden.has(c.id) ? s + (c.cost ?? 0) : s), 0);
const expectSafe = (input: SdcInput, hidden: ReadonlySet<string>) => {
  expect(findDerivable(input, hidden)).toEqual([]);
  expect(boundPins(new Map(input.cells.map((c) => [c.id, c])), input.equations, hidden).pinned).toEqual([]);
};

describe('optimalHidden(input, solver)', () => {
  it('one small cell in a 3 × 3 table: hides the cheapest rectangle of four inner cells, no total', () => {
    const input = table([[2, 20, 30], [25, 40, 35], [30, 45, 50]]);
    const hidden = optimalHidden(input, solver);
    expectSafe(input, hidden);
    expect(hidden.has('0|0')).toBe(true);
    expect(hidden.size).toBe(4);
    expect([...hidden].every((id) => !id.includes('T'))).toBe(true);
  });

  it('prefers cheap cells: with one row costly, the rectangle avoids it', () => {
    const input = table([[2, 20, 30], [25, 40, 35], [30, 45, 50]], (r) => (r === 1 ? 50 : 1));
    const hidden = optimalHidden(input, solver);
    expectSafe(input, hidden);
    expect([...hidden].some((id) => id.startsWith('1|'))).toBe(false);
  });

  it('on seeded random tables it always passes the exact audit and the bound check, at no more cost than the heuristic', () => {
    const prng = createPrng(11);
    for (let n = 0; n < 12; n++) {
      const [rows, cols] = [3 + Math.floor(prng.next() * 3), 3 + Math.floor(prng.next() * 3)];
      const values = Array.from({ length: rows }, () => Array.from({ length: cols }, () => (prng.next() < 0.3 ? Math.floor(prng.next() * 5) : 5 + Math.floor(prng.next() * 40))));
      const input = table(values, () => 1 + Math.floor(prng.next() * 3));
      const optimal = optimalHidden(input, solver);
      expectSafe(input, optimal);
      const heuristic = chooseHidden(input, () => false);
      expect(costOf(input, optimal), `table ${n}`).toBeLessThanOrEqual(costOf(input, heuristic));
    }
  });
});
