import { readFile } from 'node:fs/promises';
import readXlsxFile from 'read-excel-file/node';
import { HEADER_ALIASES, REQUIRED_FIELDS } from './headers.ts';
import { UnreadableFileError } from './raw-table.ts';
import type { RawCell, TableHandler } from './raw-table.ts';
import type { RowPlace } from '../report/problems.ts';

/** Exports often put a title, a date line and blank rows above the header; a header lower than this is not looked for. */
const HEADER_SEARCH_ROWS = 30;

const SAVE_AS_FIX = 'Open it in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8, then run again.';

/**
 * Reads every sheet of an XLSX workbook and hands each sheet's header and data rows to `handler`.
 * Sheets without a header row in their first 30 rows (notes, pivots) are skipped and reported.
 * Row numbers are those Excel shows; empty rows are skipped but still counted.
 */
export async function readXlsx(
  path: string,
  file: string,
  handler: TableHandler,
  isHeaderRow: (cells: RawCell[]) => boolean,
): Promise<{ sheetsRead: string[]; sheetsSkipped: string[] }> {
  const sheets = await loadSheets(path, file);
  const sheetsRead: string[] = [];
  const sheetsSkipped: string[] = [];
  for (const { sheet, data } of sheets) {
    // read-excel-file keeps leading empty rows (it fills gaps from each row's number), so index + 1 is Excel's row.
    const headerIndex = data.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => {
      const cells = row.map(toRawCell);
      return !isEmptyRow(cells) && isHeaderRow(cells);
    });
    if (headerIndex < 0) {
      sheetsSkipped.push(sheet);
      continue;
    }
    sheetsRead.push(sheet);
    handler.header((data[headerIndex] ?? []).map(toRawCell), placeOf(file, sheet, headerIndex));
    // Converted one row at a time: a 100k-row sheet is already in memory once, it should not be twice.
    for (let i = headerIndex + 1; i < data.length; i++) {
      const cells = (data[i] ?? []).map(toRawCell);
      if (!isEmptyRow(cells)) handler.row(cells, placeOf(file, sheet, i));
    }
  }
  if (sheetsRead.length === 0) {
    const names = sheets.map((s) => `"${s.sheet}"`).join(', ');
    const expected = REQUIRED_FIELDS.map((field) => HEADER_ALIASES[field][0]).join(', ');
    throw new UnreadableFileError(
      file,
      `no sheet has a header row in its first ${HEADER_SEARCH_ROWS} rows (sheets: ${names || 'none'})`,
      `Put the column names (${expected}) in one row within the first ${HEADER_SEARCH_ROWS} rows of the sheet ` +
        'that holds the members, or add your own column names to "columnAliases" in program.json.',
    );
  }
  return { sheetsRead, sheetsSkipped };
}

function placeOf(file: string, sheet: string, index: number): RowPlace {
  return { file, sheet, row: index + 1 };
}

async function loadSheets(path: string, file: string) {
  try {
    return await readXlsxFile(path);
  } catch (error) {
    const { reason, fix } = await describeFailure(path, error);
    throw new UnreadableFileError(file, reason, fix);
  }
}

/** Turns read-excel-file's error codes into a reason the data officer recognises and what to do about it. */
async function describeFailure(path: string, error: unknown): Promise<{ reason: string; fix: string }> {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case 'NO_DATA':
      return {
        reason: 'the file is empty (0 bytes)',
        fix: 'Export the data again, or remove this file from the enrollment folder.',
      };
    case 'FILE_NOT_SUPPORTED':
      return {
        reason: 'the file is not an Excel workbook (it may be a CSV or text file renamed to .xlsx)',
        fix: SAVE_AS_FIX,
      };
    case 'INVALID_ZIP':
      return {
        reason: 'the file is damaged: it starts like an .xlsx workbook but cannot be unpacked',
        fix: 'Export the data again; if that fails, open the original in Excel and save it as .xlsx (Excel Workbook) or CSV UTF-8.',
      };
    case 'XLS_FILE_NOT_SUPPORTED':
      // Password-protected .xlsx files are stored in the same container format as old .xls files.
      if (await isEncryptedWorkbook(path))
        return {
          reason: 'the workbook is password-protected (encrypted)',
          fix: 'Open it in Excel, remove the password (File > Info > Protect Workbook > Encrypt with Password, clear the box), save it as .xlsx and run again.',
        };
      return { reason: 'the file is an old Excel 97–2003 workbook (.xls), which is not supported', fix: SAVE_AS_FIX };
    case 'ENOENT':
    case 'EACCES':
    case 'EISDIR':
      return {
        reason: `the file could not be opened (${String(code)})`,
        fix: 'Check that the file exists, is not open in another program, and that you may read it.',
      };
    default:
      return {
        reason: `the workbook could not be read (${error instanceof Error ? error.message : String(error)})`,
        fix: SAVE_AS_FIX,
      };
  }
}

/** An encrypted OOXML file is a compound document holding a stream named "EncryptedPackage". */
async function isEncryptedWorkbook(path: string): Promise<boolean> {
  try {
    const bytes = await readFile(path);
    return bytes.includes(Buffer.from('EncryptedPackage', 'utf16le'));
  } catch {
    return false;
  }
}

function toRawCell(value: unknown): RawCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') {
    const text = value.trim();
    return text === '' ? null : text;
  }
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  // Booleans and anything else: keep what Excel would display, so validation can quote it.
  return String(value).toUpperCase();
}

function isEmptyRow(cells: RawCell[]): boolean {
  return cells.every((cell) => cell === null);
}
