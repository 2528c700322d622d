/**
 * What the independent attacker (scripts/attacker/, branch i10-attacker) learns from the releases published so far,
 * oldest first, as a short text for the benchmark's tables.
 *
 * TODO(i10-attacker): call `attackReleases(releaseDirs)` from scripts/attacker/ here once it is merged, and
 * summarise its result (counts learned; pinned small net changes apart). Until then the column says "n/a".
 */
export async function attackerFindings(releaseDirs: readonly string[]): Promise<string> {
  if (releaseDirs.length === 0) throw new Error('attackerFindings needs at least one release folder.');
  return 'n/a';
}
