import { describe, expect, it } from 'vitest';
import { matchesPlace, searchKey } from '../../src/lib/place-search.ts';

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
});
