import { relative } from 'node:path';
import type { AttackReport, LearnedCount, ReleaseAttack } from './attack.ts';

/** How many net changes the text lists before it only counts them. */
const NET_CHANGES_LISTED = 20;

const learnedLine = (l: LearnedCount) =>
  `  learned ${l.cell}${l.complement ? ' (target − count)' : ''} = ${l.value} (below ${l.threshold}; ${l.how})`;

const releaseLines = (r: ReleaseAttack, base: string) => [
  `${relative(base, r.folder) || '.'} (${r.asOfDate}, ${r.method}): ${r.cellsConsidered} counts considered, ` +
    `${r.candidates} candidates, ${r.linearPrograms} linear programs, ${r.learned.length} learned, ${r.seconds.toFixed(2)} s`,
  ...r.problems.map((p) => `  problem: ${p}`),
  ...r.learned.map(learnedLine),
];

/** The attack report as text for a terminal: one block per release, then the net changes in short. */
export function formatReport(report: AttackReport, base = process.cwd()): string {
  const changes = report.netChanges;
  const learned = report.releases.reduce((s, r) => s + r.learned.length, 0);
  return [
    ...report.releases.flatMap((r) => releaseLines(r, base)),
    `${changes.length} pinned net changes of 1…threshold−1 between consecutive as-of dates (information, not learned counts)`,
    ...changes.slice(0, NET_CHANGES_LISTED).map((c) => `  ${c.cell}: ${c.before} (${c.from}) → ${c.after} (${c.to})`),
    ...(changes.length > NET_CHANGES_LISTED ? [`  … and ${changes.length - NET_CHANGES_LISTED} more (--json lists them all)`] : []),
    `${learned} counts learned in ${report.releases.length} releases; ${report.seconds.toFixed(2)} s in all`,
  ].join('\n');
}
