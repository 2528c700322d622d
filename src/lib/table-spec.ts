import { formatCount, formatDifference, formatPercent, formatRate, formatRupiah, type Lang } from './format.ts';

/**
 * One table cell, typed by what it holds so the table formats it for the page language:
 * a bare number or null is an exact count of people (null = hidden to protect individuals), a string is text.
 * The object forms say what else a number is, and `approximate` marks a value published with a little noise (≈).
 */
export type CellValue =
  | number
  | null
  | string
  /** An approximate count of people (≈47); an exact one is a bare number. */
  | { count: number; approximate: true }
  /** Percent on a 0–100 scale; null is "not applicable" (no target), unless hidden is set (its count is hidden). */
  | { percent: number | null; hidden?: boolean; approximate?: boolean }
  /** Members per 1,000 residents, one decimal; null is "not applicable" (no population figure), unless hidden is set. */
  | { rate: number | null; hidden?: boolean; approximate?: boolean }
  /** Whole rupiah; null = hidden. */
  | { rupiah: number | null; approximate?: boolean }
  /** A signed change between two releases (+12, −3); null = hidden. */
  | { difference: number | null; approximate?: boolean };

/** A published count as a cell: a bare number when exact, ≈ when approximate, null when hidden. */
export function countCell(value: number | null, approximate: boolean): CellValue {
  return value !== null && approximate ? { count: value, approximate: true } : value;
}

export interface TableColumn {
  label: string;
  numeric?: boolean;
}

/** The columns of a coverage table: the row header, then members, target and coverage, in the page language. */
export function coverageColumns(lang: Lang, first: string): TableColumn[] {
  const id = lang === 'id';
  return [
    { label: first },
    { label: id ? 'Peserta aktif' : 'Active members', numeric: true },
    { label: id ? 'Sasaran' : 'Target', numeric: true },
    { label: id ? 'Cakupan' : 'Coverage', numeric: true },
  ];
}

interface TableRow {
  /** The row header (first column): an area or category name. */
  header: string;
  href?: string;
  cells: CellValue[];
}

/**
 * Rows of a table that add up: the total's row and its parts' rows (indexes into rows), in the columns given
 * (indexes into a row's cells). With exact numbers the parts' sum is the total; approximate ones may miss it.
 */
interface TableSum {
  total: number;
  parts: number[];
  columns: number[];
}

/** A table's columns (the first one heads the row headers) and rows: what a chart's companion function returns. */
export interface TableSpec {
  columns: TableColumn[];
  rows: TableRow[];
  /** Totals the table shows beside their parts, so the page can say when the shown parts miss the shown total. */
  sums?: TableSum[];
}

/** True when a cell stands for a published figure that is hidden (shown as * with its meaning). */
export function isHiddenCell(cell: CellValue): boolean {
  if (cell === null) return true;
  if (typeof cell !== 'object') return false;
  if ('count' in cell) return false;
  if ('rupiah' in cell) return cell.rupiah === null;
  if ('difference' in cell) return cell.difference === null;
  if ('rate' in cell) return cell.rate === null && cell.hidden === true;
  return cell.percent === null && cell.hidden === true;
}

/** True when a cell shows an approximate value (≈); a hidden value is never approximate, it is not shown. */
export function isApproximateCell(cell: CellValue): boolean {
  return cell !== null && typeof cell === 'object' && cell.approximate === true && !isHiddenCell(cell);
}

/** The number a cell shows (a count, percent, rupiah or difference), or null when it shows none. */
export function cellNumber(cell: CellValue): number | null {
  if (cell === null || typeof cell === 'string') return null;
  if (typeof cell === 'number') return cell;
  if ('count' in cell) return cell.count;
  if ('rupiah' in cell) return cell.rupiah;
  if ('difference' in cell) return cell.difference;
  if ('rate' in cell) return cell.rate;
  return cell.percent;
}

/** A visible cell's text in the page language, ≈ before an approximate value; hidden cells are drawn by Count.astro instead. */
export function cellText(cell: CellValue, lang: Lang): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || cell === null) return formatCount(cell, lang);
  if ('count' in cell) return formatCount(cell.count, lang, true);
  if ('rupiah' in cell) return formatRupiah(cell.rupiah, lang, cell.approximate);
  if ('difference' in cell) return formatDifference(cell.difference, lang, cell.approximate) ?? formatCount(null, lang);
  if ('rate' in cell) return formatRate(cell.rate, lang, cell.approximate);
  return formatPercent(cell.percent, lang, cell.approximate);
}

/** Whether the table shows any approximate value (and so needs the ≈ footnote). */
export function hasApproximate(table: TableSpec): boolean {
  return table.rows.some((row) => row.cells.some(isApproximateCell));
}

/**
 * Whether a shown total differs from the sum of its shown parts because some of them are approximate: said only
 * where it happens. A column with a hidden part or total is left out (its "*" already says a number is missing),
 * and so is one whose numbers are all exact (a difference there would not be protection's doing).
 */
export function partsMissTotal(table: TableSpec): boolean {
  return (table.sums ?? []).some(({ total, parts, columns }) => columns.some((column) => {
    const cells = [total, ...parts].map((row) => table.rows[row]?.cells[column]);
    if (cells.some((c) => c === undefined || isHiddenCell(c)) || !cells.some((c) => isApproximateCell(c!))) return false;
    const [sum, ...rest] = cells.map((c) => cellNumber(c!));
    return sum === null || rest.some((v) => v === null) ? false : rest.reduce((a: number, b) => a + b!, 0) !== sum;
  }));
}
