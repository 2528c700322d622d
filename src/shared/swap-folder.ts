import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A hidden sibling of `target` for work in progress: same file system, so the final rename is atomic. */
export function stagingFolder(target: string, purpose: 'staging' | 'previous'): string {
  return join(dirname(target), `.${basename(target)}.${purpose}-${process.pid}-${Date.now()}`);
}

/**
 * Puts the finished `staging` folder in place of `target` (which may not exist yet). Readers never see half
 * a folder; if the swap itself fails, the previous folder is put back.
 */
export async function swapFolder(staging: string, target: string): Promise<void> {
  const previous = stagingFolder(target, 'previous');
  let hadPrevious = true;
  try {
    await rename(target, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadPrevious = false;
  }
  try {
    await rename(staging, target);
  } catch (error) {
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
