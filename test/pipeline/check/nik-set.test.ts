import { describe, expect, it } from 'vitest';
import { NikSet, slotHash } from '../../../src/pipeline/check/nik-set.ts';
import { createPrng } from '../../../scripts/sample/prng.ts';

/** The sample generator's seeded PRNG (mulberry32), so a failing case can be replayed. */
const random = (seed: number): (() => number) => createPrng(seed).next;

/** A key in nikKey's range [0, 9e15), built from two draws so all 53 bits vary. */
function randomKey(next: () => number): number {
  return Math.floor(next() * 9e7) * 1e8 + Math.floor(next() * 1e8);
}

describe('NikSet', () => {
  it('add(key) is true for a new key and false for a repeat', () => {
    const set = new NikSet();
    expect(set.add(1234)).toBe(true);
    expect(set.add(1234)).toBe(false);
    expect(set.add(1235)).toBe(true);
    expect(set.size).toBe(2);
  });

  it('add(0) and add(8999999999999999) work: 0 is a key, not a free slot', () => {
    const set = new NikSet();
    expect(set.add(0)).toBe(true);
    expect(set.add(8_999_999_999_999_999)).toBe(true);
    expect(set.add(0)).toBe(false);
    expect(set.add(8_999_999_999_999_999)).toBe(false);
  });

  it('add(not a nikKey) throws', () => {
    const set = new NikSet();
    expect(() => set.add(-1)).toThrow(RangeError);
    expect(() => set.add(1.5)).toThrow(RangeError);
    expect(() => set.add(9e15)).toThrow(RangeError);
  });

  it('add(1e6 random keys with repeats) agrees with a JS Set', () => {
    const next = random(20250926);
    const pool = Array.from({ length: 600_000 }, () => randomKey(next));
    const set = new NikSet();
    const reference = new Set<number>();
    let mismatches = 0;
    for (let i = 0; i < 1_000_000; i++) {
      const key = pool[Math.floor(next() * pool.length)]!;
      const isNew = !reference.has(key);
      reference.add(key);
      if (set.add(key) !== isNew) mismatches++;
    }
    expect(reference.size).toBeLessThan(1_000_000);
    expect(mismatches).toBe(0);
    expect(set.size).toBe(reference.size);
  });

  it('add(keys that all fall in one shard) grows that shard and keeps every key', () => {
    const next = random(7);
    const keys: number[] = [];
    while (keys.length < 2000) {
      const key = randomKey(next);
      if (slotHash(key) >>> 22 === 5 && !keys.includes(key)) keys.push(key);
    }
    const set = new NikSet();
    keys.forEach((key) => expect(set.add(key)).toBe(true));
    keys.forEach((key) => expect(set.add(key)).toBe(false));
    expect(set.size).toBe(2000);
  });

  it('add(synthetic NIK keys sharing prefixes) spreads them: the set stays 60–85% full', () => {
    const set = new NikSet();
    // NIKs of one kecamatan and birth year differ only in a few digits.
    for (let day = 1; day <= 28; day++)
      for (let serial = 0; serial < 5000; serial++) set.add((21719901 - 1e7) * 1e8 + day * 1e6 + 90 * 1e4 + serial);
    expect(set.size).toBe(140_000);
    expect(set.size / set.capacity).toBeGreaterThan(0.6);
    expect(set.size / set.capacity).toBeLessThanOrEqual(0.85);
  });

  it('new NikSet(expected) holds that many keys without growing', () => {
    const set = new NikSet(100_000);
    const before = set.capacity;
    const next = random(3);
    while (set.size < 100_000) set.add(randomKey(next));
    expect(set.capacity).toBe(before);
  });
});
