import { toCsv } from '../../shared/csv.ts';
import { describePlace, type ProblemLog } from './problems.ts';

const fmt = new Intl.NumberFormat('en');
export const count = (n: number) => fmt.format(n);

/**
 * The full validation report as CSV text (with a byte-order mark, so Excel reads it as UTF-8): one line per problem
 * with file, row as Excel shows it, column, value and what to do. It quotes row values (personal data), so stage 1
 * writes it outside the published folder.
 */
export function validationReport(log: ProblemLog): string {
  const rows = log.problems.map((p) => [p.severity, p.file, p.sheet ?? '', p.row || null, p.column, p.value, p.message]);
  if (log.truncated)
    rows.push(['notice', '', '', null, '', '', `only the first ${count(log.cap)} problems are listed; ${count(log.errorCount + log.noticeCount)} in all`]);
  return '\ufeff' + toCsv(['severity', 'file', 'sheet', 'row', 'column', 'value', 'problem'], rows);
}

/** A few lines for the terminal: each kind of problem once, with how often and where it first occurs. */
export function summariseProblems(log: ProblemLog, limit = 12): string[] {
  const kinds = log.summary();
  const firstAt = (message: string) => log.problems.find((p) => p.message === message);
  const lines = kinds.slice(0, limit).map((k) => {
    const first = firstAt(k.message);
    // Values stay in the report file: a terminal may be screen-shared or logged.
    const where = first ? ` (first case: ${describePlace(first)})` : '';
    return `  ${k.severity === 'error' ? 'ERROR ' : 'notice'} ${count(k.count)} × ${k.column}: ${k.message}${where}`;
  });
  if (kinds.length > limit) lines.push(`  … and ${count(kinds.length - limit)} more kinds of problem: see the full report`);
  return lines;
}
