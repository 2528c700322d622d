import { describe, expect, it } from 'vitest';
import { describePlace, displayValue, type Problem, ProblemLog } from '../../../src/pipeline/report/problems.ts';

const problem = (over: Partial<Problem> = {}): Problem => ({
  severity: 'error', file: 'enrollment/a.csv', row: 2, column: 'NIK', value: 'x', message: 'NIK has 15 digits', ...over,
});

describe('ProblemLog', () => {
  it('ProblemLog.add(problem) counts errors and notices separately', () => {
    const log = new ProblemLog();
    log.add(problem());
    log.add(problem({ severity: 'notice' }));
    log.add(problem());
    expect(log.errorCount).toBe(2);
    expect(log.noticeCount).toBe(1);
    expect(log.problems).toHaveLength(3);
    expect(log.truncated).toBe(false);
    expect(log.invalidRows).toBe(0); // rows left out are counted by the caller, not per problem
  });

  it('ProblemLog(cap) keeps only the first `cap` problems but counts and summarises all of them', () => {
    const log = new ProblemLog(3);
    for (let row = 2; row < 12; row++) log.add(problem({ row, severity: row % 2 === 0 ? 'error' : 'notice' }));
    expect(log.problems.map((p) => p.row)).toEqual([2, 3, 4]);
    expect(log.errorCount + log.noticeCount).toBe(10);
    expect(log.errorCount).toBe(5);
    expect(log.truncated).toBe(true);
    expect(log.summary().reduce((s, k) => s + k.count, 0)).toBe(10);
  });

  it('ProblemLog.summary() groups messages that differ only in quoted values, most frequent first', () => {
    const log = new ProblemLog();
    const unknown = (v: string) => `Category "${v}" is not in program.json. Did you mean "ojek-online"?`;
    log.add(problem({ column: 'KATEGORI', message: unknown('OJOLL') }));
    log.add(problem({ column: 'KATEGORI', message: unknown('PENARIK') }));
    log.add(problem({ column: 'KATEGORI', message: unknown('') }));
    log.add(problem({ column: 'KECAMATAN', message: unknown('OJOLL') })); // another column: another kind
    log.add(problem({ column: 'KATEGORI', severity: 'notice', message: unknown('X') })); // another severity: another kind
    log.add(problem({ column: 'KATEGORI', message: 'Category is empty.' }));
    const summary = log.summary();
    expect(summary).toHaveLength(4);
    expect(summary[0]).toEqual({ severity: 'error', column: 'KATEGORI', message: unknown('OJOLL'), count: 3 });
    expect(summary.slice(1).map((k) => k.count)).toEqual([1, 1, 1]);
    expect(summary.map((k) => `${k.severity}|${k.column}`).slice(1).sort()).toEqual(['error|KATEGORI', 'error|KECAMATAN', 'notice|KATEGORI']);
  });

  it('ProblemLog.summary() keeps messages apart when the unquoted text differs', () => {
    const log = new ProblemLog();
    log.add(problem({ message: 'row 5 is bad' }));
    log.add(problem({ message: 'row 6 is bad' }));
    expect(log.summary().map((k) => k.count)).toEqual([1, 1]);
  });

  it('ProblemLog.at(place, ...) records the file, sheet and row of the place and shows the value as text', () => {
    const log = new ProblemLog();
    log.at({ file: 'enrollment/b.xlsx', sheet: 'Batch 1', row: 7 }, 'error', 'TGL_LAHIR', new Date(Date.UTC(1990, 0, 31)), 'too old');
    log.at({ file: 'targets.csv', row: 3 }, 'notice', 'sasaran', null, 'empty');
    log.at({ file: 'targets.csv', row: 4 }, 'error', 'sasaran', 2171990101900001, 'a number');
    expect(log.problems).toEqual([
      { severity: 'error', file: 'enrollment/b.xlsx', sheet: 'Batch 1', row: 7, column: 'TGL_LAHIR', value: '1990-01-31', message: 'too old' },
      { severity: 'notice', file: 'targets.csv', sheet: undefined, row: 3, column: 'sasaran', value: '', message: 'empty' },
      { severity: 'error', file: 'targets.csv', sheet: undefined, row: 4, column: 'sasaran', value: '2171990101900001', message: 'a number' },
    ]);
  });
});

describe('displayValue(value) and describePlace(place)', () => {
  it('displayValue(value) writes dates as YYYY-MM-DD, nothing for null and undefined, and flags invalid dates', () => {
    expect(displayValue(new Date(Date.UTC(2025, 8, 26)))).toBe('2025-09-26');
    expect(displayValue(new Date(Number.NaN))).toBe('Invalid Date');
    expect(displayValue(null)).toBe('');
    expect(displayValue(undefined)).toBe('');
    expect(displayValue(45926)).toBe('45926');
  });

  it('describePlace(place) names the file, the sheet when there is one, and the row unless the problem is with the whole file', () => {
    expect(describePlace({ file: 'enrollment/a.xlsx', sheet: 'Batch 2', row: 9 })).toBe('enrollment/a.xlsx, sheet "Batch 2", row 9');
    expect(describePlace({ file: 'targets.csv', row: 4 })).toBe('targets.csv, row 4');
    expect(describePlace({ file: 'enrollment/broken.xlsx', row: 0 })).toBe('enrollment/broken.xlsx');
  });
});
