import { mkdirSync, renameSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A hidden sibling of `target` for work in progress: same file system, so the final rename is atomic. */
export function stagingFolder(target: string, purpose: 'staging' | 'previous'): string {
  return join(dirname(target), `.${basename(target)}.${purpose}-${process.pid}-${Date.now()}`);
}

/**
 * Puts the finished `staging` folder in place of `target` (which may not exist yet). Readers never see half
 * a folder; if the swap itself fails, the previous folder is put back.
 *
 * `carry` names folders (relative paths) to move from the previous `target` into the new one on the way, whole,
 * by rename: the site build carries frozen releases so, instead of linking, and later deleting, each of their files
 * every month. They move while `target` is renamed away, so readers see either the old folder or the new one.
 */
export async function swapFolder(staging: string, target: string, carry: readonly string[] = []): Promise<void> {
  const previous = stagingFolder(target, 'previous');
  for (const folder of carry) mkdirSync(dirname(join(staging, folder)), { recursive: true });
  let hadPrevious = true;
  try {
    await rename(target, previous);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || carry.length > 0) throw error;
    hadPrevious = false;
  }
  const moved: string[] = [];
  try {
    for (const folder of carry) {
      renameSync(join(previous, folder), join(staging, folder));
      moved.push(folder);
    }
    await rename(staging, target);
  } catch (error) {
    for (const folder of moved.reverse()) renameSync(join(staging, folder), join(previous, folder));
    if (hadPrevious) await rename(previous, target);
    throw error;
  }
  if (hadPrevious) await rm(previous, { recursive: true, force: true });
}
