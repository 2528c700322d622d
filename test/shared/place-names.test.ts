import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ambiguityHint,
  isBlankRegionName,
  narrowByWriting,
  normaliseRegionName,
  regionNamePrefix,
  regionNameWriting,
} from '../../src/shared/place-names.ts';

describe('normaliseRegionName', () => {
  it("normaliseRegionName('Batam Kota') is 'batamkota'", () => {
    expect(normaliseRegionName('Batam Kota')).toBe('batamkota');
  });

  it.each([
    'BATAM KOTA',
    'batam kota',
    'KEC.BATAM KOTA',
    'Kec. Batam Kota',
    'Kec Batam Kota',
    'kec.batam kota',
    'Kecamatan Batam Kota',
    '  Batam   Kota  ',
    'Batam\u00a0Kota',
    'Batam-Kota',
    'Batam.Kota',
    "Batam' Kota",
    'BatamKota',
    'Kecamatan Kec. Batam Kota',
  ])('normaliseRegionName(%j) gives the key of "Batam Kota"', (raw) => {
    expect(normaliseRegionName(raw)).toBe(normaliseRegionName('Batam Kota'));
  });

  it.each(['Kel. Tiban Baru', 'Kel Tiban Baru', 'KEL.TIBAN BARU', 'Kelurahan Tiban Baru', 'Desa Tiban Baru', 'Ds. Tiban Baru', 'DS.Tiban Baru'])(
    'normaliseRegionName(%j) drops the prefix',
    (raw) => {
      expect(normaliseRegionName(raw)).toBe(normaliseRegionName('Tiban Baru'));
    },
  );

  it.each([
    ['Sungai Beduk', 'Sei Beduk'],
    ['Sg. Beduk', 'Sei Beduk'],
    ['SG BEDUK', 'Sei Beduk'],
    ['Sei Panas', 'Sungai Panas'],
    ['Pulau Terong', 'Pulau Terung'],
    ['P. Terung', 'Pulau Terung'],
    ['P.Buluh', 'Pulau Buluh'],
    ['Tg. Uma', 'Tanjung Uma'],
    ['Tg.Uma', 'Tanjung Uma'],
    ['Tj Uma', 'Tanjung Uma'],
    ['Kp. Pelita', 'Kampung Pelita'],
  ])('normaliseRegionName(%j) equals normaliseRegionName(%j)', (variant, official) => {
    expect(normaliseRegionName(variant)).toBe(normaliseRegionName(official));
  });

  it('normaliseRegionName keeps a name that merely starts like a prefix', () => {
    expect(normaliseRegionName('Kelapa Gading')).toBe('kelapagading');
    expect(normaliseRegionName('Desaku')).toBe('desaku');
  });

  it("normaliseRegionName('Kelurahan') keeps the word, since one village is officially named so", () => {
    expect(normaliseRegionName('Kelurahan')).toBe('kelurahan');
  });

  it('normaliseRegionName keeps names apart that differ in a letter or a word', () => {
    expect(normaliseRegionName('Tiban Baru')).not.toBe(normaliseRegionName('Tiban Lama'));
    expect(normaliseRegionName('Lubuk Baja')).not.toBe(normaliseRegionName('Lubuk Baja Kota'));
  });

  it("normaliseRegionName('') and punctuation-only text give an empty key", () => {
    expect(normaliseRegionName('')).toBe('');
    expect(normaliseRegionName(' - . ')).toBe('');
  });

  it('normaliseRegionName ignores case, surrounding spaces and a prefix for any name', () => {
    const name = fc.stringMatching(/^[A-Za-z]{2,8}( [A-Za-z]{2,8}){0,2}$/);
    const prefix = fc.constantFrom('', 'Kec. ', 'Kel.', 'KELURAHAN ', 'Desa ', 'Ds.');
    const spaces = fc.constantFrom('', ' ', '  ', '\u00a0');
    fc.assert(
      fc.property(name, prefix, spaces, spaces, (n, p, before, after) => {
        const plain = normaliseRegionName(n);
        expect(normaliseRegionName(`${before}${p}${n.toUpperCase()}${after}`)).toBe(plain);
        expect(normaliseRegionName(n.toLowerCase())).toBe(plain);
      }),
    );
  });
});

describe('regionNameWriting', () => {
  it('regionNameWriting keeps word breaks and spellings that normaliseRegionName merges', () => {
    expect(normaliseRegionName('Lubuk Pakam I,II')).toBe(normaliseRegionName('Lubuk Pakam III'));
    expect(regionNameWriting('Lubuk Pakam I,II')).not.toBe(regionNameWriting('Lubuk Pakam III'));
    expect(regionNameWriting('Sei Beduk')).not.toBe(regionNameWriting('Sungai Beduk'));
  });

  it("regionNameWriting('Kel. TIBAN  Baru') equals regionNameWriting('Tiban Baru')", () => {
    expect(regionNameWriting('Kel. TIBAN  Baru')).toBe(regionNameWriting('Tiban Baru'));
  });
});

describe('regionNamePrefix', () => {
  it.each([
    ['Kel. Terusan', 'kelurahan'],
    ['KELURAHAN Terusan', 'kelurahan'],
    ['Desa Terusan', 'desa'],
    ['Ds.Terusan', 'desa'],
    ['Kec. Batam Kota', 'kecamatan'],
    ['Terusan', undefined],
    ['Kelurahan', undefined],
  ])('regionNamePrefix(%j) is %j', (raw, kind) => {
    expect(regionNamePrefix(raw)).toBe(kind);
  });
});

describe('isBlankRegionName', () => {
  it.each(['', '   ', '\u00a0', '-', 'Kel.', 'Kecamatan', 'Kec. Kel.'])('isBlankRegionName(%j) is true', (raw) => {
    expect(isBlankRegionName(raw)).toBe(true);
  });

  it.each(['Batam Kota', 'Kel. Sadai', 'Kelapa'])('isBlankRegionName(%j) is false', (raw) => {
    expect(isBlankRegionName(raw)).toBe(false);
  });
});

describe('narrowByWriting', () => {
  const kelurahan = { code: '15.04.08.1008', name: 'Terusan' };
  const desa = { code: '15.04.08.2006', name: 'Terusan' };
  const kindOf = (item: { code: string }) => (item.code.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa');

  it('narrowByWriting(raw, matches, kindOf) picks by the prefix the raw text used', () => {
    expect(narrowByWriting('Kel. Terusan', [kelurahan, desa], kindOf)).toEqual([kelurahan]);
    expect(narrowByWriting('Desa Terusan', [kelurahan, desa], kindOf)).toEqual([desa]);
    expect(narrowByWriting('Terusan', [kelurahan, desa], kindOf)).toEqual([kelurahan, desa]);
  });

  it('narrowByWriting(raw, matches) picks the official name written the same way', () => {
    const one = { code: '12.07.28.1007', name: 'Lubuk Pakam I,II' };
    const three = { code: '12.07.28.1008', name: 'Lubuk Pakam III' };
    expect(narrowByWriting('LUBUK PAKAM III', [one, three])).toEqual([three]);
    expect(narrowByWriting('Lubuk Pakam I, II', [one, three])).toEqual([one]);
    expect(narrowByWriting('LubukPakamIII', [one, three])).toEqual([one, three]);
  });

  it('ambiguityHint(matches, kindOf) names only the ways that tell the matches apart', () => {
    const hint = ambiguityHint([kelurahan, desa], kindOf);
    expect(hint).toContain('"Kel." or "Desa"');
    expect(hint).not.toContain('exactly');
    expect(hint).toContain(kelurahan.code);
  });
});
