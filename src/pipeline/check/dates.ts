import type { RawCell } from '../load/raw-table.ts';
import type { Parsed } from './parsed.ts';
import { isBlankChar } from '../load/normalise-text.ts';

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
/** Days from Excel's day 0 for serials from 61 on (1899-12-30) to 1970-01-01. */
const EXCEL_TO_UNIX_DAYS = 25569;
/** Serial of 2100-12-31 in Excel's 1900 date system. */
const MAX_SERIAL = 73415;

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** Month names and abbreviations as written in Indonesian and English exports, lower case. */
const MONTH_NAMES = new Map<string, number>();
[
  ['januari', 'january', 'jan'],
  ['februari', 'pebruari', 'february', 'feb', 'peb'],
  ['maret', 'march', 'mar'],
  ['april', 'apr'],
  ['mei', 'may'],
  ['juni', 'june', 'jun'],
  ['juli', 'july', 'jul'],
  ['agustus', 'august', 'agu', 'agt', 'ags', 'agust', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'october', 'okt', 'oct'],
  ['november', 'nopember', 'nov', 'nop'],
  ['desember', 'december', 'des', 'dec'],
].forEach((names, i) => names.forEach((name) => MONTH_NAMES.set(name, i + 1)));

const HOW_TO_WRITE = 'Write dates as DD/MM/YYYY (e.g. 26/09/2025), YYYY-MM-DD (2025-09-26) or with the month name (26 September 2025).';

function failure(message: string): Parsed<string> {
  return Object.freeze({ ok: false as const, message });
}

const EMPTY = failure('Date is empty. Fill in the date from the source records, e.g. 26/09/2025.');
const UNREADABLE = failure(`Not a date this tool can read. ${HOW_TO_WRITE}`);
const TWO_DIGIT_YEAR = failure(
  'The year has only two digits, which is ambiguous (1925 or 2025?). Write the year with four digits, e.g. 26/09/2025.',
);
const INVALID_DATE_CELL = failure(`The cell holds an invalid date. Retype it in the spreadsheet. ${HOW_TO_WRITE}`);
const FAKE_LEAP_DAY = failure(
  "Excel date serial 60 is 29 February 1900, a day that never existed (a bug Excel kept from Lotus 1-2-3). Check the date in the source records.",
);

/**
 * Reads a date cell into ISO `YYYY-MM-DD`. Day-first order is the Indonesian convention: `03/04/2025` is 3 April,
 * never 4 March, and a month above 12 (as in a US-style `09/26/2025`) is an error rather than a guess.
 * Accepts ISO dates (with or without a time), DD/MM/YYYY with `/`, `-` or `.`, Indonesian and English month
 * names, Excel date serials (1900 date system) and Date objects from XLSX date cells. Years must be 1900–2100.
 */
export function parseDate(raw: RawCell): Parsed<string> {
  if (typeof raw === 'string') return parseDateText(raw);
  if (typeof raw === 'number') return fromSerial(raw);
  if (raw === null) return EMPTY;
  return fromDateCell(raw);
}

/** Completed years between two ISO dates; someone born on 29 February turns a year older on 1 March in common years. */
export function ageOn(birthIso: string, onIso: string): number {
  const years = digitsAt(onIso, 0, 4) - digitsAt(birthIso, 0, 4);
  const onMonthDay = digitsAt(onIso, 5, 7) * 100 + digitsAt(onIso, 8, 10);
  const birthMonthDay = digitsAt(birthIso, 5, 7) * 100 + digitsAt(birthIso, 8, 10);
  return onMonthDay < birthMonthDay ? years - 1 : years;
}

/** The `YYYY-MM` month of an ISO date. */
export function monthOf(iso: string): string {
  return iso.slice(0, 7);
}

function fromDateCell(date: Date): Parsed<string> {
  if (Number.isNaN(date.getTime())) return INVALID_DATE_CELL;
  // XLSX readers build dates at UTC midnight; local parts would shift the day west of Greenwich.
  return checked(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), null);
}

function fromSerial(value: number): Parsed<string> {
  if (!Number.isFinite(value)) return UNREADABLE;
  // The fraction is the time of day.
  const serial = Math.floor(value);
  if (serial === value && serial >= MIN_YEAR && serial <= MAX_YEAR) {
    return failure(`Only a year ("${serial}") was given, not a full date. Fill in day, month and year, e.g. 26/09/${serial}.`);
  }
  if (serial < 1 || serial > MAX_SERIAL) {
    return failure(
      `The number "${value}" is not a date: read as an Excel date serial it falls outside ${MIN_YEAR}–${MAX_YEAR}. Format the column as Date in the spreadsheet, or write the dates as DD/MM/YYYY (e.g. 26/09/2025).`,
    );
  }
  if (serial === 60) return FAKE_LEAP_DAY;
  // Excel counts a 29 February 1900 that never existed, so serials before it are one day later than from 61 on.
  return isoFromUnixDays(serial < 60 ? serial - EXCEL_TO_UNIX_DAYS + 1 : serial - EXCEL_TO_UNIX_DAYS);
}

function parseDateText(text: string): Parsed<string> {
  let start = 0;
  let end = text.length;
  while (start < end && isBlankChar(text.charCodeAt(start))) start++;
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  if (start === end) return EMPTY;

  const firstEnd = digitsEnd(text, start, end);
  const firstLength = firstEnd - start;
  if (firstLength === 0) return UNREADABLE;
  if (firstEnd === end) return firstLength <= 5 ? fromSerial(digitsAt(text, start, end)) : UNREADABLE;
  if (firstLength === 4) return parseYearFirst(text, start, firstEnd, end);
  if (firstLength > 2) return UNREADABLE;

  const day = digitsAt(text, start, firstEnd);
  let i = separatorEnd(text, firstEnd, end);
  if (i === firstEnd) return UNREADABLE;

  let month: number;
  const monthStart = i;
  i = digitsEnd(text, monthStart, end);
  if (i > monthStart) {
    if (i - monthStart > 2) return UNREADABLE;
    month = digitsAt(text, monthStart, i);
    if (month > 12) {
      return failure(
        `Month "${month}" does not exist. Dates are read day first (DD/MM/YYYY, the Indonesian convention), so this looks like a month-first (MM/DD/YYYY) date. Export the dates day first, e.g. 26/09/2025 for 26 September 2025.`,
      );
    }
  } else {
    i = lettersEnd(text, monthStart, end);
    if (i === monthStart) return UNREADABLE;
    const word = text.slice(monthStart, i);
    const named = MONTH_NAMES.get(word.toLowerCase());
    if (named === undefined) {
      return failure(
        `"${word}" is not a month name this tool knows. Use an Indonesian or English month name (26 September 2025, 1 Agustus 2025, 5 Okt 2025) or write the date as DD/MM/YYYY.`,
      );
    }
    month = named;
    if (i < end && text.charCodeAt(i) === 0x2e /* abbreviation dot */) i++;
  }

  const yearStart = separatorEnd(text, i, end);
  if (yearStart === i) return UNREADABLE;
  const yearEnd = digitsEnd(text, yearStart, end);
  if (!isTimeOrEnd(text, yearEnd, end)) return UNREADABLE;
  if (yearEnd - yearStart === 2) return TWO_DIGIT_YEAR;
  if (yearEnd - yearStart !== 4) return UNREADABLE;
  return checked(digitsAt(text, yearStart, yearEnd), month, day, null);
}

/** YYYY-MM-DD or YYYY/MM/DD, optionally followed by a time. */
function parseYearFirst(text: string, start: number, yearEnd: number, end: number): Parsed<string> {
  const sep = text.charCodeAt(yearEnd);
  if (sep !== 0x2d && sep !== 0x2f) return UNREADABLE;
  const monthEnd = digitsEnd(text, yearEnd + 1, end);
  if (monthEnd - yearEnd - 1 < 1 || monthEnd - yearEnd - 1 > 2 || text.charCodeAt(monthEnd) !== sep) return UNREADABLE;
  const dayEnd = digitsEnd(text, monthEnd + 1, end);
  if (dayEnd - monthEnd - 1 < 1 || dayEnd - monthEnd - 1 > 2 || !isTimeOrEnd(text, dayEnd, end)) return UNREADABLE;
  const month = digitsAt(text, yearEnd + 1, monthEnd);
  if (month > 12) {
    return failure(`Month "${month}" does not exist. Year-first dates are read as YYYY-MM-DD; check the order of month and day.`);
  }
  // A date already written as YYYY-MM-DD is returned as is, without building a new string.
  const iso = sep === 0x2d && start === 0 && dayEnd === 10 && text.length === 10 ? text : null;
  return checked(digitsAt(text, start, yearEnd), month, digitsAt(text, monthEnd + 1, dayEnd), iso);
}

function checked(year: number, month: number, day: number, iso: string | null): Parsed<string> {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    return failure(`The year "${year}" is outside ${MIN_YEAR}–${MAX_YEAR}. Check the year in the source records.`);
  }
  if (month < 1) return failure(`Month "${month}" does not exist. Check the month in the source records.`);
  if (day < 1 || day > daysInMonth(year, month)) {
    return failure(
      `The date does not exist: "${ENGLISH_MONTHS[month - 1]} ${year}" has no day "${day}". Check the day and month in the source records.`,
    );
  }
  return { ok: true, value: iso ?? isoOf(year, month, day) };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function isoOf(year: number, month: number, day: number): string {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Civil date of a day count since 1970-01-01 (Howard Hinnant's days_from_civil inverse), without building a Date. */
function isoFromUnixDays(days: number): Parsed<string> {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return checked(year, month, day, null);
}

function digitsEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c < 0x30 || c > 0x39) break;
    i++;
  }
  return i;
}

function digitsAt(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i++) value = value * 10 + (text.charCodeAt(i) - 0x30);
  return value;
}

function lettersEnd(text: string, i: number, end: number): number {
  while (i < end) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 0x61 || c > 0x7a) break;
    i++;
  }
  return i;
}

/** Skips blanks, at most one of `/ - . ,`, and blanks again; returns `i` unchanged when there is no separator. */
function separatorEnd(text: string, i: number, end: number): number {
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (i < end) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x2d || c === 0x2e || c === 0x2c) i++;
  }
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  return i;
}

/** True at the end of the text, or where a time of day follows the date (" 00:00:00", "T08:30:00Z", " 12:00 PM"). */
function isTimeOrEnd(text: string, i: number, end: number): boolean {
  if (i === end) return true;
  const c = text.charCodeAt(i);
  if (!isBlankChar(c) && c !== 0x54 /* T */) return false;
  i++;
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  if (i === end || text.charCodeAt(i) < 0x30 || text.charCodeAt(i) > 0x39) return false;
  for (; i < end; i++) {
    const t = text.charCodeAt(i);
    const isTimeChar =
      (t >= 0x30 && t <= 0x39) || t === 0x3a || t === 0x2e || t === 0x2b || t === 0x2d || t === 0x5a || isBlankChar(t) ||
      (t | 0x20) === 0x61 || (t | 0x20) === 0x70 || (t | 0x20) === 0x6d;
    if (!isTimeChar) return false;
  }
  return true;
}
