import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ageOn, monthOf, parseDate } from '../../../src/pipeline/check/dates.ts';

function messageOf(raw: Parameters<typeof parseDate>[0]): string {
  const result = parseDate(raw);
  if (result.ok) throw new Error(`expected an error for ${String(raw)}, got ${result.value}`);
  return result.message;
}

const DAY_MS = 86_400_000;
const EXCEL_DAY_ZERO = Date.UTC(1899, 11, 30);

describe('parseDate accepts', () => {
  it.each([
    ['2025-09-26', '2025-09-26'],
    ['2025-09-26 00:00:00', '2025-09-26'],
    ['2025-09-26T08:30:00', '2025-09-26'],
    ['2025-09-26T23:30:00+07:00', '2025-09-26'],
    ['2025/09/26', '2025-09-26'],
    ['2025-9-6', '2025-09-06'],
    ['26/09/2025', '2025-09-26'],
    ['26-09-2025', '2025-09-26'],
    ['26.09.2025', '2025-09-26'],
    ['6/9/2025', '2025-09-06'],
    ['03/04/2025', '2025-04-03'],
    ['26/09/2025 00:00:00', '2025-09-26'],
    ['26/09/2025 12:00 PM', '2025-09-26'],
    ['  26/09/2025\u00a0', '2025-09-26'],
    ['26 September 2025', '2025-09-26'],
    ['26 SEPTEMBER 2025', '2025-09-26'],
    ['26 Sept 2025', '2025-09-26'],
    ['26 Sep 2025', '2025-09-26'],
    ['26 Sep. 2025', '2025-09-26'],
    ['26-Sep-2025', '2025-09-26'],
    ['26 September, 2025', '2025-09-26'],
    ['1 Agustus 2025', '2025-08-01'],
    ['1 agu 2025', '2025-08-01'],
    ['1 Agt 2025', '2025-08-01'],
    ['1 August 2025', '2025-08-01'],
    ['5 Okt 2025', '2025-10-05'],
    ['5 Oct 2025', '2025-10-05'],
    ['5 Oktober 2025', '2025-10-05'],
    ['3 Mei 2025', '2025-05-03'],
    ['3 May 2025', '2025-05-03'],
    ['3 Juni 2025', '2025-06-03'],
    ['3 Jun 2025', '2025-06-03'],
    ['3 Juli 2025', '2025-07-03'],
    ['12 Januari 1985', '1985-01-12'],
    ['12 Februari 1985', '1985-02-12'],
    ['12 Pebruari 1985', '1985-02-12'],
    ['12 Maret 1985', '1985-03-12'],
    ['12 March 1985', '1985-03-12'],
    ['12 April 1985', '1985-04-12'],
    ['12 Nopember 1985', '1985-11-12'],
    ['12 Nov 1985', '1985-11-12'],
    ['31 Desember 2025', '2025-12-31'],
    ['31 Des 2025', '2025-12-31'],
    ['31 December 2025', '2025-12-31'],
    ['29/02/2024', '2024-02-29'],
    ['29/02/2000', '2000-02-29'],
  ])('parseDate(%j) gives %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it.each([
    [45926, '2025-09-26'],
    [45926.75, '2025-09-26'],
    ['45926', '2025-09-26'],
    [31048, '1985-01-01'],
    [61, '1900-03-01'],
    [59, '1900-02-28'],
    [1, '1900-01-01'],
    [73415, '2100-12-31'],
  ])('parseDate(Excel serial %j) gives %s', (raw, iso) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: iso });
  });

  it('parseDate(Excel serial from 61 on) matches counting days from 1899-12-30', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 73415 }).filter((s) => s < 1900 || s > 2100), (serial) => {
        const expected = new Date(EXCEL_DAY_ZERO + serial * DAY_MS).toISOString().slice(0, 10);
        expect(parseDate(serial)).toEqual({ ok: true, value: expected });
        expect(parseDate(String(serial))).toEqual({ ok: true, value: expected });
      }),
    );
  });

  it('parseDate(a Date from an XLSX date cell) reads its UTC day', () => {
    expect(parseDate(new Date(Date.UTC(2025, 8, 26)))).toEqual({ ok: true, value: '2025-09-26' });
    expect(parseDate(new Date(Date.UTC(2025, 8, 26, 23, 59)))).toEqual({ ok: true, value: '2025-09-26' });
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2100, 11, 31, 23)), noInvalidDate: true }), (date) => {
        expect(parseDate(date)).toEqual({ ok: true, value: date.toISOString().slice(0, 10) });
      }),
    );
  });

  it('parseDate(d/m/yyyy, dd-mm-yyyy and "d Month yyyy") agree with the calendar for any day 1900–2100', () => {
    const english = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1900, 0, 1) / DAY_MS, max: Date.UTC(2100, 11, 31) / DAY_MS }), (days) => {
        const date = new Date(days * DAY_MS);
        const iso = date.toISOString().slice(0, 10);
        const [y, m, d] = [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
        expect(parseDate(`${d}/${m}/${y}`)).toEqual({ ok: true, value: iso });
        expect(parseDate(`${String(d).padStart(2, '0')}-${String(m).padStart(2, '0')}-${y}`)).toEqual({ ok: true, value: iso });
        expect(parseDate(`${d} ${english[m - 1]} ${y}`)).toEqual({ ok: true, value: iso });
        expect(parseDate(iso)).toEqual({ ok: true, value: iso });
      }),
    );
  });
});

describe('parseDate rejects', () => {
  it.each([
    ['31/02/2025', '"February 2025" has no day "31"'],
    ['29/02/2025', '"February 2025" has no day "29"'],
    ['31/04/2025', '"April 2025" has no day "31"'],
    ['29/02/1900', '"February 1900" has no day "29"'],
    ['0/09/2025', 'has no day "0"'],
    ['2025-02-30', '"February 2025" has no day "30"'],
    ['26/00/2025', 'Month "0" does not exist'],
  ])('parseDate(%j): the date does not exist', (raw, detail) => {
    expect(messageOf(raw)).toContain(detail);
  });

  it.each([['26/09/25'], ['26-09-25'], ['26 Sep 25'], ['1/9/25']])('parseDate(%j): a two-digit year is ambiguous', (raw) => {
    const message = messageOf(raw);
    expect(message).toContain('two digits');
    expect(message).toContain('ambiguous');
    expect(message).toContain('four digits');
  });

  it.each([['09/26/2025'], ['12/31/2025'], ['1/13/2025']])('parseDate(%j): a month above 12 is not swapped with the day', (raw) => {
    const message = messageOf(raw);
    expect(message).toContain('does not exist');
    expect(message).toContain('day first');
  });

  it('parseDate("2025-26-09"): a year-first date with a month above 12', () => {
    expect(messageOf('2025-26-09')).toContain('Month "26" does not exist');
  });

  it.each([
    ['26/09/1899', 'outside 1900–2100'],
    ['26/09/2101', 'outside 1900–2100'],
    [0, 'not a date'],
    [-5, 'not a date'],
    [73416, 'not a date'],
    ['99999', 'not a date'],
    [1985, 'Only a year'],
    ['2025', 'Only a year'],
    [60, '29 February 1900'],
    ['60', '29 February 1900'],
  ])('parseDate(%j): out of range', (raw, detail) => {
    expect(messageOf(raw)).toContain(detail);
  });

  it.each([
    ['26 Foo 2025', '"Foo" is not a month name'],
    ['26 Septembre 2025', '"Septembre" is not a month name'],
  ])('parseDate(%j): unknown month name', (raw, detail) => {
    expect(messageOf(raw)).toContain(detail);
  });

  it.each([
    ['September 26, 2025'],
    ['hello'],
    ['26/09/2025abc'],
    ['26/09/20255'],
    ['26/09'],
    ['2025-09'],
    ['2025-09-26x'],
    ['20250926'],
    ['123/09/2025'],
    ['26//2025'],
    ['26/09/2025 ok'],
  ])('parseDate(%j): unreadable, with the formats to use', (raw) => {
    const message = messageOf(raw);
    expect(message).toContain('Not a date this tool can read');
    expect(message).toContain('DD/MM/YYYY');
  });

  it.each([[''], ['  '], [null]])('parseDate(%j): empty', (raw) => {
    expect(messageOf(raw)).toContain('Date is empty');
  });

  it('parseDate(an invalid Date object) asks to retype the cell', () => {
    expect(messageOf(new Date(Number.NaN))).toContain('invalid date');
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY]])('parseDate(%d) is not a date', (raw) => {
    expect(messageOf(raw)).toContain('Not a date this tool can read');
  });
});

describe('ageOn', () => {
  it.each([
    ['1985-09-26', '2025-09-25', 39],
    ['1985-09-26', '2025-09-26', 40],
    ['1985-09-26', '2025-09-27', 40],
    ['1985-12-31', '2025-01-01', 39],
    ['2000-02-29', '2025-02-28', 24],
    ['2000-02-29', '2025-03-01', 25],
    ['2000-02-29', '2024-02-29', 24],
    ['2025-09-26', '2025-09-26', 0],
  ])('ageOn(%s, %s) gives %i completed years', (birth, on, age) => {
    expect(ageOn(birth, on)).toBe(age);
  });
});

describe('monthOf', () => {
  it("monthOf('2025-09-26') gives 2025-09", () => {
    expect(monthOf('2025-09-26')).toBe('2025-09');
  });
});
