// Which releases a build copies from the frozen site instead of rendering. `npm run build` (scripts/build-site.ts)
// decides and tells Astro through two variables: FROZEN_RELEASES (comma-separated as-of dates) and FROZEN_SITE
// (the built site that holds their frozen files and records).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FROZEN_RECORD_FILE, FrozenRelease } from '../schemas/frozen-release.ts';

/** The releases this build copies from FROZEN_SITE; none when the variable is unset (every release is rendered). */
export function frozenReleases(): ReadonlySet<string> {
  const listed = process.env.FROZEN_RELEASES ?? '';
  return new Set(listed.split(',').map((d) => d.trim()).filter((d) => d !== ''));
}

/** Where a release's record is kept in a built site. */
export const frozenRecordPath = (release: string): string => `rilis/${release}/${FROZEN_RECORD_FILE}`;

/**
 * The record of a frozen release in the built site `siteDir`: null when the release was never frozen there. A record
 * that is not valid JSON of the right shape is an error, since a build must then not guess what the release holds.
 */
export function readFrozenRecord(siteDir: string, release: string): FrozenRelease | null {
  const file = join(siteDir, frozenRecordPath(release));
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${file} is not valid JSON. Restore it from the published site, or re-freeze the release: npm run build -- --refreeze ${release}`);
  }
  const result = FrozenRelease.safeParse(parsed);
  if (!result.success || result.data.release !== release) {
    const why = result.success ? `it names release ${result.data.release}` : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).slice(0, 3).join('; ');
    throw new Error(`${file} is not a frozen release's record (${why}). Restore it from the published site, or re-freeze the release: npm run build -- --refreeze ${release}`);
  }
  return result.data;
}

/** The frozen record of a release this build copies (FROZEN_SITE); throws when there is none. */
export function frozenRecord(release: string): FrozenRelease {
  const site = process.env.FROZEN_SITE;
  const record = site === undefined ? null : readFrozenRecord(site, release);
  if (record === null) throw new Error(`release ${release} is frozen but FROZEN_SITE (${site ?? 'unset'}) holds no ${frozenRecordPath(release)}`);
  return record;
}
