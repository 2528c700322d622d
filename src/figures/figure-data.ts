import type { CitationInput } from './citation.ts';
import type { Lang } from '../lib/format.ts';
import { isHiddenCell, type CellValue, type TableSpec } from '../lib/table-spec.ts';

// A figure's numbers as files: exactly the table the page shows, with plain numbers instead of formatted text.

/** A cell as data: a number (count, percent 0–100, whole rupiah), null when hidden, or the text the page shows ("–"). */
export function cellData(cell: CellValue): number | string | null {
  if (isHiddenCell(cell)) return null;
  if (cell === null || typeof cell !== 'object') return cell;
  if ('rupiah' in cell) return cell.rupiah;
  return cell.percent ?? '–';
}

export type ColumnUnit = 'text' | 'count' | 'percent' | 'rupiah';

/** What a column holds, from its cells: the first cell that is not text says (text columns hold only text). */
export function columnUnit(table: TableSpec, column: number): ColumnUnit {
  if (column === 0) return 'text';
  for (const row of table.rows) {
    const cell = row.cells[column - 1];
    if (cell === undefined || typeof cell === 'string') continue;
    if (cell === null || typeof cell === 'number') return 'count';
    return 'rupiah' in cell ? 'rupiah' : 'percent';
  }
  return 'text';
}

const WORDS = {
  id: { status: 'status', shown: 'tersedia', hidden: 'disembunyikan', hiddenMeaning: 'null: angka disembunyikan untuk melindungi peserta' },
  en: { status: 'status', shown: 'available', hidden: 'hidden', hiddenMeaning: 'null: number hidden to protect members' },
} as const;

/** "tersedia", or "disembunyikan: Peserta aktif; Cakupan" naming the row's hidden columns. */
function rowStatus(table: TableSpec, cells: CellValue[], lang: Lang): string {
  const hidden = cells.flatMap((cell, i) => (isHiddenCell(cell) ? [table.columns[i + 1]?.label ?? ''] : []));
  return hidden.length === 0 ? WORDS[lang].shown : `${WORDS[lang].hidden}: ${hidden.join('; ')}`;
}

function csvField(value: number | string | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV, UTF-8 without a byte-order mark like the published CSVs: the column labels as the header (the
 * first heads the row names), numbers without thousands separators, a hidden number empty, and a last `status`
 * column saying which of the row's numbers are hidden.
 */
export function figureCsv(table: TableSpec, lang: Lang): string {
  const lines = [
    [...table.columns.map((c) => c.label), WORDS[lang].status],
    ...table.rows.map((row) => [row.header, ...row.cells.map(cellData), rowStatus(table, row.cells, lang)]),
  ];
  return `${lines.map((line) => line.map(csvField).join(',')).join('\n')}\n`;
}

/** What a figure's JSON download says about itself: what a citation says, and whether the data is synthetic. */
export interface FigureJsonMeta extends Omit<CitationInput, 'lang'> {
  synthetic: boolean;
}

/** The table as JSON: where it comes from, then columns (label and unit) and rows ([row name, …values], null = hidden). */
export function figureJson(table: TableSpec, meta: FigureJsonMeta, lang: Lang): string {
  const data = {
    ...meta,
    note: WORDS[lang].hiddenMeaning,
    columns: table.columns.map((c, i) => ({ label: c.label, unit: columnUnit(table, i) })),
    rows: table.rows.map((row) => [row.header, ...row.cells.map(cellData)]),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
