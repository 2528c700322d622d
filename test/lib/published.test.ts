import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPublished } from '../../src/lib/published.ts';

async function copyOfPublished() {
  const dir = join(await mkdtemp(join(tmpdir(), 'published-')), 'published');
  await cp('data/published', dir, { recursive: true });
  return dir;
}

describe('loadPublished', () => {
  it('loadPublished(data/published) validates every file and returns them by name', () => {
    const data = loadPublished('data/published');
    expect(data.metadata.region.code).toBe('21.71');
    expect(data.enrollment.cells.length).toBeGreaterThan(77);
    expect(data.metadata.synthetic).toBe(true);
  });

  it('loadPublished names a missing file and says how to make it', async () => {
    const dir = await copyOfPublished();
    await rm(join(dir, 'status.json'));
    expect(() => loadPublished(dir)).toThrow(/status\.json is missing: run stage 1/);
  });

  it('loadPublished names the field at fault in a malformed file', async () => {
    const dir = await copyOfPublished();
    await writeFile(join(dir, 'spend.json'), JSON.stringify({ schemaVersion: 2, asOfDate: '30-11-2025', synthetic: true, regionCode: '21.71', rows: [] }));
    expect(() => loadPublished(dir)).toThrow(/spend\.json is not valid:[\s\S]*asOfDate/);
  });
});
