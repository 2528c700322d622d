import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { stagingFolder, swapFolder } from '../../shared/swap-folder.ts';

/**
 * Writes all files into a sibling staging folder, then swaps it in place of `outDir`:
 * readers never see half a release, and a run that fails before the swap leaves `outDir` exactly as it was.
 */
export async function writeOutputFolder(outDir: string, files: ReadonlyMap<string, string | Uint8Array>): Promise<void> {
  const target = resolve(outDir);
  const staging = stagingFolder(target, 'staging');
  await mkdir(dirname(target), { recursive: true });
  try {
    for (const path of [...files.keys()].sort()) {
      const file = join(staging, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, files.get(path)!);
    }
    await swapFolder(staging, target);
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
