import { beforeAll, describe, expect, it } from 'vitest';
import { type RegionIndex, loadRegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { makeRegionResolver } from '../../../src/pipeline/check/places.ts';

let batam: RegionIndex;
beforeAll(async () => {
  batam = await loadRegionIndex('21.71');
});

const codeOfKecamatan = (name: string) => batam.kecamatan.find((k) => k.name === name)?.code;
const codeOfKelurahan = (name: string) => batam.kelurahan.find((k) => k.name === name)?.code;
const kecamatanOf = (name: string) => batam.kelurahan.find((k) => k.name === name)?.kecamatanCode ?? '';

describe("loadRegionIndex('21.71')", () => {
  it('loads the 12 kecamatan of Kota Batam, 21.71.01 to 21.71.12 in order', () => {
    expect(batam.regionCode).toBe('21.71');
    expect(batam.kecamatan.map((k) => k.code)).toEqual(Array.from({ length: 12 }, (_, i) => `21.71.${String(i + 1).padStart(2, '0')}`));
    expect(codeOfKecamatan('Batam Kota')).toBe('21.71.10');
    expect(codeOfKecamatan('Sei Beduk')).toBe('21.71.07');
  });

  it('loads the 64 kelurahan of Kota Batam, sorted by code, each inside its kecamatan', () => {
    expect(batam.kelurahan).toHaveLength(64);
    const codes = batam.kelurahan.map((k) => k.code);
    expect(codes).toEqual([...codes].sort());
    for (const k of batam.kelurahan) {
      expect(k.code).toMatch(/^21\.71\.\d{2}\.10\d{2}$/);
      expect(k.code.startsWith(`${k.kecamatanCode}.`)).toBe(true);
    }
    expect(new Set(batam.kelurahan.map((k) => k.kecamatanCode)).size).toBe(12);
  });

  it('keeps the gaps in the official numbering', () => {
    const codes = new Set(batam.kelurahan.map((k) => k.code));
    for (const gap of ['21.71.01.1001', '21.71.03.1004', '21.71.06.1002']) expect(codes.has(gap)).toBe(false);
  });
});

describe('loadRegionIndex(other codes)', () => {
  it("loadRegionIndex('31.74') loads Jakarta Selatan's kecamatan and kelurahan", async () => {
    const index = await loadRegionIndex('31.74');
    expect(index.kecamatan.length).toBeGreaterThan(0);
    expect(index.kelurahan.length).toBeGreaterThan(index.kecamatan.length);
    for (const k of index.kecamatan) expect(k.code.startsWith('31.74.')).toBe(true);
    for (const k of index.kelurahan) expect(k.code.startsWith('31.74.')).toBe(true);
  });

  it("loadRegionIndex('99.99') throws a clear error for an unknown code", async () => {
    await expect(loadRegionIndex('99.99')).rejects.toThrow(/unknown region code "99\.99".*e\.g\. "35\.78"/);
  });

  it("loadRegionIndex('2171') throws, saying how to write the code", async () => {
    await expect(loadRegionIndex('2171')).rejects.toThrow(/write it as two digits, a dot and two digits/);
  });
});

describe('makeRegionResolver(batam).kecamatan', () => {
  const writings: [string, (name: string) => string][] = [
    ['as listed', (n) => n],
    ['upper case', (n) => n.toUpperCase()],
    ['lower case', (n) => n.toLowerCase()],
    ['"KEC." glued on', (n) => `KEC.${n.toUpperCase()}`],
    ['"Kec. " before it', (n) => `Kec. ${n}`],
    ['"Kecamatan " before it', (n) => `Kecamatan ${n}`],
    ['extra spaces', (n) => `  ${n.replaceAll(' ', '   ')} `],
    ['no-break spaces', (n) => `\u00a0${n.replaceAll(' ', '\u00a0')}`],
  ];

  it.each(writings)('resolves every official kecamatan name written %s', (_, write) => {
    const resolve = makeRegionResolver(batam);
    for (const k of batam.kecamatan) expect(resolve.kecamatan(write(k.name))).toEqual({ ok: true, code: k.code });
  });

  it("kecamatan('Sungai Beduk') resolves to the official 'Sei Beduk'", () => {
    expect(makeRegionResolver(batam).kecamatan('Sungai Beduk')).toEqual({ ok: true, code: codeOfKecamatan('Sei Beduk') });
  });

  it("kecamatan('21.71.03') accepts an official code as it is", () => {
    expect(makeRegionResolver(batam).kecamatan('21.71.03')).toEqual({ ok: true, code: '21.71.03' });
  });

  it("kecamatan('Batam Kot') suggests 'Batam Kota'", () => {
    expect(makeRegionResolver(batam).kecamatan('Batam Kot')).toEqual({
      ok: false,
      message: 'unknown kecamatan "Batam Kot"; did you mean "Batam Kota"? Use a name from the official Kemendagri list.',
    });
  });

  it("kecamatan('Jakarta') suggests nothing when no name is close", () => {
    const result = makeRegionResolver(batam).kecamatan('Jakarta');
    expect(result).toEqual({ ok: false, message: 'unknown kecamatan "Jakarta". Use a name from the official Kemendagri list.' });
  });

  it.each(['', '   ', 'Kec.'])('kecamatan(%j) says the name is empty and where to fill it in', (raw) => {
    const result = makeRegionResolver(batam).kecamatan(raw);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^kecamatan is empty; fill in the KECAMATAN column/);
  });

  it('kecamatan(raw) returns the cached result for a repeated raw string', () => {
    const resolve = makeRegionResolver(batam);
    const first = resolve.kecamatan('Batam Kot');
    expect(resolve.kecamatan('Batam Kot')).toBe(first);
  });
});

describe('makeRegionResolver(batam).kelurahan', () => {
  const writings: [string, (name: string) => string][] = [
    ['as listed', (n) => n],
    ['upper case', (n) => n.toUpperCase()],
    ['lower case', (n) => n.toLowerCase()],
    ['"Kel. " before it', (n) => `Kel. ${n}`],
    ['"KEL." glued on', (n) => `KEL.${n.toUpperCase()}`],
    ['"Kelurahan " before it', (n) => `Kelurahan ${n}`],
    ['"Desa " before it', (n) => `Desa ${n}`],
    ['"Ds." before it', (n) => `Ds.${n}`],
    ['extra spaces', (n) => ` ${n.replaceAll(' ', '  ')}   `],
    ['no-break spaces', (n) => `${n.replaceAll(' ', '\u00a0')}\u00a0`],
  ];

  it.each(writings)('resolves every official kelurahan name written %s', (_, write) => {
    const resolve = makeRegionResolver(batam);
    for (const k of batam.kelurahan) expect(resolve.kelurahan(write(k.name), k.kecamatanCode)).toEqual({ ok: true, code: k.code });
  });

  it('resolves every official name containing Sungai when written Sei, Sg. or SG', () => {
    const resolve = makeRegionResolver(batam);
    const withSungai = batam.kelurahan.filter((k) => k.name.includes('Sungai'));
    expect(withSungai.length).toBeGreaterThan(0);
    for (const k of withSungai) {
      for (const variant of ['Sei', 'Sg.', 'SG']) {
        expect(resolve.kelurahan(k.name.replace('Sungai', variant), k.kecamatanCode)).toEqual({ ok: true, code: k.code });
      }
    }
  });

  it.each([
    ['Sei Panas', 'Sungai Panas'],
    ['Pulau Terong', 'Pulau Terung'],
    ['P. Terong', 'Pulau Terung'],
    ['Tg. Uma', 'Tanjung Uma'],
    ['TG.PIAYU', 'Tanjung Piayu'],
    ['P. Buluh', 'Pulau Buluh'],
    ['Kp. Seraya', 'Kampung Seraya'],
  ])('kelurahan(%j) resolves to the official %j', (raw, official) => {
    expect(makeRegionResolver(batam).kelurahan(raw, kecamatanOf(official))).toEqual({ ok: true, code: codeOfKelurahan(official) });
  });

  it("kelurahan('Tiban Baru', Batam Kota) says it lies in Sekupang", () => {
    expect(makeRegionResolver(batam).kelurahan('Tiban Baru', '21.71.10')).toEqual({
      ok: false,
      message:
        'kelurahan "Tiban Baru" is in kecamatan Sekupang, not Batam Kota; check the KECAMATAN and KELURAHAN columns of this row',
    });
  });

  it("kelurahan('21.71.03.1006', Batam Kota) gives the same wrong-kecamatan message for a code", () => {
    const result = makeRegionResolver(batam).kelurahan(codeOfKelurahan('Tiban Baru') ?? '', '21.71.10');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('is in kecamatan Sekupang, not Batam Kota');
  });

  it("kelurahan('Tiban Bary', Sekupang) suggests 'Tiban Baru'", () => {
    expect(makeRegionResolver(batam).kelurahan('Tiban Bary', '21.71.03')).toEqual({
      ok: false,
      message: 'unknown kelurahan "Tiban Bary" in kecamatan Sekupang; did you mean "Tiban Baru"? Use a name from the official Kemendagri list.',
    });
  });

  it("kelurahan('Tiban Bary', Batam Kota) suggests 'Tiban Baru' and says it is in Sekupang", () => {
    const result = makeRegionResolver(batam).kelurahan('Tiban Bary', '21.71.10');
    expect(result).toEqual({
      ok: false,
      message:
        'unknown kelurahan "Tiban Bary" in kecamatan Batam Kota; did you mean "Tiban Baru" in kecamatan Sekupang? Use a name from the official Kemendagri list.',
    });
  });

  it("kelurahan('Sukajad', Batam Kota) suggests within the kecamatan only when nothing elsewhere is closer", () => {
    expect(makeRegionResolver(batam).kelurahan('Sukajad', '21.71.10')).toEqual({
      ok: false,
      message: 'unknown kelurahan "Sukajad" in kecamatan Batam Kota; did you mean "Sukajadi"? Use a name from the official Kemendagri list.',
    });
  });

  it("kelurahan('Zzzzz', Batam Kota) suggests nothing", () => {
    expect(makeRegionResolver(batam).kelurahan('Zzzzz', '21.71.10')).toEqual({
      ok: false,
      message: 'unknown kelurahan "Zzzzz" in kecamatan Batam Kota. Use a name from the official Kemendagri list.',
    });
  });

  it.each(['', ' ', 'Kel.', '-'])('kelurahan(%j) says the name is empty and where to fill it in', (raw) => {
    const result = makeRegionResolver(batam).kelurahan(raw, '21.71.10');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^kelurahan is empty; fill in the KELURAHAN column/);
  });

  it('kelurahan(raw, code) refuses a kecamatan code outside the region', () => {
    const result = makeRegionResolver(batam).kelurahan('Sadai', '31.74.01');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain('is not in region 21.71');
  });

  it('kelurahan(raw, code) returns the cached result for a repeated raw string and kecamatan', () => {
    const resolve = makeRegionResolver(batam);
    const first = resolve.kelurahan('Sei Panas', '21.71.10');
    expect(resolve.kelurahan('Sei Panas', '21.71.10')).toBe(first);
    expect(resolve.kelurahan('Sei Panas', '21.71.03')).not.toBe(first);
  });
});

describe('makeRegionResolver on official names that share a key', () => {
  // Jambi, Kabupaten Batang Hari: kecamatan 15.04.08 has both a kelurahan and a desa named Terusan.
  it('kelurahan(raw) asks for "Kel." or "Desa" when a kelurahan and a desa share the name', async () => {
    const index = await loadRegionIndex('15.04');
    const twins = index.kelurahan.filter((k) => k.name === 'Terusan' && k.kecamatanCode === '15.04.08');
    expect(twins).toHaveLength(2);
    const [kelurahan, desa] = twins;
    const resolve = makeRegionResolver(index);
    const bare = resolve.kelurahan('Terusan', '15.04.08');
    expect(bare.ok).toBe(false);
    if (!bare.ok) expect(bare.message).toMatch(/matches more than one official name.*put "Kel\." or "Desa" before the name/);
    expect(resolve.kelurahan('Kel. Terusan', '15.04.08')).toEqual({ ok: true, code: kelurahan?.code });
    expect(resolve.kelurahan('Desa Terusan', '15.04.08')).toEqual({ ok: true, code: desa?.code });
  });

  // Sumatera Utara, Deli Serdang: "Lubuk Pakam I,II" and "Lubuk Pakam III" lose their difference without punctuation.
  it('kelurahan(raw) asks for the exact writing when two names differ only in punctuation', async () => {
    const index = await loadRegionIndex('12.07');
    const resolve = makeRegionResolver(index);
    const code = (name: string) => index.kelurahan.find((k) => k.name === name)?.code;
    expect(resolve.kelurahan('lubuk pakam iii', '12.07.28')).toEqual({ ok: true, code: code('Lubuk Pakam III') });
    expect(resolve.kelurahan('Lubuk Pakam I, II', '12.07.28')).toEqual({ ok: true, code: code('Lubuk Pakam I,II') });
    const glued = resolve.kelurahan('LubukPakamIII', '12.07.28');
    expect(glued.ok).toBe(false);
    if (!glued.ok) expect(glued.message).toContain('write the name exactly as the official Kemendagri list does');
  });
});
