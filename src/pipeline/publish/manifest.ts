import { parseWithFriendlyErrors } from '../../schemas/friendly-errors.ts';
import { BOUNDARIES_FILE, PublishedBoundaries } from '../../schemas/published-boundaries.ts';
import { MANIFEST, PUBLISHED_JSON, type Manifest, type PublishedMeta } from '../../schemas/published.ts';
import type { PublishedFiles } from './publish.ts';
import { stableJson } from './stable-json.ts';
import { sha256 } from '../../shared/sha256.ts';

/** The manifest lists every other published file with its size and sha256, sorted by path. */
export function withManifest(files: PublishedFiles, meta: PublishedMeta): PublishedFiles {
  const entries = [...files.keys()].sort().map((path) => {
    const bytes = Buffer.from(files.get(path)!, 'utf8');
    return { path, bytes: bytes.length, sha256: sha256(bytes) };
  });
  const manifest: Manifest = { ...meta, files: entries };
  return new Map([...files, [MANIFEST, stableJson(manifest)]]);
}

/** Checks each JSON file against the schema stage 2 will read it with, so stage 1 never publishes what stage 2 rejects. */
export function checkAgainstSchemas(files: PublishedFiles): void {
  for (const [name, schema] of Object.entries(PUBLISHED_JSON)) {
    const text = files.get(name);
    if (text === undefined) throw new Error(`internal error: ${name} was not produced`);
    let data: unknown;
    try {
      data = JSON.parse(text);
    } catch (error) {
      throw new Error(`internal error: ${name} produced by stage 1 is not JSON (${(error as Error).message})`);
    }
    parseWithFriendlyErrors(schema, data, `${name} (produced by stage 1)`);
  }
  const boundaries = files.get(BOUNDARIES_FILE);
  if (boundaries !== undefined) parseWithFriendlyErrors(PublishedBoundaries, JSON.parse(boundaries), `${BOUNDARIES_FILE} (produced by stage 1)`);
}
