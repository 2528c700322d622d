import { sha256 } from '../../shared/sha256.ts';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { z } from 'zod';
import { ManifestEntry, MANIFEST } from '../../schemas/published.ts';
import { RELEASES_FOLDER } from '../../schemas/published-releases.ts';
import { IsoDate } from '../../schemas/text.ts';
import type { Release } from './release-tree.ts';
import { ReleaseError } from '../report/release-error.ts';

/** What stage 1 needs from a kept release's manifest; any schema version, so old releases stay readable. */
const KeptManifest = z.object({
  schemaVersion: z.number().int(),
  asOfDate: IsoDate,
  synthetic: z.boolean(),
  regionCode: z.string(),
  files: z.array(ManifestEntry),
});

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads every release kept in a published folder: each rilis/<date>/ folder, byte for byte, and the top-level
 * release when its date has no rilis/ folder yet (a folder written before releases were kept). Each is checked
 * against its manifest, because kept releases must never change; any problem throws a ReleaseError listing them all.
 */
export async function readKeptReleases(outDir: string): Promise<Release[]> {
  const problems: string[] = [];
  const releases: Release[] = [];
  const releasesDir = join(outDir, RELEASES_FOLDER);
  for (const entry of await listDir(releasesDir)) {
    if (entry.name.startsWith('.')) continue; // .DS_Store and the like, made by file browsers
    const where = `${RELEASES_FOLDER}/${entry.name}`;
    if (!entry.isDirectory() || !DATE_FOLDER.test(entry.name)) {
      problems.push(`${where} is not a release folder (rilis/ holds only folders named YYYY-MM-DD): move it out of the published folder`);
      continue;
    }
    const files = await readFolder(join(releasesDir, entry.name));
    const release = checkRelease(files, where, problems);
    if (release && release.asOfDate !== entry.name) problems.push(`${where}/${MANIFEST} says asOfDate ${release.asOfDate}, not ${entry.name}: restore the folder from version control`);
    else if (release) releases.push(release);
  }

  const topManifest = await readFile(join(outDir, MANIFEST)).catch(() => null);
  if (topManifest !== null) {
    const parsed = KeptManifest.safeParse(parseJson(topManifest));
    if (parsed.success && !releases.some((r) => r.asOfDate === parsed.data.asOfDate)) {
      // The folder predates kept releases: keep its release too, exactly the files its manifest lists.
      const files = new Map<string, Uint8Array>([[MANIFEST, topManifest]]);
      for (const f of parsed.data.files) {
        const bytes = await readFile(join(outDir, f.path)).catch(() => null);
        if (bytes !== null) files.set(f.path, bytes);
      }
      const release = checkRelease(files, 'the top-level release', problems);
      if (release) releases.push(release);
    }
  }
  if (problems.length > 0)
    throw new ReleaseError(`the published folder ${outDir} holds releases that cannot be kept unchanged:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  return releases.sort((a, b) => (a.asOfDate < b.asOfDate ? 1 : -1));
}

/** A release from its files if its manifest lists exactly what is there, with the right sizes and sha256; else null and problems. */
function checkRelease(files: Map<string, Uint8Array>, where: string, problems: string[]): Release | null {
  const manifestBytes = files.get(MANIFEST);
  if (!manifestBytes) {
    problems.push(`${where} has no ${MANIFEST}`);
    return null;
  }
  const parsed = KeptManifest.safeParse(parseJson(manifestBytes));
  if (!parsed.success) {
    problems.push(`${where}/${MANIFEST} is not a manifest (${parsed.error.issues.map((i) => `${i.path.join('.') || 'top level'}: ${i.message}`).join('; ')})`);
    return null;
  }
  const manifest = parsed.data;
  const listed = new Set(manifest.files.map((f) => f.path));
  let ok = true;
  for (const f of manifest.files) {
    const bytes = files.get(f.path);
    const problem = bytes === undefined ? 'is missing' : bytes.length !== f.bytes || sha256(bytes) !== f.sha256 ? 'differs from its manifest entry' : null;
    if (problem) {
      problems.push(`${where}/${f.path} ${problem}: a kept release must never change; restore it from version control`);
      ok = false;
    }
  }
  for (const path of files.keys()) {
    if (path !== MANIFEST && !listed.has(path)) {
      problems.push(`${where}/${path} is not listed in its ${MANIFEST}: remove it, a kept release holds only its own files`);
      ok = false;
    }
  }
  return ok ? { asOfDate: manifest.asOfDate, synthetic: manifest.synthetic, regionCode: manifest.regionCode, files } : null;
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    return null;
  }
}

async function listDir(dir: string) {
  try {
    return (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : 1));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/** Every file below `dir` (path with forward slashes → bytes), hidden files left out. */
async function readFolder(dir: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const parts = relative(dir, path).split(sep);
    if (parts.some((part) => part.startsWith('.'))) continue;
    files.set(parts.join('/'), await readFile(path));
  }
  return files;
}
