import { attackReleases } from '../attacker/attack.ts';

/**
 * What the independent attacker (scripts/attacker/) learns from the releases published so far, oldest first, as a
 * short text for the benchmark's tables: counts from 1 to k−1 learned exactly (in any release, from all of them
 * together), then the pinned small net changes between consecutive dates (information, not learned counts), and any
 * contradiction the attacker met (a sign its model of the tables is wrong).
 */
export async function attackerFindings(releaseDirs: readonly string[]): Promise<string> {
  if (releaseDirs.length === 0) throw new Error('attackerFindings needs at least one release folder.');
  const report = await attackReleases(releaseDirs);
  const learned = report.releases.reduce((s, r) => s + r.learned.length, 0);
  const problems = report.releases.reduce((s, r) => s + r.problems.length, 0);
  return `${learned} learned; ${report.netChanges.length} net changes${problems > 0 ? `; ${problems} contradictions` : ''}`;
}
