import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getSite } from './site-data.ts';

/** Every file of a release's published folder, as listed in its manifest, and the manifest itself. */
export function publishedFiles(release: string | null): string[] {
  return [...getSite(release).manifest.files.map((f) => f.path), 'manifest.json'];
}

/**
 * A published file byte for byte, so the checksums on the data page and in manifest.json verify exactly what a
 * reader downloads.
 */
export function publishedFile(release: string | null, file: string): Response {
  if (!publishedFiles(release).includes(file)) throw new Error(`${file} is not in the manifest of ${release ?? 'the latest release'}`);
  return new Response(readFileSync(join(getSite(release).dir, file)));
}
