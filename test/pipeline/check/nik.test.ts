import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { nikKey, parseNik } from '../../../src/pipeline/check/nik.ts';

// Synthetic NIKs only: digits 5–6 are "99", which no kecamatan code uses.
const NIK = '2171991203850001';
const HIGH_NIK = '9471991212000003';

const syntheticNik = fc
  .tuple(fc.integer({ min: 11, max: 94 }), fc.integer({ min: 10, max: 99 }), fc.integer({ min: 0, max: 9_999_999_999 }))
  .map(([province, regency, rest]) => `${province}${regency}99${String(rest).padStart(10, '0')}`);

function messageOf(raw: Parameters<typeof parseNik>[0]): string {
  const result = parseNik(raw);
  if (result.ok) throw new Error(`expected an error for ${String(raw)}, got ${result.value}`);
  return result.message;
}

describe('parseNik accepts', () => {
  it.each([
    ['plain digits', NIK],
    ["Excel's leading apostrophe", `'${NIK}`],
    ['surrounding spaces', `  ${NIK}  `],
    ['embedded spaces', '2171 9912 0385 0001'],
    ['no-break spaces', `\u00a0${NIK.slice(0, 8)}\u00a0${NIK.slice(8)}\u00a0`],
    ['a tab and an apostrophe after spaces', `\t '${NIK}`],
  ])('parseNik(%s) gives the 16 digits', (_what, raw) => {
    expect(parseNik(raw)).toEqual({ ok: true, value: NIK });
  });

  it('parseNik keeps a NIK above Number.MAX_SAFE_INTEGER exact', () => {
    expect(Number(HIGH_NIK)).toBeGreaterThan(Number.MAX_SAFE_INTEGER);
    expect(parseNik(HIGH_NIK)).toEqual({ ok: true, value: HIGH_NIK });
  });

  it('parseNik(any synthetic NIK with blanks inserted) gives its digits', () => {
    fc.assert(
      fc.property(syntheticNik, fc.array(fc.integer({ min: 0, max: 16 }), { maxLength: 4 }), (nik, cuts) => {
        let text = nik;
        for (const cut of [...cuts].sort((a, b) => b - a)) text = `${text.slice(0, cut)} ${text.slice(cut)}`;
        expect(parseNik(text)).toEqual({ ok: true, value: nik });
      }),
    );
  });
});

describe('parseNik reports lost digits and asks for a text re-export', () => {
  it.each([
    ['a numeric XLSX cell', 2171991203850000, 'stored as a number'],
    ['scientific notation with a decimal comma', '2,17101E+15', 'scientific notation'],
    ['scientific notation with a decimal point', '2.17101E+15', 'scientific notation'],
    ['lower-case scientific notation', '2.17101e15', 'scientific notation'],
    ['15 digits', NIK.slice(1), 'only 15 digits'],
    ['10 digits', NIK.slice(6), 'only 10 digits'],
    ['a number formatted with thousands separators', '2.171.991.203.850.001', '"." or ","'],
    ['a decimal number written as text', `${NIK}.0`, '"." or ","'],
  ])('parseNik(%s) says the digits were lost', (_what, raw, detail) => {
    const message = messageOf(raw);
    expect(message).toContain(detail);
    expect(message).toMatch(/LOST/);
    expect(message).toContain('formatted as Text');
    expect(message).toMatch(/not retype or guess/);
  });

  it('parseNik(a date cell) asks for a text re-export', () => {
    expect(messageOf(new Date(Date.UTC(2025, 8, 26)))).toContain('formatted as Text');
  });
});

describe('parseNik rejects', () => {
  it.each([
    ['17 digits', `${NIK}1`, '17 digits'],
    ['a letter', `${NIK.slice(0, 15)}X`, '"X"'],
    ['a hyphen', '2171-9912-0385-0001', '"-"'],
    ['a lone E', 'E', '"E"'],
    ['an empty string', '', 'empty'],
    ['only blanks', ' \u00a0 ', 'empty'],
    ['only an apostrophe', "'", 'empty'],
    ['an empty cell', null, 'empty'],
    ['a first digit 0', `0${NIK.slice(1)}`, 'starts with 0'],
  ])('parseNik(%s)', (_what, raw, detail) => {
    expect(messageOf(raw)).toContain(detail);
  });

  it('parseNik never echoes the NIK in its message (the report may travel further than the data)', () => {
    expect(messageOf(`${NIK}1`)).not.toContain(NIK);
  });
});

describe('nikKey', () => {
  it('nikKey(nik) equals (first8 − 1e7) × 1e8 + last8 computed with BigInt, a safe integer below 9e15', () => {
    fc.assert(
      fc.property(syntheticNik, (nik) => {
        const exact = (BigInt(nik.slice(0, 8)) - 10_000_000n) * 100_000_000n + BigInt(nik.slice(8));
        const key = nikKey(nik);
        expect(BigInt(key)).toBe(exact);
        expect(Number.isSafeInteger(key)).toBe(true);
        expect(key).toBeLessThan(9e15);
      }),
    );
  });

  it('nikKey(nik) can be turned back into the NIK, so distinct NIKs never share a key', () => {
    fc.assert(
      fc.property(syntheticNik, (nik) => {
        const key = nikKey(nik);
        const back = `${Math.floor(key / 1e8) + 1e7}${String(key % 1e8).padStart(8, '0')}`;
        expect(back).toBe(nik);
      }),
    );
  });

  it('nikKey separates NIKs that Number() rounds together', () => {
    const a = '9471991212000000';
    const b = '9471991212000001';
    expect(Number(a)).toBe(Number(b));
    expect(nikKey(a)).not.toBe(nikKey(b));
  });

  it('nikKey covers the extremes: 1000000000000000 → 0 and 9999999999999999 → 8999999999999999', () => {
    expect(nikKey('1000000000000000')).toBe(0);
    expect(nikKey('9999999999999999')).toBe(8_999_999_999_999_999);
  });
});
