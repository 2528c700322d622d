import { formatCount, formatPercent, formatRupiah, type Lang } from './format.ts';

/**
 * One table cell, typed by what it holds so the table formats it for the page language:
 * a bare number or null is a count of people (null = hidden to protect individuals), a string is text.
 */
export type CellValue =
  | number
  | null
  | string
  /** Percent on a 0–100 scale; null is "not applicable" (no target), unless hidden is set (its count is hidden). */
  | { percent: number | null; hidden?: boolean }
  /** Whole rupiah; null = hidden. */
  | { rupiah: number | null };

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

/** A table's columns (the first one heads the row headers) and rows: what a chart's companion function returns. */
export interface TableSpec {
  columns: TableColumn[];
  rows: TableRow[];
}

/** True when a cell stands for a published figure that is hidden (shown as * with its meaning). */
export function isHiddenCell(cell: CellValue): boolean {
  if (cell === null) return true;
  if (typeof cell !== 'object') return false;
  if ('rupiah' in cell) return cell.rupiah === null;
  return cell.percent === null && cell.hidden === true;
}

/** A visible cell's text in the page language; hidden cells are drawn by Count.astro instead. */
export function cellText(cell: CellValue, lang: Lang): string {
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'number' || cell === null) return formatCount(cell, lang);
  if ('rupiah' in cell) return formatRupiah(cell.rupiah, lang);
  return formatPercent(cell.percent, lang);
}
