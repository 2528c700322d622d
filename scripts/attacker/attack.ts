// The independent attacker (threat model: scripts/attacker/README.md). It reads only what is published and the
// method's public parameters; it imports nothing of stage 1 (src/pipeline/), so a flaw there is not copied here.
import { netChanges, type NetChange } from './net-changes.ts';
import { readRelease, type PublishedRelease } from './read-release.ts';
import type { ReleaseFacts } from './release-facts.ts';
import { smallValuesOf } from './small-values.ts';
import { solveDate, type DateSolution } from './solve-date.ts';

/** A count the attacker worked out exactly, from 1 to threshold−1 (or such a complement, target − count). */
export interface LearnedCount {
  /** file/key…/field, e.g. enrollment/21.71.01.1002/ketua-rw. */
  cell: string;
  value: number;
  /** True when `value` is target − count, for a category whose complement is sensitive. */
  complement: boolean;
  threshold: number;
  /**
   * 'published': one published value gives it away by itself (shown exactly, or an approximate value only one true
   * count can give, such as 0); 'equations': it takes the table's sums, other cells or other releases.
   */
  how: 'published' | 'equations';
}

export interface ReleaseAttack {
  folder: string;
  asOfDate: string;
  method: string;
  /** Counts of people the release publishes (shown, approximate or hidden). */
  cellsConsidered: number;
  /** Cells of its as-of date that still could be small after propagation, and the linear programs solved for them (shared by releases of one date). */
  candidates: number;
  linearPrograms: number;
  learned: LearnedCount[];
  /** Published values that contradict each other under the method's rules: the findings of the date are void. */
  problems: string[];
  /** Reading the release, plus its share of the work on its as-of date. */
  seconds: number;
}

export interface AttackReport {
  releases: ReleaseAttack[];
  /** Pinned differences of 1…threshold−1 of the same cell between consecutive as-of dates: information, not learned counts. */
  netChanges: NetChange[];
  seconds: number;
}

function learnedIn(solution: DateSolution, facts: ReleaseFacts): LearnedCount[] {
  if (solution.system.conflicts.length > 0) return [];
  const out: LearnedCount[] = [];
  for (const i of facts.shown) {
    const v = solution.system.variables[i]!;
    for (const { value, complement } of smallValuesOf(v))
      out.push({ cell: v.id, value, complement, threshold: v.threshold!, how: v.pinnedAlone ? 'published' : 'equations' });
  }
  return out.sort((a, b) => (a.cell < b.cell ? -1 : a.cell > b.cell ? 1 : Number(a.complement) - Number(b.complement)));
}

/** Attacks releases already read; `readSeconds[i]` is added to release i's time. */
async function attack(releases: readonly PublishedRelease[], readSeconds: readonly number[] = []): Promise<AttackReport> {
  const started = performance.now();
  const dates = [...new Set(releases.map((r) => r.metadata.asOfDate))].sort();
  const solutions: DateSolution[] = [];
  for (const date of dates) solutions.push(await solveDate(date, releases.filter((r) => r.metadata.asOfDate === date)));
  const reports = releases.map((release, i): ReleaseAttack => {
    const solution = solutions.find((s) => s.asOfDate === release.metadata.asOfDate)!;
    const facts = solution.facts.find((f) => f.release === release)!;
    return {
      folder: release.folder,
      asOfDate: release.metadata.asOfDate,
      method: release.metadata.disclosure.method,
      cellsConsidered: facts.shown.size,
      candidates: solution.candidates,
      linearPrograms: solution.linearPrograms,
      learned: learnedIn(solution, facts),
      problems: [...solution.system.conflicts],
      seconds: (readSeconds[i] ?? 0) + solution.seconds / solution.facts.length,
    };
  });
  return { releases: reports, netChanges: netChanges(solutions), seconds: (performance.now() - started) / 1000 + readSeconds.reduce((s, x) => s + x, 0) };
}

/** Reads each release folder and attacks them all together: releases of one as-of date as one, the others apart. */
export async function attackReleases(folders: readonly string[]): Promise<AttackReport> {
  const releases: PublishedRelease[] = [];
  const readSeconds: number[] = [];
  for (const folder of folders) {
    const started = performance.now();
    releases.push(await readRelease(folder));
    readSeconds.push((performance.now() - started) / 1000);
  }
  return attack(releases, readSeconds);
}
