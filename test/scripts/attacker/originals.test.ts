import { describe, expect, it } from 'vitest';
import { originalsOf } from '../../../scripts/attacker/originals.ts';
import { cellKeyTable, RR3 } from './published-fixture.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('originalsOf(table, published, target)', () => {
  it('originalsOf(table, p, null) is every count within the maximum deviation for a cell key table', () => {
    expect(originalsOf(cellKeyTable(2), 10, null)).toEqual(range(8, 12));
  });
  it('originalsOf(table, 0, null) is 0 alone: a true 0 is published as 0, and nothing else is', () => {
    expect(originalsOf(cellKeyTable(2), 0, null)).toEqual([0]);
    expect(originalsOf(RR3, 0, null)).toEqual([0]);
  });
  it('originalsOf(table, 1, null) includes the counts that a change below 1 would have taken there', () => {
    expect(originalsOf(cellKeyTable(2), 1, null)).toEqual([1, 2, 3]);
    expect(originalsOf(RR3, 1, null)).toEqual([1, 2]);
  });
  it('originalsOf(table, target, target) includes counts under the target pushed down to it', () => {
    expect(originalsOf(cellKeyTable(2), 10, 10)).toEqual(range(8, 12));
  });
  it('originalsOf(table, p, target) for p above the target is only counts above the target', () => {
    expect(originalsOf(cellKeyTable(2), 12, 10)).toEqual(range(11, 14));
  });
  it('originalsOf(RR3, p, null) is the four counts around a multiple of 3, and p itself', () => {
    expect(originalsOf(RR3, 6, null)).toEqual(range(4, 8));
    expect(originalsOf(RR3, 7, null)).toEqual([]);
  });
});
