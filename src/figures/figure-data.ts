import type { CitationInput } from './citation.ts';
import type { Lang } from '../lib/format.ts';
import { cellNumber, isApproximateCell, isHiddenCell, type CellValue, type TableSpec } from '../lib/table-spec.ts';

// A figure's numbers as files: exactly the table the page shows, with plain numbers instead of formatted text.

/**
 * A cell as data: a number (count, percent 0–100, whole rupiah, a signed change, a rate per 1,000), null when hidden, or the text the
 * page shows ("–"). An approximate number is the published number; the row's status says it is approximate.
 */
export function cellData(cell: CellValue): number | string | null {
  if (isHiddenCell(cell)) return null;
  if (typeof cell === 'string') return cell;
  return cellNumber(cell) ?? '–';
}

export type ColumnUnit = 'text' | 'count' | 'percent' | 'rupiah' | 'perThousand';

/** What a column holds, from its cells: the first cell that is not text says (text columns hold only text). */
export function columnUnit(table: TableSpec, column: number): ColumnUnit {
  if (column === 0) return 'text';
  for (const row of table.rows) {
    const cell = row.cells[column - 1];
    if (cell === undefined || typeof cell === 'string') continue;
    if (cell === null || typeof cell === 'number' || 'count' in cell || 'difference' in cell) return 'count';
    return 'rupiah' in cell ? 'rupiah' : 'rate' in cell ? 'perThousand' : 'percent';
  }
  return 'text';
}

const WORDS = {
  id: {
    status: 'status', shown: 'tersedia', hidden: 'disembunyikan', approximate: 'perkiraan',
    meaning: 'null: angka disembunyikan untuk melindungi peserta; approximate: kolom setiap baris yang berisi angka perkiraan (≈), yaitu angka sebenarnya ditambah atau dikurangi sedikit agar tidak ada yang bisa dikenali',
  },
  en: {
    status: 'status', shown: 'available', hidden: 'hidden', approximate: 'approximate',
    meaning: 'null: number hidden to protect members; approximate: the columns of each row whose numbers are approximate (≈), the true number with a little added or taken away so that no one can be identified',
  },
} as const;

/** The labels of a row's columns whose cells pass `test`. */
const columnsWhere = (table: TableSpec, cells: CellValue[], test: (cell: CellValue) => boolean) =>
  cells.flatMap((cell, i) => (test(cell) ? [table.columns[i + 1]?.label ?? ''] : []));

/**
 * "tersedia"; or "disembunyikan: Peserta aktif; Cakupan" naming the row's hidden columns, "perkiraan: Peserta aktif"
 * naming its approximate ones, or both ("disembunyikan: Sasaran | perkiraan: Peserta aktif").
 */
function rowStatus(table: TableSpec, cells: CellValue[], lang: Lang): string {
  const words = WORDS[lang];
  const hidden = columnsWhere(table, cells, isHiddenCell);
  const approximate = columnsWhere(table, cells, isApproximateCell);
  const parts = [
    ...(hidden.length > 0 ? [`${words.hidden}: ${hidden.join('; ')}`] : []),
    ...(approximate.length > 0 ? [`${words.approximate}: ${approximate.join('; ')}`] : []),
  ];
  return parts.length === 0 ? words.shown : parts.join(' | ');
}

function csvField(value: number | string | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The table as CSV, UTF-8 without a byte-order mark like the published CSVs: the column labels as the header (the
 * first heads the row names), numbers without thousands separators, a hidden number empty, and a last `status`
 * column saying which of the row's numbers are hidden and which are approximate.
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

/**
 * The table as JSON: where it comes from, then columns (label and unit), rows ([row name, …values], null = hidden)
 * and, row by row, the labels of the columns whose numbers are approximate.
 */
export function figureJson(table: TableSpec, meta: FigureJsonMeta, lang: Lang): string {
  const data = {
    ...meta,
    note: WORDS[lang].meaning,
    columns: table.columns.map((c, i) => ({ label: c.label, unit: columnUnit(table, i) })),
    rows: table.rows.map((row) => [row.header, ...row.cells.map(cellData)]),
    approximate: table.rows.map((row) => columnsWhere(table, row.cells, isApproximateCell)),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
