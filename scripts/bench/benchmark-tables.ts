import { LEVELS, type ReleaseMetrics, type Shown } from './release-metrics.ts';

interface ReleaseResult {
  metrics: ReleaseMetrics;
  /** Stage 1's wall-clock seconds for this release. */
  seconds: number;
  /** The attacker's findings over this release and every one before it. */
  attacker: string;
}

export interface MethodResult {
  method: string;
  /** One per release run, oldest first; fewer than asked when the method failed. */
  releases: ReleaseResult[];
  /** Why the method stopped early (stage 1 failed, or does not know the method); null when every release ran. */
  failure: string | null;
  /** The whole benchmark of this method: stage 1 runs and reading their output. */
  wallSeconds: number;
}

const total = (s: Shown) => s.exact + s.approximate + s.hidden;
const sum = (xs: readonly Shown[]): Shown => ({
  exact: xs.reduce((a, s) => a + s.exact, 0),
  approximate: xs.reduce((a, s) => a + s.approximate, 0),
  hidden: xs.reduce((a, s) => a + s.hidden, 0),
});
const percent = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)}%`);
/** exact / approximate / hidden, as counts. */
const counts = (s: Shown) => `${s.exact} / ${s.approximate} / ${s.hidden}`;
/** exact / approximate / hidden, as shares. */
const shares = (s: Shown) => [s.exact, s.approximate, s.hidden].map((n) => percent(n, total(s))).join(' / ');
const seconds = (s: number) => s.toFixed(1);
const median = (xs: readonly number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const row = (cells: readonly (string | number)[]) => `| ${cells.join(' | ')} |`;
const table = (header: readonly string[], rows: readonly (readonly (string | number)[])[]) =>
  [row(header), row(header.map((_, i) => (i < 2 ? '---' : '---:'))), ...rows.map(row)].join('\n');

/** One method, one row per release: what each release shows, how far from the truth, and stage 1's time. */
export function releaseTable(result: MethodResult): string {
  const header = [
    'releases kept', 'as of', 'enrollment.json cells hidden', 'all counts hidden (every file)',
    ...LEVELS.map((l) => `${l}: exact / ≈ / hidden`), 'kelurahan × category hidden', 'kelurahan coverage shown',
    'mean abs. change', 'largest abs. change', 'attacker', 'stage 1 s',
  ];
  const rows = result.releases.map(({ metrics: m, seconds: s, attacker }, i) => {
    return [
      i + 1, m.asOfDate, percent(m.enrollmentFile.hidden, total(m.enrollmentFile)), percent(m.allCounts.hidden, total(m.allCounts)),
      ...LEVELS.map((l) => counts(m.enrollment[l])), percent(m.enrollment.kelurahan.hidden, total(m.enrollment.kelurahan)),
      `${m.coverage.shown} of ${m.coverage.of}`, (m.change.sum / Math.max(m.change.cells, 1)).toFixed(2), m.change.largest,
      attacker, seconds(s),
    ];
  });
  const failure = result.failure ? `\n\n${result.method} stopped: ${result.failure}` : '';
  return `### ${result.method}\n\n${table(header, rows)}${failure}`;
}

/** One row per method over all its releases, in the shape data/README.md's comparison needs. */
export function summaryTable(results: readonly MethodResult[]): string {
  const header = [
    'method', 'releases',
    ...LEVELS.map((l) => `${l}: shown exactly / protected / hidden`),
    'kelurahan × category shown, worst release', 'kelurahan coverage shown, worst release',
    'mean abs. change', 'largest abs. change', 'attacker, all releases', 'stage 1 s, median (max)', 'benchmark s',
  ];
  const rows = results.map((r) => {
    const all = r.releases.map((x) => x.metrics);
    if (all.length === 0) return [r.method, `0 (${r.failure ?? 'none run'})`, ...LEVELS.map(() => '–'), '–', '–', '–', '–', '–', '–', seconds(r.wallSeconds)];
    const worst = (shown: (m: ReleaseMetrics) => number, of: (m: ReleaseMetrics) => number) => {
      const m = all.reduce((a, b) => (shown(b) / Math.max(of(b), 1) < shown(a) / Math.max(of(a), 1) ? b : a));
      return `${percent(shown(m), of(m))} (${m.asOfDate})`;
    };
    const kelurahanShown = (m: ReleaseMetrics) => m.enrollment.kelurahan.exact + m.enrollment.kelurahan.approximate;
    const changed = all.reduce((a, m) => ({ cells: a.cells + m.change.cells, sum: a.sum + m.change.sum }), { cells: 0, sum: 0 });
    const times = r.releases.map((x) => x.seconds);
    return [
      r.method, r.failure ? `${all.length} (stopped)` : all.length,
      ...LEVELS.map((l) => shares(sum(all.map((m) => m.enrollment[l])))),
      worst(kelurahanShown, (m) => total(m.enrollment.kelurahan)), worst((m) => m.coverage.shown, (m) => m.coverage.of),
      (changed.sum / Math.max(changed.cells, 1)).toFixed(2), Math.max(...all.map((m) => m.change.largest)),
      r.releases[r.releases.length - 1]!.attacker, `${seconds(median(times))} (${seconds(Math.max(...times))})`,
      seconds(r.wallSeconds),
    ];
  });
  return table(header, rows);
}
