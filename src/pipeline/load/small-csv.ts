import type { z } from 'zod';
import { readCsv } from './csv-reader.ts';
import type { ProblemLog, RowPlace } from '../report/problems.ts';
import type { RawCell } from './raw-table.ts';

export interface SmallCsvRow<T> { value: T; place: RowPlace }

/**
 * Reads a small configuration table (targets.csv, claims.csv) whose header is exactly `columns`,
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
  const names = (cells: RawCell[]) => cells.map((c) => String(c ?? '').trim().toLowerCase());
  const isHeader = (cells: RawCell[]) => {
    const found = names(cells);
    return columns.every((c) => found.includes(c));
  };
  const read = await readCsv(path, file, {
    header(cells) {
      const found = names(cells);
      order = columns.map((c) => found.indexOf(c));
    },
    row(cells, place) {
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
  }, isHeader);
  for (const notice of read.notices) log.add(notice);
  return rows;
}
