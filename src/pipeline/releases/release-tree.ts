import { sha256 } from '../../shared/sha256.ts';
import { RELEASES_FILE, RELEASES_FOLDER, type ReleaseIndex } from '../../schemas/published-releases.ts';
import { SCHEMA_VERSION, MANIFEST } from '../../schemas/published.ts';
import { ReleaseError } from '../report/release-error.ts';
import { stableJson } from '../publish/stable-json.ts';

/** A release: its as-of date, whether it is synthetic, its region, and every file (path → bytes or text), manifest.json included. */
export interface Release {
  asOfDate: string;
  synthetic: boolean;
  regionCode: string;
  files: ReadonlyMap<string, string | Uint8Array>;
}

/** Where this run's release goes among the releases kept in the published folder. */
export interface ReleasePlan {
  asOfDate: string;
  /** True when its as-of date is the newest (or the same as the newest): it is also written at the top level. */
  isLatest: boolean;
  /** True when a release of the same as-of date was kept before: this run replaces it (a correction). */
  replaces: boolean;
  /** True when it replaces one with exactly the same files and bytes (a rerun, not a correction). */
  unchanged: boolean;
  /** The as-of date shown at the top level after the run. */
  latest: string;
  /** Every as-of date kept after the run, newest first. */
  releases: string[];
}

function planRelease(kept: readonly Release[], release: Release): ReleasePlan {
  const keptDates = kept.map((r) => r.asOfDate);
  const releases = [...new Set([...keptDates, release.asOfDate])].sort().reverse();
  const same = kept.find((r) => r.asOfDate === release.asOfDate);
  return {
    asOfDate: release.asOfDate, isLatest: releases[0] === release.asOfDate, replaces: same !== undefined,
    unchanged: same !== undefined && sameFiles(same.files, release.files), latest: releases[0]!, releases,
  };
}

function sameFiles(a: Release['files'], b: Release['files']): boolean {
  if (a.size !== b.size) return false;
  for (const [path, content] of a) {
    const other = b.get(path);
    if (other === undefined || !Buffer.from(content).equals(Buffer.from(other))) return false;
  }
  return true;
}

/**
 * The whole published folder after adding `release` to the `kept` ones: every kept release byte for byte under
 * rilis/<date>/ (except one of the same date, which this release replaces), this release under rilis/<date>/, the
 * newest release again at the top level, and rilis.json indexing them all.
 */
export function releaseTree(kept: readonly Release[], release: Release): { plan: ReleasePlan; files: Map<string, string | Uint8Array> } {
  const otherRegion = kept.find((r) => r.regionCode !== release.regionCode);
  if (otherRegion)
    throw new ReleaseError(`the output folder holds a release of region ${otherRegion.regionCode} (${otherRegion.asOfDate}), but this run is for region ${release.regionCode}: publish each region into its own --out folder`);
  const plan = planRelease(kept, release);
  const byDate = new Map(kept.map((r) => [r.asOfDate, r]));
  byDate.set(release.asOfDate, release);
  const all = plan.releases.map((date) => byDate.get(date)!);

  const files = new Map<string, string | Uint8Array>();
  for (const r of all) {
    const manifest = r.files.get(MANIFEST);
    if (manifest === undefined) throw new ReleaseError(`release ${r.asOfDate} has no ${MANIFEST}`);
    for (const path of [...r.files.keys()].sort()) files.set(`${RELEASES_FOLDER}/${r.asOfDate}/${path}`, r.files.get(path)!);
  }
  const latest = all[0]!;
  for (const path of [...latest.files.keys()].sort()) files.set(path, latest.files.get(path)!);
  const index: ReleaseIndex = {
    schemaVersion: SCHEMA_VERSION,
    regionCode: release.regionCode,
    latest: latest.asOfDate,
    releases: all.map((r) => ({ asOfDate: r.asOfDate, synthetic: r.synthetic, manifestSha256: sha256(r.files.get(MANIFEST)!) })),
  };
  files.set(RELEASES_FILE, stableJson(index));
  return { plan, files };
}
