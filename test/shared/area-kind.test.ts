import { describe, expect, it } from 'vitest';
import { areaKindOf, regionKindOf, villageKindOf } from '../../src/shared/area-kind.ts';

describe('area kinds from the official list', () => {
  it('regionKindOf(name) reads kota or kabupaten from the official name, in any case', () => {
    expect(regionKindOf('Kota Surabaya')).toBe('kota');
    expect(regionKindOf('Kabupaten Bintan')).toBe('kabupaten');
    expect(regionKindOf('KABUPATEN  ACEH SELATAN')).toBe('kabupaten');
    expect(regionKindOf('Kab. Bintan')).toBe('kabupaten');
    expect(regionKindOf('Bintan')).toBeUndefined();
  });

  it('villageKindOf(code) is kelurahan for a serial starting with 1, desa for 2 or 3', () => {
    expect(villageKindOf('35.78.01.1001')).toBe('kelurahan');
    expect(villageKindOf('21.01.04.2001')).toBe('desa');
    expect(villageKindOf('21.01.04.3001')).toBe('desa');
  });

  it('areaKindOf(level, code, regionKind) gives the region its kind, kecamatan theirs, villages by code', () => {
    expect(areaKindOf('kota', '21.01', 'kabupaten')).toBe('kabupaten');
    expect(areaKindOf('kecamatan', '21.01.04', 'kabupaten')).toBe('kecamatan');
    expect(areaKindOf('kelurahan', '21.01.04.2001', 'kabupaten')).toBe('desa');
    expect(areaKindOf('kelurahan', '21.01.01.1001', 'kabupaten')).toBe('kelurahan');
  });
});
