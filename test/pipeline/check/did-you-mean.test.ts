import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../../src/pipeline/check/did-you-mean.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['abc', '', 3],
    ['', 'abc', 3],
    ['posyandu', 'posyandu', 0],
    ['posyandy', 'posyandu', 1],
    ['ojlo', 'ojol', 2],
    ['kitten', 'sitting', 3],
  ])('editDistance(%j, %j) gives %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  it("editDistance('', 'abc') is the length of the other string", () => {
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
  });

  it('editDistance(a, b) is 0 exactly when a equals b, symmetric, and obeys the triangle inequality', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 8 });
    fc.assert(
      fc.property(word, word, word, (a, b, c) => {
        expect(editDistance(a, b) === 0).toBe(a === b);
        expect(editDistance(a, b)).toBe(editDistance(b, a));
        expect(editDistance(a, c)).toBeLessThanOrEqual(editDistance(a, b) + editDistance(b, c));
      }),
    );
  });

  it('editDistance(a, b) is at least the difference in length and at most the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 10 }), fc.string({ maxLength: 10 }), (a, b) => {
        const d = editDistance(a, b);
        expect(d).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('didYouMean', () => {
  const names = ['batamkota', 'batuaji', 'batuampar', 'sekupang'];
  const same = (name: string) => name;

  it("didYouMean('batamkot', names) suggests the one closest name", () => {
    expect(didYouMean('batamkot', names, same)).toEqual({ items: ['batamkota'], distance: 1 });
  });

  it("didYouMean('xyz', names) suggests nothing when no name is close", () => {
    expect(didYouMean('xyz', names, same)).toBeUndefined();
  });

  it('didYouMean(key, names) returns every name tied at the smallest distance, in the order given', () => {
    expect(didYouMean('abcx', ['abcy', 'zzzz', 'abcz'], same)).toEqual({ items: ['abcy', 'abcz'], distance: 1 });
  });

  it('didYouMean(key, names) allows one edit per three characters of the key', () => {
    // 'sekpng' (6 letters) allows 2 edits; 'sekupang' is 2 away.
    expect(didYouMean('sekpng', names, same)?.items).toEqual(['sekupang']);
    // 'skpg' (4 letters) allows 1 edit; 'sekupang' is 4 away.
    expect(didYouMean('skpg', names, same)).toBeUndefined();
  });

  it('didYouMean(key, items, keyOf) compares on the key and returns the items', () => {
    const items = [{ code: '21.71.10', key: 'batamkota' }];
    expect(didYouMean('batamkota1', items, (item) => item.key)?.items).toEqual(items);
  });
});
