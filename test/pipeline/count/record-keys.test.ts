import { describe, expect, it } from 'vitest';
import { recordKeyer } from '../../../src/pipeline/count/record-keys.ts';
import { SEXES, Tally } from '../../../src/pipeline/count/tally.ts';
import { AGE_BANDS } from '../../../src/schemas/published.ts';
import { createPrng } from '../../../scripts/sample/prng.ts';

const SECRET = Buffer.alloc(32, 7);
const nik = (i: number) => `217199${String(100000 + i).padStart(6, '0')}${String(i % 10000).padStart(4, '0')}`;

describe('record keys', () => {
  it('recordKeyer(secret) gives each NIK a fixed key, another secret other keys, and refuses a secret of the wrong size', () => {
    const niks = Buffer.from([nik(1), nik(2), nik(1)].join(''), 'latin1');
    const keys = recordKeyer(SECRET)(niks);
    expect(keys).toHaveLength(3);
    expect(keys[0]).toBe(keys[2]);
    expect(keys[0]).not.toBe(keys[1]);
    expect(recordKeyer(Buffer.alloc(32, 8))(niks)[0]).not.toBe(keys[0]);
    expect(() => recordKeyer(Buffer.alloc(16))).toThrow(/32 bytes/);
  });

  it('a keyed Tally sums, for every count, the record keys of the people it counts (modulo 2^32), across key batches', () => {
    const key = recordKeyer(SECRET);
    const keyOf = (n: string) => key(Buffer.from(n, 'latin1'))[0]!;
    const [kel, cat] = [5, 4];
    const tally = new Tally(kel, cat, key);
    const prng = createPrng(3);
    const expected = { active: new Array<number>(kel * cat).fill(0), nonActive: new Array<number>(kel * cat).fill(0), sex: new Array<number>(kel * 2).fill(0), age: new Array<number>(kel * AGE_BANDS.length).fill(0) };
    const byMonth = new Map<string, number[]>();
    // More people than one batch (8,192), so keys are worked out in several batches and at the end.
    for (let i = 0; i < 20_000; i++) {
      const [k, c, s, a] = [Math.floor(prng.next() * kel), Math.floor(prng.next() * cat), Math.floor(prng.next() * 2), Math.floor(prng.next() * AGE_BANDS.length)];
      const month = prng.next() < 0.5 ? '2025-09' : '2025-11';
      const n = nik(i);
      if (prng.next() < 0.1) {
        tally.addNonActive(k, c, n);
        expected.nonActive[k * cat + c] = (expected.nonActive[k * cat + c]! + keyOf(n)) >>> 0;
        continue;
      }
      tally.addActive(k, c, s, a, month, n);
      expected.active[k * cat + c] = (expected.active[k * cat + c]! + keyOf(n)) >>> 0;
      expected.sex[k * SEXES.length + s] = (expected.sex[k * SEXES.length + s]! + keyOf(n)) >>> 0;
      expected.age[k * AGE_BANDS.length + a] = (expected.age[k * AGE_BANDS.length + a]! + keyOf(n)) >>> 0;
      const months = byMonth.get(month) ?? new Array<number>(cat).fill(0);
      months[c] = (months[c]! + keyOf(n)) >>> 0;
      byMonth.set(month, months);
    }
    const keys = tally.keys();
    expect([...keys.active]).toEqual(expected.active);
    expect([...keys.nonActive]).toEqual(expected.nonActive);
    expect([...keys.sex]).toEqual(expected.sex);
    expect([...keys.age]).toEqual(expected.age);
    expect(new Map([...keys.byMonth].map(([m, a]) => [m, [...a]]))).toEqual(byMonth);
  });

  it('a Tally made without a keyer has no keys to give', () => {
    expect(() => new Tally(1, 1).keys()).toThrow(/without a secret/);
  });
});
