import { describe, expect, it } from 'vitest';
import { pinCuts } from '../../../src/pipeline/protect/pin-cuts.ts';
import type { SdcCell, SdcEquation } from '../../../src/pipeline/protect/sdc-input.ts';
import { buildSuppressModel } from '../../../src/pipeline/protect/suppress-model.ts';

/** pinCuts for the given cells, equations and hidden ids, protecting `protect`; cuts by cell id. */
function cutsOf(cells: SdcCell[], equations: SdcEquation[], hiddenIds: string[], protect: string[]) {
  const model = buildSuppressModel({ cells, equations });
  const hidden = Uint8Array.from(model.ids, (id) => (hiddenIds.includes(id) ? 1 : 0));
  const cuts = pinCuts(model, new Map(cells.map((c) => [c.id, c])), hidden, model.ids.map((id) => protect.includes(id)));
  return cuts.map((c) => ({ cell: model.ids[c.cell], published: c.published.map((p) => model.ids[p]) }));
}

const cell = (id: string, value: number, extra: Partial<SdcCell> = {}): SdcCell => ({ id, value, k: 5, ...extra });

describe('pinCuts', () => {
  it('pinCuts(cell the sums give away) names the published cells of the one sum that does it', () => {
    // Row r0 = a + b with a and b hidden; column c0 = a + x with x published: a = c0 − x.
    const cells = [cell('r0', 33), cell('a', 3), cell('b', 30), cell('c0', 43), cell('x', 40)];
    const equations = [{ total: 'r0', parts: ['a', 'b'] }, { total: 'c0', parts: ['a', 'x'] }];
    expect(cutsOf(cells, equations, ['a', 'b'], ['a'])).toEqual([{ cell: 'a', published: ['c0', 'x'] }]);
  });

  it('pinCuts(cell the bounds give away) names the published cells of every sum in the chain', () => {
    // t = a + b and c = b + d; b ≤ 5 and d ≤ 2 by their targets, so c = 7 forces b = 5 and then a = t − 5 = 3.
    const cells = [cell('t', 8), cell('a', 3), cell('b', 5, { complementOf: 5 }), cell('c', 7), cell('d', 2, { complementOf: 2 })];
    const equations = [{ total: 't', parts: ['a', 'b'] }, { total: 'c', parts: ['b', 'd'] }];
    expect(cutsOf(cells, equations, ['a', 'b', 'd'], ['a'])).toEqual([{ cell: 'a', published: ['c', 't'] }]);
  });

  it('pinCuts(safe pattern) is empty', () => {
    const cells = [cell('t', 38), cell('a', 3), cell('b', 35)];
    expect(cutsOf(cells, [{ total: 't', parts: ['a', 'b'] }], ['a', 'b', 't'], ['a'])).toEqual([]);
  });
});
