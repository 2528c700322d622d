import { describe, expect, it } from 'vitest';
import { matchesPlace, searchKey } from '../../src/lib/place-search.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { normaliseRegionName } from '../../src/shared/place-names.ts';

describe('place search', () => {
  it('searchKey(name) ignores case, accents and punctuation, and writes Sungai as Sei', () => {
    expect(searchKey('SEI BEDUK')).toBe('sei beduk');
    expect(searchKey('Sungai-Beduk')).toBe('sei beduk');
    expect(searchKey('Kampung Seraya ')).toBe('kampung seraya');
    expect(searchKey('Tanjung Uncang')).toBe(searchKey('tanjung   uncang'));
  });
  it('matchesPlace(key, query) needs every typed word to start a word of the place', () => {
    const key = searchKey('Batam Kota');
    expect(matchesPlace(key, 'bat ko')).toBe(true);
    expect(matchesPlace(key, 'kota')).toBe(true);
    expect(matchesPlace(key, 'atam')).toBe(false);
    expect(matchesPlace(key, 'batam nongsa')).toBe(false);
    expect(matchesPlace(searchKey('Sei Beduk'), 'sungai beduk')).toBe(true);
    expect(matchesPlace(key, '   ')).toBe(true);
  });
  it('searchKey(query) reads spellings as stage 1 does: Tg. for Tanjung, Sg. for Sungai, Tj. and Tanjong too', () => {
    expect(matchesPlace(searchKey('Tanjung Uma'), 'Tg. Uma')).toBe(true);
    expect(matchesPlace(searchKey('Tanjung Uma'), 'tanjong u')).toBe(true);
    expect(matchesPlace(searchKey('Sungai Panas'), 'sg panas')).toBe(true);
    expect(matchesPlace(searchKey('kecamatan Batam Kota'), 'kec batam')).toBe(true);
  });
  it('searchKey(official name) has the words of the key stage 1 resolves names with, for every published area', () => {
    for (const area of loadPublished('data/published').metadata.areas)
      expect(searchKey(area.name).replaceAll(' ', ''), area.name).toBe(normaliseRegionName(area.name));
  });
});
