import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import { readCsv } from './csv-reader.ts';
import type { ProblemLog, RowPlace } from '../report/problems.ts';
import { type RawCell, UnreadableFileError } from './raw-table.ts';

export interface SmallCsvRow<T> { value: T; place: RowPlace }

/**
 * Reads a small configuration table (targets.csv, claims.csv, populasi.csv) whose header holds `columns`,
 * validating each row with `schema`. Bad rows are logged as errors with their Excel row and column.
 */
export async function readSmallCsv<S extends z.ZodObject>(
  path: string,
  file: string,
  columns: readonly string[],
  schema: S,
  log: ProblemLog,
): Promise<SmallCsvRow<z.infer<S>>[]> {
  const rows: SmallCsvRow<z.infer<S>>[] = [];
  let order: number[] = [];
  /** The line that looked most like the header, for a message naming the columns it lacks. */
  let closest: string[] = [];
  const names = (cells: RawCell[]) => cells.map((c) => String(c ?? '').trim().toLowerCase());
  const isHeader = (cells: RawCell[]) => {
    const found = names(cells);
    const missing = columns.filter((c) => !found.includes(c));
    if (missing.length < columns.length && (closest.length === 0 || missing.length < closest.length)) closest = missing;
    return missing.length === 0;
  };
  const handler = {
    header(cells: RawCell[]) {
      const found = names(cells);
      order = columns.map((c) => found.indexOf(c));
    },
    row(cells: RawCell[], place: RowPlace) {
      const record: Record<string, string> = {};
      columns.forEach((c, i) => (record[c] = String(cells[order[i]!] ?? '')));
      const parsed = schema.safeParse(record);
      if (parsed.success) {
        rows.push({ value: parsed.data, place: { ...place } });
        return;
      }
      log.invalidRows++;
      for (const issue of parsed.error.issues) {
        const column = String(issue.path[0] ?? '');
        log.at(place, 'error', column, record[column], issue.message);
      }
    },
  };
  let read;
  try {
    read = await readCsv(path, file, handler, isHeader);
  } catch (error) {
    if (!(error instanceof UnreadableFileError) || !error.message.startsWith(`${file}: no header row`)) throw error;
    const lacks = closest.length > 0 ? `; the header row found lacks ${closest.join(', ')}` : '';
    throw new UnreadableFileError(file, `no header row with the columns ${columns.join(', ')}${lacks}`,
      `Add the missing column(s) to the first row, spelt as here (any order, any case); data/README.md describes ${file}`);
  }
  for (const notice of read.notices) log.add(notice);
  return rows;
}

/** readSmallCsv for a file the input folder may leave out: no file, no rows. */
export async function readOptionalSmallCsv<S extends z.ZodObject>(
  inDir: string,
  file: string,
  columns: readonly string[],
  schema: S,
  log: ProblemLog,
): Promise<SmallCsvRow<z.infer<S>>[]> {
  const path = join(inDir, file);
  return existsSync(path) ? readSmallCsv(path, file, columns, schema, log) : [];
}
