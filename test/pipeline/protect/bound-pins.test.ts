import { describe, expect, it } from 'vitest';
import { boundPins } from '../../../src/pipeline/protect/bound-pins.ts';
import type { SdcCell } from '../../../src/pipeline/protect/sdc-input.ts';

const cells = (list: SdcCell[]) => new Map(list.map((c) => [c.id, c]));

describe('boundPins', () => {
  it('boundPins(full coverage over hidden parts) pins them and names the total to hide', () => {
    const table = cells([
      { id: 'kec', value: 3, k: 5, complementOf: 3, cost: 10 },
      { id: 'a', value: 1, k: 5, complementOf: 1 },
      { id: 'b', value: 1, k: 5, complementOf: 1 },
      { id: 'c', value: 1, k: 5, complementOf: 1 },
    ]);
    expect(boundPins(table, [{ total: 'kec', parts: ['a', 'b', 'c'] }], new Set(['a', 'b', 'c']))).toEqual({ pinned: ['a', 'b', 'c'], toHide: ['kec'] });
  });

  it('boundPins(published parts leave 0 for hidden ones) pins them at 0, which matters only for cells that must stay unknown', () => {
    const table = cells([
      { id: 't', value: 9, k: 5 },
      { id: 'a', value: 9, k: 5 },
      { id: 'b', value: 0, k: 5 },
      { id: 'c', value: 0, k: 5 },
    ]);
    const equations = [{ total: 't', parts: ['a', 'b', 'c'] }];
    // A zero is publishable: pinning a hidden zero reveals nobody.
    expect(boundPins(table, equations, new Set(['b', 'c'])).pinned).toEqual([]);
    expect(boundPins(table, equations, new Set(['b', 'c']), () => true).pinned).toEqual(['b', 'c']);
  });

  it('boundPins(slack between the bounds) pins nothing', () => {
    const table = cells([
      { id: 'kec', value: 2, k: 5, complementOf: 3 },
      { id: 'a', value: 1, k: 5, complementOf: 1 },
      { id: 'b', value: 1, k: 5, complementOf: 1 },
      { id: 'c', value: 0, k: 5, complementOf: 1 },
    ]);
    expect(boundPins(table, [{ total: 'kec', parts: ['a', 'b', 'c'] }], new Set(['a', 'b', 'c'])).pinned).toEqual([]);
  });

  it('boundPins(bounds chained through two equations) pins what no single equation pins', () => {
    // Two kecamatan rows: total = lpm + ksk + published; lpm ≤ its target 4. The city column of ksk leaves
    // ksk1 + ksk2 = 13. Then ksk1 ≥ 12 − 4 = 8 and ksk2 ≥ 9 − 4 = 5, so both are exact: 8 and 5, lpm 4 and 4.
    const table = cells([
      { id: 'row1', value: 12, k: 5 }, { id: 'lpm1', value: 4, k: 5, complementOf: 4 }, { id: 'ksk1', value: 8, k: 5 },
      { id: 'row2', value: 9, k: 5 }, { id: 'lpm2', value: 4, k: 5, complementOf: 4 }, { id: 'ksk2', value: 5, k: 5 },
      { id: 'kota', value: 13, k: 5 },
    ]);
    const equations = [
      { total: 'row1', parts: ['lpm1', 'ksk1'] },
      { total: 'row2', parts: ['lpm2', 'ksk2'] },
      { total: 'kota', parts: ['ksk1', 'ksk2'] },
    ];
    const hidden = new Set(['lpm1', 'ksk1', 'lpm2', 'ksk2']);
    // lpm counts of 4 are below k = 5 and must stay unknown; ksk 8 and 5 were hidden only to protect them.
    expect(boundPins(table, equations, hidden).pinned).toEqual(['lpm1', 'lpm2']);
    expect(boundPins(table, equations, hidden, () => true).pinned).toEqual(['ksk1', 'ksk2', 'lpm1', 'lpm2']);
    // Without the targets nothing is pinned: the chain needs the upper bounds.
    const untargeted = cells([...table.values()].map(({ complementOf: _, ...c }) => c));
    expect(boundPins(untargeted, equations, hidden).pinned).toEqual([]);
  });

  it('boundPins prefers to hide a cell that brings slack over a cheaper full-coverage one', () => {
    const table = cells([
      { id: 'kec', value: 5, k: 5, cost: 10 },
      { id: 'a', value: 1, k: 5, complementOf: 1, cost: 1 },
      { id: 'b', value: 1, k: 5, complementOf: 1, cost: 1 },
      { id: 'full', value: 2, k: 5, complementOf: 2, cost: 1 },
      { id: 'open', value: 1, k: 5, cost: 1 },
    ]);
    const result = boundPins(table, [{ total: 'kec', parts: ['a', 'b', 'full', 'open'] }], new Set(['a', 'b']));
    expect(result.pinned).toEqual(['a', 'b']);
    expect(result.toHide).toEqual(['open']);
  });
});
