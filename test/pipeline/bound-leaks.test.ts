import { describe, expect, it } from 'vitest';
import { boundLeaks } from '../../src/pipeline/bound-leaks.ts';
import type { SdcCell } from '../../src/pipeline/suppress.ts';

const cells = (list: SdcCell[]) => new Map(list.map((c) => [c.id, c]));

describe('boundLeaks', () => {
  it('boundLeaks(full coverage over hidden parts) names the total: every part must be at its target', () => {
    const table = cells([
      { id: 'kec', value: 3, k: 5, complementOf: 3 },
      { id: 'a', value: 1, k: 5, complementOf: 1 },
      { id: 'b', value: 1, k: 5, complementOf: 1 },
      { id: 'c', value: 1, k: 5, complementOf: 1 },
    ]);
    expect(boundLeaks(table, [{ total: 'kec', parts: ['a', 'b', 'c'] }], new Set(['a', 'b', 'c']))).toEqual(['kec']);
  });

  it('boundLeaks(published parts leave 0 for hidden ones) names the total: the hidden parts are all 0', () => {
    const table = cells([
      { id: 't', value: 9, k: 5 },
      { id: 'a', value: 9, k: 5 },
      { id: 'b', value: 0, k: 5 },
      { id: 'c', value: 0, k: 5 },
    ]);
    expect(boundLeaks(table, [{ total: 't', parts: ['a', 'b', 'c'] }], new Set(['b', 'c']))).toEqual(['t']);
  });

  it('boundLeaks(slack strictly between the bounds) finds nothing', () => {
    const table = cells([
      { id: 'kec', value: 2, k: 5, complementOf: 3 },
      { id: 'a', value: 1, k: 5, complementOf: 1 },
      { id: 'b', value: 1, k: 5, complementOf: 1 },
      { id: 'c', value: 0, k: 5, complementOf: 1 },
    ]);
    expect(boundLeaks(table, [{ total: 'kec', parts: ['a', 'b', 'c'] }], new Set(['a', 'b', 'c']))).toEqual([]);
  });

  it('boundLeaks(parts without targets) only checks the zero bound', () => {
    const table = cells([
      { id: 't', value: 7, k: 5 },
      { id: 'a', value: 3, k: 5 },
      { id: 'b', value: 4, k: 5 },
    ]);
    expect(boundLeaks(table, [{ total: 't', parts: ['a', 'b'] }], new Set(['a', 'b']))).toEqual([]);
    expect(boundLeaks(table, [{ total: 't', parts: ['a', 'b'] }], new Set(['t', 'a', 'b']))).toEqual([]);
  });
});
