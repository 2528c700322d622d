import type { RawCell } from '../load/raw-table.ts';
import type { Parsed } from './parsed.ts';
import { isBlankChar } from '../load/normalise-text.ts';

const REEXPORT =
  'Do not retype or guess the missing digits: export the data again from the source system with the NIK column formatted as Text ' +
  '(when opening a CSV in Excel, import the NIK column as Text). Changing the cell format afterwards does not bring the digits back.';

function failure(message: string): Parsed<string> {
  return Object.freeze({ ok: false as const, message });
}

const EMPTY = failure('NIK is empty. Fill in the 16-digit NIK from the source records.');
const NUMBER_CELL = failure(
  'NIK is stored as a number, so digits were LOST: Excel keeps only 15 significant digits and turns the rest into 0. ' + REEXPORT,
);
const DATE_CELL = failure('NIK cell is formatted as a date, so it no longer holds the 16 digits. ' + REEXPORT);
const SCIENTIFIC = failure(
  'NIK is written in scientific notation (like 2,17E+15), so its digits were LOST when a spreadsheet treated it as a number. ' + REEXPORT,
);
const FORMATTED_NUMBER = failure(
  'NIK contains "." or "," as if a spreadsheet had formatted it as a number, which keeps only 15 significant digits, so digits were probably LOST. ' +
    REEXPORT,
);
const LEADING_ZERO = failure(
  'NIK starts with 0, but every NIK starts with a province code (11 to 94). Check the value against the source records and correct it.',
);

function shortNik(digits: number): Parsed<string> {
  return failure(
    `NIK has only ${digits} digits instead of 16, so digits were LOST (the value was shortened, or digits were dropped when a spreadsheet treated the NIK as a number). ` +
      REEXPORT,
  );
}

function longNik(digits: number): Parsed<string> {
  return failure(
    `NIK has ${digits} digits; a NIK has exactly 16. Check whether two values were merged into one cell or digits were typed twice, and correct it from the source records.`,
  );
}

function nonDigit(char: string): Parsed<string> {
  return failure(`NIK contains "${char}", which is not a digit; a NIK is 16 digits and nothing else. Correct it from the source records.`);
}

/**
 * Reads a NIK (16 digits) as a string, never as a number: 16-digit values can exceed Number.MAX_SAFE_INTEGER.
 * Accepts Excel's leading apostrophe (its "this is text" marker) and blanks around or inside the digits.
 * Any sign that a spreadsheet treated the NIK as a number (numeric cell, scientific notation, separators,
 * missing digits) is an error, because the lost digits cannot be recovered and must not be guessed.
 */
export function parseNik(raw: RawCell): Parsed<string> {
  if (typeof raw === 'string') return parseNikText(raw);
  if (raw === null) return EMPTY;
  if (typeof raw === 'number') return NUMBER_CELL;
  return DATE_CELL;
}

function parseNikText(text: string): Parsed<string> {
  if (text.length === 16 && isValidNik(text)) return { ok: true, value: text };

  let start = 0;
  let end = text.length;
  while (start < end && isBlankChar(text.charCodeAt(start))) start++;
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  if (start < end && text.charCodeAt(start) === 0x27 /* ' */) start++;

  let digits = 0;
  let blanksInside = false;
  let exponent = false;
  let separator = false;
  let foreign = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) digits++;
    else if (isBlankChar(c)) blanksInside = true;
    else if (c === 0x2c || c === 0x2e) separator = true;
    else {
      if (c === 0x45 || c === 0x65) exponent = true;
      if (foreign < 0) foreign = i;
    }
  }
  if (digits === 0 && foreign < 0 && !separator) return EMPTY;
  if (exponent && isScientific(text, start, end)) return SCIENTIFIC;
  if (foreign >= 0) return nonDigit(String.fromCodePoint(text.codePointAt(foreign) ?? 0));
  if (separator) return FORMATTED_NUMBER;
  if (digits < 16) return shortNik(digits);
  if (digits > 16) return longNik(digits);

  let nik = text.slice(start, end);
  if (blanksInside) {
    nik = '';
    for (let i = start; i < end; i++) if (!isBlankChar(text.charCodeAt(i))) nik += text[i];
  }
  if (nik.charCodeAt(0) === 0x30) return LEADING_ZERO;
  return { ok: true, value: nik };
}

function isValidNik(text: string): boolean {
  if (text.charCodeAt(0) === 0x30) return false;
  for (let i = 0; i < 16; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) return false;
  }
  return true;
}

/** Digits, one "," or "." and more digits, then E, an optional sign and digits: how spreadsheets print a long number. */
function isScientific(text: string, start: number, end: number): boolean {
  let i = start;
  const digitsFrom = (from: number): number => {
    let j = from;
    while (j < end && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x39) j++;
    return j;
  };
  let j = digitsFrom(i);
  if (j === i) return false;
  i = j;
  if (i < end && (text.charCodeAt(i) === 0x2c || text.charCodeAt(i) === 0x2e)) i = digitsFrom(i + 1);
  if (i >= end || (text.charCodeAt(i) !== 0x45 && text.charCodeAt(i) !== 0x65)) return false;
  i++;
  if (i < end && (text.charCodeAt(i) === 0x2b || text.charCodeAt(i) === 0x2d)) i++;
  j = digitsFrom(i);
  return j > i && j === end;
}

/**
 * Maps a valid 16-digit NIK (as returned by parseNik) to a unique integer-valued number, so millions of NIKs
 * can be deduplicated in a typed array instead of as strings.
 *
 * Why it is exact: the first eight digits form `hi` in [1e7, 1e8) because a valid NIK never starts with 0,
 * so `hi - 1e7` lies in [0, 9e7) and `(hi - 1e7) * 1e8 + lo` (with `lo` the last eight digits, in [0, 1e8))
 * lies in [0, 9e15), below 2^53 ≈ 9.007e15. Every intermediate value is an integer below 2^53, which a double
 * holds exactly, so no operation rounds; and because `lo < 1e8`, different (hi, lo) pairs give different keys.
 * `Number(nik)` would not do: NIKs from provinces 91–94 exceed 2^53 and would round into each other.
 */
export function nikKey(nik: string): number {
  let hi = 0;
  let lo = 0;
  for (let i = 0; i < 8; i++) hi = hi * 10 + (nik.charCodeAt(i) - 0x30);
  for (let i = 8; i < 16; i++) lo = lo * 10 + (nik.charCodeAt(i) - 0x30);
  return (hi - 1e7) * 1e8 + lo;
}
