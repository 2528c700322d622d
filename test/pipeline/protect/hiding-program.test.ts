import { describe, expect, it } from 'vitest';
import { hidingProgram } from '../../../src/pipeline/protect/hiding-program.ts';
import type { SdcCell } from '../../../src/pipeline/protect/sdc-input.ts';
import { buildSuppressModel } from '../../../src/pipeline/protect/suppress-model.ts';

/** total = a + b + z, where a is small (must stay unknown), b an ordinary count and z a zero. */
function oneSum(extra: Partial<Record<'t' | 'a' | 'b' | 'z', Partial<SdcCell>>> = {}) {
  const values = { t: 33, a: 3, b: 30, z: 0 };
  const cells = Object.entries(values).map(([id, value]) => ({ id, value, k: 5, cost: 1, ...extra[id as keyof typeof values] }));
  const model = buildSuppressModel({ cells, equations: [{ total: 't', parts: ['a', 'b', 'z'] }] });
  const protect = model.ids.map((id) => id === 'a');
  return { model, program: hidingProgram(model, protect, protect) };
}

/** The rows of the program as "cells ≥ cell" over single-cell columns, for reading. */
function rowsOf({ model, program }: ReturnType<typeof oneSum>): string[] {
  const name = (column: number) => model.ids[program.groups[column]![0]!]!;
  return program.rows.map((r) => {
    const plus = r.columns.filter((_, k) => r.coefficients[k]! > 0).map(name).join(' + ');
    const minus = r.columns.filter((_, k) => r.coefficients[k]! < 0).map(name).join(' + ');
    return `${plus} ≥ ${minus}`;
  });
}

describe('hidingProgram', () => {
  it('hidingProgram(small cell in a sum) fixes it hidden and asks for another hidden cell that can make room', () => {
    const built = oneSum();
    const a = built.program.columnOf[built.model.ids.indexOf('a')]!;
    expect(built.program.lower[a]).toBe(1);
    // a can fall (3 > 0) while any other cell rises (no targets), so even the zero counts.
    expect(rowsOf(built)).toContain('b + t + z ≥ a');
  });

  it('hidingProgram(zero at a target of 0) does not count on it: it can move neither way', () => {
    expect(rowsOf(oneSum({ z: { complementOf: 0 } }))).toContain('b + t ≥ a');
  });

  it('hidingProgram(secondary cell that can never move) never hides it', () => {
    // In t = z + w all three are 0 and t's target is 0: nothing can make room for z either way.
    const cells: SdcCell[] = [
      { id: 't', value: 0, k: 5, complementOf: 0 }, { id: 'z', value: 0, k: 5 }, { id: 'w', value: 0, k: 5 },
    ];
    const model = buildSuppressModel({ cells, equations: [{ total: 't', parts: ['z', 'w'] }] });
    const none = model.ids.map(() => false);
    const program = hidingProgram(model, none, none);
    expect(program.upper[program.columnOf[model.ids.indexOf('z')]!]).toBe(0);
    expect(program.upper[program.columnOf[model.ids.indexOf('w')]!]).toBe(0);
  });

  it('hidingProgram(costs) makes keep cells cost more than all others together and breaks ties towards small values', () => {
    const built = oneSum({ b: { keep: true } });
    const col = (id: string) => built.program.cost[built.program.columnOf[built.model.ids.indexOf(id)]!]!;
    expect(col('b')).toBeGreaterThan(col('a') + col('t') + col('z'));
    // t (33) and z (0) both cost 1: the tie-break puts zeros last, and stays under ½ in all.
    expect(col('t')).toBeLessThan(col('z'));
    expect(col('t') - 1).toBeLessThan(0.5);
  });
});
