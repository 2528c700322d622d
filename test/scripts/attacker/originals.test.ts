import { describe, expect, it } from 'vitest';
import { originalsOf } from '../../../scripts/attacker/originals.ts';
import { cellKeyTable, RR3 } from './published-fixture.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe('originalsOf(table, published, target)', () => {
  it('originalsOf(table, p, null) is every count within the maximum deviation for a cell key table', () => {
    expect(originalsOf(cellKeyTable(2), 10, null)).toEqual(range(8, 12));
  });
  it('originalsOf(table, 0, null) is what the table\'s rows let fall to 0: 0 alone for a cell key table, 0…2 under RR3', () => {
    // The cell key table never moves a count of 1 or more below 1; rounding to base 3 rounds 1 and 2 down to 0.
    expect(originalsOf(cellKeyTable(2), 0, null)).toEqual([0]);
    expect(originalsOf(RR3, 0, null)).toEqual([0, 1, 2]);
  });
  it('originalsOf(table, 1, null) is only the counts the table\'s changes take to 1: none under RR3', () => {
    expect(originalsOf(cellKeyTable(2), 1, null)).toEqual([1, 2, 3]);
    expect(originalsOf(RR3, 1, null)).toEqual([]);
    expect(originalsOf(RR3, 3, null)).toEqual(range(1, 5));
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
