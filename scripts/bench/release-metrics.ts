import type { PublishedRelease } from './published-release.ts';

export const LEVELS = ['kota', 'kecamatan', 'kelurahan'] as const;
type Level = (typeof LEVELS)[number];

/** Published counts by how they are shown: exactly, approximately (noise or rounding), or hidden (null). */
export interface Shown {
  exact: number;
  approximate: number;
  hidden: number;
}

export interface ReleaseMetrics {
  asOfDate: string;
  /** metadata.json's disclosure.method; null when the release does not say (schema v1: suppression). */
  method: string | null;
  /**
   * enrollment.json counts by level: every category and "semua" for kota and kecamatan; for kelurahan only the
   * categories published at kelurahan level (the others are withheld by design, not by protection).
   */
  enrollment: Record<Level, Shown>;
  /** Every cell of enrollment.json, those withheld by a category's finest geography included (issue 10's first measure). */
  enrollmentFile: Shown;
  /** Every count of people in every file: enrollment (as above, all levels), status, timeline, demographics, claims. */
  allCounts: Shown;
  /** Kelurahan enrollment cells with a target: how many show a coverage. */
  coverage: { shown: number; of: number };
  /** |published − true| over every shown enrollment count (all levels, "semua" included). */
  change: { cells: number; sum: number; largest: number };
}

const none = (): Shown => ({ exact: 0, approximate: 0, hidden: 0 });

function tally(shown: Shown, row: { approximate?: string[] }, field: string, value: number | null): void {
  if (value === null) shown.hidden++;
  else if ((row.approximate ?? []).includes(field)) shown.approximate++;
  else shown.exact++;
}

/** How one release shows its counts, and how far the shown enrollment counts are from `truth` (see true-counts.ts). */
export function releaseMetrics(release: PublishedRelease, truth: ReadonlyMap<string, number>): ReleaseMetrics {
  const kelurahanCategories = new Set(release.metadata.categories.filter((c) => c.finestGeography === 'kelurahan').map((c) => c.id));
  const enrollment: Record<Level, Shown> = { kota: none(), kecamatan: none(), kelurahan: none() };
  const enrollmentFile = none();
  const allCounts = none();
  const coverage = { shown: 0, of: 0 };
  const change = { cells: 0, sum: 0, largest: 0 };

  for (const cell of release.enrollment.cells) {
    tally(enrollmentFile, cell, 'count', cell.count);
    const level = cell.level as Level;
    if (!(level in enrollment) || (level === 'kelurahan' && !kelurahanCategories.has(cell.category))) continue;
    tally(enrollment[level], cell, 'count', cell.count);
    tally(allCounts, cell, 'count', cell.count);
    if (level === 'kelurahan' && cell.target !== null) {
      coverage.of++;
      if (cell.coveragePercent !== null) coverage.shown++;
    }
  }
  for (const cell of release.enrollment.cells) {
    if (cell.count === null) continue;
    const off = Math.abs(cell.count - (truth.get(`${cell.code}|${cell.category}`) ?? 0));
    change.cells++;
    change.sum += off;
    change.largest = Math.max(change.largest, off);
  }
  for (const row of release.status.rows) for (const f of ['active', 'nonActive', 'registered'] as const) tally(allCounts, row, f, row[f]);
  for (const row of release.timeline.rows) for (const f of ['newCount', 'cumulative'] as const) tally(allCounts, row, f, row[f]);
  for (const row of release.demographics.rows) tally(allCounts, row, 'count', row.count);
  for (const row of release.claims.rows) tally(allCounts, row, 'claims', row.claims);

  return { asOfDate: release.metadata.asOfDate, method: release.metadata.disclosure.method ?? null, enrollment, enrollmentFile, allCounts, coverage, change };
}
