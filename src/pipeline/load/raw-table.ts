import type { RowPlace } from '../report/problems.ts';

/**
 * What a spreadsheet reader hands to stage 1: cells as the file holds them.
 * CSV gives only strings; XLSX gives strings for text cells, numbers for numeric cells
 * (never trust these for identifiers: Excel keeps only 15 significant digits) and Date for date-formatted cells.
 */
export type RawCell = string | number | Date | null;

export interface TableHandler {
  /** Called once per table (a CSV file, or an XLSX sheet) with its header row. */
  header(cells: RawCell[], place: RowPlace): void;
  /** Called for each data row below the header. `cells` may be reused by the reader after the call returns. */
  row(cells: RawCell[], place: RowPlace): void;
}

/** Raised when a file cannot be read at all (not a CSV/XLSX, no header row, unreadable). */
export class UnreadableFileError extends Error {
  readonly file: string;
  readonly fix: string;
  constructor(file: string, reason: string, fix: string) {
    super(`${file}: ${reason}. ${fix}`);
    this.name = 'UnreadableFileError';
    this.file = file;
    this.fix = fix;
  }
}
