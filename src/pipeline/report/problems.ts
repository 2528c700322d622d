/** Where a row came from, as a person opening the file in Excel would find it. */
export interface RowPlace {
  /** Path of the file, relative to the input folder. */
  file: string;
  /** Sheet name for XLSX files. */
  sheet?: string;
  /** 1-based row number as Excel shows it (CSV: the line the record starts on). */
  row: number;
}

/** error: the row (or file) is left out; notice: kept, but worth a look (a duplicate, an ignored column). */
export type Severity = 'error' | 'notice';

export interface Problem {
  severity: Severity;
  file: string;
  sheet?: string;
  /** Row as Excel shows it; 0 for a problem with the whole file. */
  row: number;
  /** Column header as written in the file, or a field name for configuration files. */
  column: string;
  /** The offending value as found (may be personal data: the report is never published). */
  value: string;
  message: string;
}

/** Keeps every problem up to a cap (the full report), and counts all of them by column and message kind. */
export class ProblemLog {
  readonly problems: Problem[] = [];
  readonly cap: number;
  errorCount = 0;
  noticeCount = 0;
  /** Number of rows left out because of at least one error. */
  invalidRows = 0;
  private readonly kinds = new Map<string, { severity: Severity; column: string; message: string; count: number }>();

  constructor(cap = 100_000) {
    this.cap = cap;
  }

  add(problem: Problem): void {
    if (problem.severity === 'error') this.errorCount++;
    else this.noticeCount++;
    if (this.problems.length < this.cap) this.problems.push(problem);
    // Group by the message with quoted values removed, so one summary line stands for many rows.
    const kind = `${problem.severity}\u0000${problem.column}\u0000${problem.message.replace(/"[^"]*"/g, '"…"')}`;
    const entry = this.kinds.get(kind);
    if (entry) entry.count++;
    else this.kinds.set(kind, { severity: problem.severity, column: problem.column, message: problem.message, count: 1 });
  }

  at(place: RowPlace, severity: Severity, column: string, value: unknown, message: string): void {
    this.add({ severity, file: place.file, sheet: place.sheet, row: place.row, column, value: displayValue(value), message });
  }

  /** Kinds of problem, most frequent first; `message` is the first example's. */
  summary(): { severity: Severity; column: string; message: string; count: number }[] {
    return [...this.kinds.values()].sort((a, b) => b.count - a.count || a.message.localeCompare(b.message));
  }

  get truncated(): boolean {
    return this.errorCount + this.noticeCount > this.problems.length;
  }
}

export function displayValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  return String(value);
}

export function describePlace(p: Pick<Problem, 'file' | 'sheet' | 'row'>): string {
  const sheet = p.sheet ? `, sheet "${p.sheet}"` : '';
  return p.row > 0 ? `${p.file}${sheet}, row ${p.row}` : `${p.file}${sheet}`;
}
