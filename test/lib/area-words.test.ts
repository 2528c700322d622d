import { describe, expect, it } from 'vitest';
import {
  areaTitle, publishedRegionKind, regionWords, villageCounts, villageLabel, villagesHeading, villageWord,
} from '../../src/lib/area-words.ts';

const kel = { kind: 'kelurahan' as const };
const desa = { kind: 'desa' as const };

describe('area words', () => {
  it('areaTitle(area) names an area with its kind, keeping a region name that already says it', () => {
    expect(areaTitle({ name: 'Teluk Bakau', kind: 'desa' })).toBe('Desa Teluk Bakau');
    expect(areaTitle({ name: 'Dr. Soetomo', kind: 'kelurahan' })).toBe('Kelurahan Dr. Soetomo');
    expect(areaTitle({ name: 'Gunung Kijang', kind: 'kecamatan' })).toBe('Kecamatan Gunung Kijang');
    expect(areaTitle({ name: 'Kabupaten Bintan', kind: 'kabupaten' })).toBe('Kabupaten Bintan');
    expect(areaTitle({ name: 'Bintan', kind: 'kabupaten' })).toBe('Kabupaten Bintan');
    expect(areaTitle({ name: 'Kota Surabaya', kind: 'kota' })).toBe('Kota Surabaya');
  });

  it('publishedRegionKind(region) takes the published kind, or reads an older folder\'s name', () => {
    expect(publishedRegionKind({ name: 'Bintan', kind: 'kabupaten' })).toBe('kabupaten');
    expect(publishedRegionKind({ name: 'Kabupaten Bintan' })).toBe('kabupaten');
    expect(publishedRegionKind({ name: 'Kota Surabaya' })).toBe('kota');
  });

  it('villageWord(areas) says kelurahan, desa, or both with the more common kind first', () => {
    expect(villageWord([kel, kel])).toBe('kelurahan');
    expect(villageWord([desa, desa])).toBe('desa');
    expect(villageWord([kel, desa, desa])).toBe('desa/kelurahan');
    expect(villageWord([kel, kel, desa])).toBe('kelurahan/desa');
  });

  it('villagesHeading, villageLabel and villageCounts write a mix naturally in both languages', () => {
    expect(villagesHeading([kel, desa, desa], 'id')).toBe('Desa dan kelurahan');
    expect(villagesHeading([kel, desa, desa], 'en')).toBe('Desa and kelurahan');
    expect(villagesHeading([desa], 'id')).toBe('Desa');
    expect(villageLabel([kel], 'id')).toBe('Kelurahan');
    expect(villageLabel([kel, desa], 'en')).toBe('Kelurahan/desa (village)');
    expect(villageCounts([kel, ...Array(1200).fill(desa)], 'id')).toBe('1 kelurahan dan 1.200 desa');
    expect(villageCounts([desa, desa], 'en')).toBe('2 desa');
    expect(villageCounts([kel], 'en')).toBe('1 kelurahan');
  });

  it('regionWords(kind, lang) names the government and its budget by the region\'s kind', () => {
    expect(regionWords('kabupaten', 'id')).toEqual({ government: 'pemerintah kabupaten', budget: 'anggaran kabupaten', noun: 'kabupaten' });
    expect(regionWords('kabupaten', 'en')).toEqual({ government: 'the regency', budget: 'the regency budget', noun: 'regency' });
    expect(regionWords('kota', 'id').government).toBe('pemerintah kota');
    expect(regionWords('kota', 'en').budget).toBe('the city budget');
  });
});
