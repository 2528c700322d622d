import { describe, expect, it } from 'vitest';
import { addNoise, type NoiseCell } from '../../../src/pipeline/protect/add-noise.ts';
import { CELL_KEY_TABLE, originalsOf, perturb, RANDOM_ROUNDING_TABLE } from '../../../src/pipeline/protect/perturbation.ts';
import { perturbationRow } from '../../../src/schemas/disclosure.ts';
import { createPrng } from '../../../scripts/sample/prng.ts';

/** A key whose share of 2^32 is `u`: it picks the change whose cumulative probability first exceeds u. */
const keyAt = (u: number) => Math.floor(u * 2 ** 32);
const cell = (id: string, value: number, key: number, extra: Partial<NoiseCell> = {}): NoiseCell => ({ id, value, k: 5, key, ...extra });
const cellsOf = (...cells: NoiseCell[]) => new Map(cells.map((c) => [c.id, c]));

describe('the perturbation tables', () => {
  it.each([['cell key', CELL_KEY_TABLE], ['random rounding', RANDOM_ROUNDING_TABLE]] as const)(
    '%s: every row\'s probabilities add up to 1, every change is within maxDeviation, no count goes below 0', (_name, table) => {
      for (let t = 0; t < 40; t++) {
        const { changes } = perturbationRow(table, t);
        expect(changes.reduce((s, c) => s + c.probability, 0)).toBeCloseTo(1, 12);
        for (const c of changes) {
          expect(Math.abs(c.change)).toBeLessThanOrEqual(table.maxDeviation);
          expect(t + c.change).toBeGreaterThanOrEqual(0);
        }
      }
    });

  it('cell key: a true 0 stays 0, a count of 1 or more never falls below 1, and from 3 up the change has mean 0 and the stated variance', () => {
    expect(perturbationRow(CELL_KEY_TABLE, 0).changes).toEqual([{ change: 0, probability: 1 }]);
    for (const t of [1, 2, 3, 10, 1000]) for (const c of perturbationRow(CELL_KEY_TABLE, t).changes) expect(t + c.change).toBeGreaterThanOrEqual(1);
    for (const t of [3, 4, 57, 3209]) {
      const { changes } = perturbationRow(CELL_KEY_TABLE, t);
      expect(changes.reduce((s, c) => s + c.change * c.probability, 0)).toBeCloseTo(0, 12);
      expect(changes.reduce((s, c) => s + c.change ** 2 * c.probability, 0)).toBeCloseTo(CELL_KEY_TABLE.variance, 12);
    }
  });

  it('random rounding: every published value is a multiple of 3, on average the true count', () => {
    for (let t = 0; t < 30; t++) {
      const { changes } = perturbationRow(RANDOM_ROUNDING_TABLE, t);
      for (const c of changes) expect((t + c.change) % 3).toBe(0);
      expect(changes.reduce((s, c) => s + c.change * c.probability, 0)).toBeCloseTo(0, 12);
    }
  });

  it('perturb(table, count, key) picks the change by the key\'s place among the cumulative probabilities, the same every time', () => {
    expect([0.05, 0.15, 0.5, 0.8, 0.95].map((u) => perturb(CELL_KEY_TABLE, 10, keyAt(u)))).toEqual([8, 9, 10, 11, 12]);
    expect([0.3, 0.7, 0.9].map((u) => perturb(CELL_KEY_TABLE, 1, keyAt(u)))).toEqual([1, 2, 3]);
    expect(perturb(CELL_KEY_TABLE, 0, keyAt(0.99))).toBe(0);
    expect(perturb(CELL_KEY_TABLE, 10, 0xffffffff)).toBe(12);
  });

  it('perturb over many random keys gives each change about its probability', () => {
    const prng = createPrng(7);
    const seen = new Map<number, number>();
    const n = 20_000;
    for (let i = 0; i < n; i++) {
      const p = perturb(CELL_KEY_TABLE, 50, Math.floor(prng.next() * 2 ** 32)) - 50;
      seen.set(p, (seen.get(p) ?? 0) + 1);
    }
    for (const { change, probability } of perturbationRow(CELL_KEY_TABLE, 50).changes) expect(Math.abs(seen.get(change)! / n - probability)).toBeLessThan(0.02);
  });

  it('originalsOf(table, published) is every true count the table can turn into it, and the target cap widens it', () => {
    expect(originalsOf(CELL_KEY_TABLE, 0)).toEqual([0, 0]);
    expect(originalsOf(CELL_KEY_TABLE, 1)).toEqual([1, 3]);
    expect(originalsOf(CELL_KEY_TABLE, 2)).toEqual([1, 4]);
    expect(originalsOf(CELL_KEY_TABLE, 40)).toEqual([38, 42]);
    expect(originalsOf(RANDOM_ROUNDING_TABLE, 0)).toEqual([0, 2]);
    expect(originalsOf(RANDOM_ROUNDING_TABLE, 3)).toEqual([1, 5]);
    // Capped at a target of 12: a published 12 can also be a true 10 or 11 pushed above it, never more than 12.
    expect(originalsOf(CELL_KEY_TABLE, 12, 12)).toEqual([10, 14]);
    // Every true count each published value stands for really reaches it.
    for (let p = 0; p < 20; p++) {
      const [lo, hi] = originalsOf(CELL_KEY_TABLE, p);
      for (const t of [lo, hi]) expect(perturbationRow(CELL_KEY_TABLE, t).changes.some((c) => t + c.change === p)).toBe(true);
    }
  });
});

describe('addNoise(cells, equations, table)', () => {
  it('publishes exact cells as they are, every other within maxDeviation, marked approximate; withheld cells are null', () => {
    const cells = cellsOf(
      cell('t', 30, 0, { exact: true }), cell('a', 12, keyAt(0.95)), cell('b', 18, keyAt(0.05)), cell('w', 7, 1, { withheld: true }),
    );
    const out = addNoise(cells, [{ total: 't', parts: ['a', 'b'] }], CELL_KEY_TABLE);
    expect(out.published).toEqual(new Map([['t', 30], ['a', 14], ['b', 16], ['w', null]]));
    expect([...out.approximate].sort()).toEqual(['a', 'b']);
    expect([...out.hidden]).toEqual(['w']);
  });

  it('never publishes a count above its target unless the true count is above it', () => {
    const out = addNoise(cellsOf(cell('a', 10, keyAt(0.95), { complementOf: 11 }), cell('b', 13, keyAt(0.95), { complementOf: 11 })), [], CELL_KEY_TABLE);
    expect(out.published.get('a')).toBe(11);
    expect(out.published.get('b')).toBe(15);
  });

  it('hides a small count that an exact total and noise at its extremes would let a reader pin, and shows the other part only as approximate', () => {
    // a = 3 and b = 7 both get +2: a ≤ 10 − 7 = 3 and a ≥ 5 − 2 = 3, so a reader would know a = 3.
    const cells = cellsOf(cell('t', 10, 0, { exact: true }), cell('a', 3, keyAt(0.95)), cell('b', 7, keyAt(0.95)));
    const out = addNoise(cells, [{ total: 't', parts: ['a', 'b'] }], CELL_KEY_TABLE);
    expect(out.published.get('a')).toBeNull();
    expect(out.published.get('b')).toBe(9);
    expect(out.approximate.has('b')).toBe(true);
    // With a change of 0 nothing is pinned: both are shown, approximate.
    const calm = addNoise(cellsOf(cell('t', 10, 0, { exact: true }), cell('a', 3, keyAt(0.5)), cell('b', 7, keyAt(0.95))), [{ total: 't', parts: ['a', 'b'] }], CELL_KEY_TABLE);
    expect(calm.published).toEqual(new Map([['t', 10], ['a', 3], ['b', 9]]));
    expect(calm.hidden.size).toBe(0);
  });

  it('shows exactly a count readers can work out anyway (a zero, or a part equal to an exact total), instead of ≈', () => {
    const cells = cellsOf(cell('t', 40, 0, { exact: true }), cell('a', 40, keyAt(0.95)), cell('b', 0, keyAt(0.95)));
    const out = addNoise(cells, [{ total: 't', parts: ['a', 'b'] }], CELL_KEY_TABLE);
    expect(out.published).toEqual(new Map([['t', 40], ['a', 40], ['b', 0]]));
    expect(out.approximate.size).toBe(0);
  });

  it('hides a complement a reader could pin only for complement-sensitive categories', () => {
    // 48 of a target of 50, exact: the 2 not enrolled are pinned.
    for (const complementSensitive of [true, false]) {
      const out = addNoise(cellsOf(cell('a', 48, 0, { exact: true, complementOf: 50, complementSensitive }), cell('b', 48, keyAt(0.5), { complementOf: 50, complementSensitive })), [{ total: 'a', parts: ['b'] }], CELL_KEY_TABLE);
      expect(out.published.get('b') === null, String(complementSensitive)).toBe(complementSensitive);
    }
  });

  it('takes a replaced release of the same date into account: ranges that meet only at a small count hide it', () => {
    // Published before as ≈1 (true 1 to 3); now the same true count 3 would be published ≈5 (3 to 7): together, 3.
    const cells = cellsOf(cell('a', 3, keyAt(0.95)));
    expect(addNoise(cells, [], CELL_KEY_TABLE).published.get('a')).toBe(5);
    expect(addNoise(cells, [], CELL_KEY_TABLE, new Map([['a', [1, 3] as const]])).published.get('a')).toBeNull();
    // A range that does not meet today's (the people changed) says nothing about today's count.
    expect(addNoise(cells, [], CELL_KEY_TABLE, new Map([['a', [20, 24] as const]])).published.get('a')).toBe(5);
  });
});
