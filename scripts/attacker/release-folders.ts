import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MANIFEST } from '../../src/schemas/published.ts';
import { RELEASES_FOLDER } from '../../src/schemas/published-releases.ts';

async function readOrNull(path: string): Promise<string | null> {
  return readFile(path, 'utf8').catch(() => null);
}

/**
 * The release folders of a published folder: the latest at its top, then every rilis/<date>/. The top is left out
 * when its manifest is byte-identical to that of a kept release (it is the same release, copied).
 */
export async function releaseFolders(published: string): Promise<string[]> {
  const kept = await readdir(join(published, RELEASES_FOLDER), { withFileTypes: true }).catch(() => []);
  const dated = kept.filter((e) => e.isDirectory()).map((e) => join(published, RELEASES_FOLDER, e.name)).sort();
  const top = await readOrNull(join(published, 'metadata.json'));
  if (top === null) return dated;
  const topManifest = await readOrNull(join(published, MANIFEST));
  const copies = await Promise.all(dated.map((f) => readOrNull(join(f, MANIFEST))));
  return topManifest !== null && copies.includes(topManifest) ? dated : [published, ...dated];
}
