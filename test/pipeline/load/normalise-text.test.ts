import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../../../src/pipeline/load/normalise-text.ts';

describe('normaliseKey', () => {
  it.each([
    ['Laki-Laki', 'lakilaki'],
    ['LAKI LAKI', 'lakilaki'],
    ['laki_laki', 'lakilaki'],
    ['NO. NIK', 'nonik'],
    ['DESA/KELURAHAN', 'desakelurahan'],
    ['L/P', 'lp'],
    ['\ufeffNIK', 'nik'],
    ['\u00a0Tgl\tLahir\r\n', 'tgllahir'],
    ['Kader\u202fPosyandu', 'kaderposyandu'],
    ['KÉPALA', 'képala'],
    [' . - _ / ', ''],
  ])('normaliseKey(%j) gives %j', (text, key) => {
    expect(normaliseKey(text)).toBe(key);
  });

  it('normaliseKey(a string that is already a key) returns it unchanged', () => {
    const key = 'kaderposyandu2025';
    expect(normaliseKey(key)).toBe(key);
  });
});
