import type { DemoSample } from './demo-sample.ts';
import { dayNumber, isoFromDay } from './day-number.ts';
import { earlierExport } from './earlier-export.ts';
import type { EnrollmentRow } from './enrollment-people.ts';
import { projectedExports, type Churn } from './projected-months.ts';
import type { SampleClaim } from './sample-claims.ts';

/** One monthly export of the demo's people. */
export interface MonthlyExport {
  asOfDate: string;
  /** Every row in export order, planted duplicates included. */
  rows: EnrollmentRow[];
  claims: SampleClaim[];
  /** Projected months only: who left and joined since the export before. */
  churn: Churn | null;
}

export interface MonthlyExportOptions {
  /** How many month ends, from the month the first batch starts (default 12: June 2025 to May 2026 for the demo). */
  months?: number;
  /** Seed of everything drawn beyond the demo's own people; default the sample's. */
  seed?: number;
}

/** The last day of the month `months` after the month of `iso`. */
function monthEnd(iso: string, months: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number];
  return isoFromDay(Date.UTC(y, m + months, 0) / 86_400_000);
}

/**
 * The demo's people exported at the end of every month, in order: the months before the demo's as-of date from
 * the demo's people by start date (as data/sample-2025-10 is), the demo's export itself, then projected months with
 * churn (see projected-months.ts). With the default seed the month before the demo's is data/sample-2025-10's export.
 */
export function monthlyExports(demo: DemoSample, { months = 12, seed }: MonthlyExportOptions = {}): MonthlyExport[] {
  const { program, sample, claims, targets, areas, deathDays } = demo;
  const firstStart = program.batches.map((b) => b.start).sort()[0]!;
  const asOfDates = Array.from({ length: months }, (_, i) => monthEnd(firstStart, i));
  const demoAsOf = dayNumber(program.asOfDate);
  const before = asOfDates.filter((d) => dayNumber(d) < demoAsOf);
  const after = asOfDates.filter((d) => dayNumber(d) > demoAsOf);

  // The export a month before the demo's draws the day each non-active person left; every earlier one reuses those
  // days, so nobody is active, then not, then active again, whichever months are asked for.
  const derive = (asOfDate: string, leftDays: ReadonlyMap<number, number>) =>
    earlierExport(sample, program.asOfDate, leftDays, claims, targets, areas, { asOfDate, seed });
  const monthBefore = derive(monthEnd(program.asOfDate, -1), deathDays);
  const earlier = before.map((asOfDate) => (asOfDate === monthBefore.asOfDate ? monthBefore : derive(asOfDate, monthBefore.leftDays)));

  return [
    ...earlier.map((e) => ({ asOfDate: e.asOfDate, rows: e.rows, claims: e.claims, churn: null })),
    ...(asOfDates.includes(program.asOfDate) ? [{ asOfDate: program.asOfDate, rows: sample.rows, claims, churn: null }] : []),
    ...projectedExports(program, sample, claims, targets, after, seed),
  ];
}
