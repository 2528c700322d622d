// swapFolder on real folders: the new folder takes the old one's place, carried folders move across whole (same
// inodes), and a swap that fails half-way leaves the old folder exactly as it was.
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { stagingFolder, swapFolder } from '../../src/shared/swap-folder.ts';

function write(root: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
}

function read(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(folder, entry.name), `${prefix}${entry.name}/`);
      else out[`${prefix}${entry.name}`] = readFileSync(join(folder, entry.name), 'utf8');
    }
  };
  walk(root, '');
  return out;
}

const OLD = { 'index.html': 'old home', 'rilis/2025-10-31/index.html': 'october', 'en/rilis/2025-10-31/index.html': 'oktober en', 'rilis/2025-09-30/index.html': 'september, withdrawn' };

function sites() {
  const parent = mkdtempSync(join(tmpdir(), 'swap-folder-'));
  const target = join(parent, 'dist');
  const staging = stagingFolder(target, 'staging');
  write(target, OLD);
  write(staging, { 'index.html': 'new home', 'rilis/2025-11-30/index.html': 'november' });
  return { parent, target, staging };
}

describe('swapFolder', () => {
  it('puts the new folder in place of the old one, which is removed, and works when there was none', async () => {
    const { parent, target, staging } = sites();
    await swapFolder(staging, target);
    expect(read(target)).toEqual({ 'index.html': 'new home', 'rilis/2025-11-30/index.html': 'november' });
    expect(readdirSync(parent)).toEqual(['dist']);

    const fresh = join(parent, 'fresh');
    const freshStaging = stagingFolder(fresh, 'staging');
    write(freshStaging, { 'index.html': 'first' });
    await swapFolder(freshStaging, fresh);
    expect(read(fresh)).toEqual({ 'index.html': 'first' });
  });

  it('carries the named folders of the old folder into the new one whole: same files, same inodes; the rest of the old one goes', async () => {
    const { parent, target, staging } = sites();
    const inode = statSync(join(target, 'rilis/2025-10-31/index.html')).ino;
    await swapFolder(staging, target, ['rilis/2025-10-31', 'en/rilis/2025-10-31']);
    expect(read(target)).toEqual({
      'index.html': 'new home', 'rilis/2025-11-30/index.html': 'november',
      'rilis/2025-10-31/index.html': 'october', 'en/rilis/2025-10-31/index.html': 'oktober en',
    });
    expect(statSync(join(target, 'rilis/2025-10-31/index.html')).ino).toBe(inode);
    expect(readdirSync(parent)).toEqual(['dist']);
  });

  it('a carried folder the old folder lacks fails the swap and leaves the old folder as it was, the new one in staging', async () => {
    const { parent, target, staging } = sites();
    await expect(swapFolder(staging, target, ['rilis/2025-10-31', 'rilis/2024-01-31'])).rejects.toThrow(/ENOENT/);
    expect(read(target)).toEqual(OLD);
    expect(read(staging)).toEqual({ 'index.html': 'new home', 'rilis/2025-11-30/index.html': 'november' });
    expect(readdirSync(parent).sort()).toEqual(['dist', staging.split('/').at(-1)!].sort());
  });

  it('carrying from a folder that does not exist is an error, and nothing is created', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'swap-folder-'));
    const target = join(parent, 'dist');
    const staging = stagingFolder(target, 'staging');
    write(staging, { 'index.html': 'new' });
    await expect(swapFolder(staging, target, ['rilis/2025-10-31'])).rejects.toThrow(/ENOENT/);
    expect(existsSync(target)).toBe(false);
    expect(read(staging)).toEqual({ 'index.html': 'new' });
  });
});
