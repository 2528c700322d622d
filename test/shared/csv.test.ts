import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/shared/csv.ts';

describe('csvField', () => {
  it('csvField quotes fields with commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('Batu Ampar')).toBe('Batu Ampar');
    expect(csvField('Lubuk Pakam I,II')).toBe('"Lubuk Pakam I,II"');
    expect(csvField('ALS "ABANG"')).toBe('"ALS ""ABANG"""');
    expect(csvField('a\nb')).toBe('"a\nb"');
  });

  it('csvField neutralises text that a spreadsheet would run as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+62')).toBe("'+62");
    expect(csvField('-5')).toBe("'-5");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });

  it('csvField writes numbers as numbers (a negative number is data, not a formula) and null as empty', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(12.5)).toBe('12.5');
    expect(csvField(null)).toBe('');
    expect(() => csvField(Number.NaN)).toThrow();
  });
});

describe('toCsv', () => {
  it('toCsv writes a header and rows with CRLF line ends', () => {
    expect(toCsv(['a', 'b'], [[1, 'x'], [null, 'y,z']])).toBe('a,b\r\n1,x\r\n,"y,z"\r\n');
  });

  it('toCsv refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/1 fields, header has 2/);
  });
});
