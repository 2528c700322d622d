import { describe, expect, it } from 'vitest';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPublished, readPublishedFile } from '../../src/lib/published.ts';
import { makeSite } from '../../src/lib/site-data.ts';
import { Manifest } from '../../src/schemas/published.ts';

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

  it('loadPublished(a release folder published before population.json) reads it as no population figures', async () => {
    const dir = await copyOfPublished();
    await rm(join(dir, 'population.json'), { force: true });
    const data = loadPublished(dir);
    const { schemaVersion, asOfDate, synthetic, regionCode } = data.metadata;
    expect(data.populationFile).toEqual({ schemaVersion, asOfDate, synthetic, regionCode, rows: [] });
    const site = makeSite(data, dir, readPublishedFile(dir, 'manifest.json', Manifest));
    expect(site.population('21.71.01')).toBeNull();
  });

  it('loadPublished names the field at fault in a malformed population.json', async () => {
    const dir = await copyOfPublished();
    await writeFile(join(dir, 'population.json'), JSON.stringify({ schemaVersion: 2, asOfDate: '2025-11-30', synthetic: true, regionCode: '21.71', rows: [{ code: '21.71.01', level: 'kecamatan', residents: 0, source: 'BPS', year: 2013 }] }));
    expect(() => loadPublished(dir)).toThrow(/population\.json is not valid:[\s\S]*rows\[0\]\.residents/);
  });

  it('makeSite(…).population(code) gives the published figure of an area, null for an area without one', async () => {
    const dir = await copyOfPublished();
    const meta = { schemaVersion: 2, asOfDate: '2025-11-30', synthetic: true, regionCode: '21.71' };
    const row = { code: '21.71.01', level: 'kecamatan', residents: 24343, source: 'Dinas Kependudukan Kota Batam, Agustus 2013', year: 2013 };
    await writeFile(join(dir, 'population.json'), JSON.stringify({ ...meta, rows: [row] }));
    const site = makeSite(loadPublished(dir), dir, readPublishedFile(dir, 'manifest.json', Manifest));
    expect(site.population('21.71.01')).toEqual(row);
    expect(site.population('21.71.02')).toBeNull();
    expect(site.population('21.71')).toBeNull();
  });
});
