import { describe, expect, it } from 'vitest';
import { parseSex } from '../../../src/pipeline/check/sex.ts';

describe('parseSex', () => {
  it.each([
    ['L', 'L'],
    ['l', 'L'],
    [' L ', 'L'],
    ['Laki-laki', 'L'],
    ['LAKI-LAKI', 'L'],
    ['Laki Laki', 'L'],
    ['laki  laki', 'L'],
    ['Lelaki', 'L'],
    ['PRIA', 'L'],
    ['P', 'P'],
    ['p', 'P'],
    ['Perempuan', 'P'],
    ['PEREMPUAN ', 'P'],
    ['Wanita', 'P'],
    ['wanita', 'P'],
  ])('parseSex(%j) gives %s', (raw, sex) => {
    expect(parseSex(raw)).toEqual({ ok: true, value: sex });
  });

  it.each([['X'], ['Laki'], ['M'], ['F'], ['Male'], [1], [new Date(0)]])('parseSex(%j) is an error that lists the accepted values', (raw) => {
    const result = parseSex(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('not a value this tool knows');
      for (const accepted of ['L, P', 'Laki-laki', 'Lelaki', 'Pria', 'Perempuan', 'Wanita']) expect(result.message).toContain(accepted);
    }
  });

  it.each([[''], ['  '], [null]])('parseSex(%j) says the cell is empty and lists the accepted values', (raw) => {
    const result = parseSex(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toContain('empty');
      expect(result.message).toContain('Perempuan');
    }
  });
});
