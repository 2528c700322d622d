import { mkdir, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFolder } from '../../../src/pipeline/releases/write-folder.ts';
import { readTree } from '../../helpers/stage1.ts';

const text = (files: Map<string, Buffer>) => new Map([...files].map(([path, bytes]) => [path, bytes.toString('utf8')]));

async function folderWith(files: Record<string, string>) {
  const parent = await mkdtemp(join(tmpdir(), 'write-folder-'));
  const out = join(parent, 'published');
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(out, path, '..'), { recursive: true });
    await writeFile(join(out, path), content);
  }
  return { parent, out };
}

describe('writeOutputFolder(outDir, files)', () => {
  const release = new Map([
    ['metadata.json', '{"a":1}\n'],
    ['csv/peserta-per-wilayah.csv', 'tanggal_data\r\n2025-11-30\r\n'],
    ['csv/klaim.csv', 'x\r\n'],
  ]);

  it('writeOutputFolder(new folder) writes every file, nested folders included', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'write-folder-'));
    const out = join(parent, 'deep', 'published');
    await writeOutputFolder(out, release);
    expect(text(await readTree(out))).toEqual(release);
    expect(await readdir(join(parent, 'deep'))).toEqual(['published']);
  });

  it('writeOutputFolder(existing folder) replaces it entirely and leaves no staging or previous folder behind', async () => {
    const { parent, out } = await folderWith({ 'old.json': 'stale', 'metadata.json': 'old', 'csv/old.csv': 'gone' });
    await writeFile(join(parent, 'neighbour.txt'), 'untouched');
    await writeOutputFolder(out, release);
    expect(text(await readTree(out))).toEqual(release);
    expect((await readdir(parent)).sort()).toEqual(['neighbour.txt', 'published']);
  });

  it('writeOutputFolder(files that cannot be written) leaves the previous folder exactly as it was, with no staging folder left', async () => {
    const before = { 'metadata.json': 'previous release', 'csv/klaim.csv': 'previous csv' };
    const { parent, out } = await folderWith(before);
    // "csv" is written as a file first, so "csv/klaim.csv" needs a folder where a file already is.
    const broken = new Map([['csv', 'a file'], ['csv/klaim.csv', 'x'], ['metadata.json', 'new']]);
    await expect(writeOutputFolder(out, broken)).rejects.toThrow();
    expect(text(await readTree(out))).toEqual(new Map(Object.entries(before)));
    expect(await readdir(parent)).toEqual(['published']);
  });

  it('writeOutputFolder(outDir whose parent is a file) fails without creating anything', async () => {
    const parent = await mkdtemp(join(tmpdir(), 'write-folder-'));
    await writeFile(join(parent, 'blocker'), 'a file');
    await expect(writeOutputFolder(join(parent, 'blocker', 'published'), release)).rejects.toThrow();
    expect(await readdir(parent)).toEqual(['blocker']);
  });
});
