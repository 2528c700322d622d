import { describe, expect, it } from 'vitest';
import { ProblemLog } from '../../../src/pipeline/report/problems.ts';
import { summariseProblems, validationReport } from '../../../src/pipeline/report/validation-report.ts';

function sampleLog() {
  const log = new ProblemLog();
  log.at({ file: 'enrollment/a.csv', row: 7 }, 'error', 'NIK', '2171990101900001', 'has 15 digits; the digits were lost');
  log.at({ file: 'enrollment/a.csv', row: 9 }, 'error', 'KECAMATAN', 'Batam Kot', 'unknown kecamatan "Batam Kot"; did you mean "Batam Kota"?');
  log.at({ file: 'enrollment/a.csv', row: 12 }, 'error', 'KECAMATAN', 'Batu Ampr', 'unknown kecamatan "Batu Ampr"; did you mean "Batu Ampar"?');
  log.at({ file: 'enrollment/b.xlsx', sheet: 'Batch 1', row: 4 }, 'notice', 'NIK', '=HYPERLINK("x")', 'this NIK already appeared');
  return log;
}

describe('summariseProblems', () => {
  it('summariseProblems(log) gives one line per kind of problem with its count and first place, never the values', () => {
    const lines = summariseProblems(sampleLog());
    expect(lines[0]).toMatch(/ERROR\s+2 × KECAMATAN: unknown kecamatan "Batam Kot".*\(first case: enrollment\/a\.csv, row 9\)/);
    expect(lines.join('\n')).toContain('sheet "Batch 1", row 4');
    expect(lines.join('\n')).not.toContain('2171990101900001');
    expect(lines).toHaveLength(3);
  });
});

describe('validationReport', () => {
  it('validationReport(log) lists every problem as a CSV row with file, sheet, row, column, value and what to do', () => {
    const text = validationReport(sampleLog());
    expect(text.startsWith('\ufeff')).toBe(true);
    const lines = text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('severity,file,sheet,row,column,value,problem');
    expect(lines[1]).toBe('error,enrollment/a.csv,,7,NIK,2171990101900001,has 15 digits; the digits were lost');
    // A value that Excel would run as a formula is neutralised.
    expect(lines[4]).toContain(`"'=HYPERLINK(""x"")"`);
    expect(lines).toHaveLength(5);
  });

  it('validationReport(log) says when the problem list was cut at the cap', () => {
    const log = new ProblemLog(2);
    for (let row = 2; row < 6; row++) log.at({ file: 'x.csv', row }, 'error', 'NIK', '', 'bad');
    expect(validationReport(log)).toMatch(/only the first 2 problems are listed; 4 in all/);
  });
});
