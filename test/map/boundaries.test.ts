import { describe, expect, it, vi } from 'vitest';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPublished } from '../../src/lib/published.ts';
import { loadBoundaries } from '../../src/map/boundaries.ts';
import { DEFAULT_ATTRIBUTION } from '../../src/pipeline/boundaries/operator-boundaries.ts';
import { BOUNDARIES_FILE } from '../../src/schemas/published-boundaries.ts';
import { copyFixture, runOn } from '../helpers/stage1.ts';

/** A published folder from stage 1 with the BIG-style kelurahan fixture (kecamatan made by merging). */
async function publishedWithBoundaries(): Promise<string> {
  const input = await copyFixture('csv-comma-plain', (program) => ({
    ...program, boundaries: [{ level: 'kelurahan', file: 'kelurahan.geojson', codeProperty: 'KDEPUM' }],
  }));
  await cp('test/fixtures/boundaries/kelurahan-big.geojson', join(input, 'kelurahan.geojson'));
  const { result, outDir } = await runOn(input);
  expect(result.fatal).toEqual([]);
  return outDir;
}

const dir = await publishedWithBoundaries();
const { metadata } = loadPublished(dir);
const codes = (level: string) => metadata.areas.filter((a) => a.level === level).map((a) => a.code);

describe('loadBoundaries', () => {
  it.each(['kecamatan', 'kelurahan'] as const)('loadBoundaries(metadata, %s, a folder with batas-wilayah.topo.json) draws the operator’s shapes', async (level) => {
    const shapes = await loadBoundaries(metadata, level, dir);
    expect(shapes.source).toBe('operator');
    // The fixture's program.json gives no credit, so the published file says whose lines these are in general terms.
    expect(shapes.attribution).toEqual(DEFAULT_ATTRIBUTION);
    expect(shapes.features.map((f) => f.properties.code)).toEqual(codes(level));
    for (const f of shapes.features) expect(f.geometry.coordinates.length, f.properties.code).toBeGreaterThan(0);
  });

  it('loadBoundaries(demo metadata, kecamatan, the demo folder) reads the GADM shapes stage 1 joined to Kemendagri codes, with their credit', async () => {
    const demo = loadPublished('data/published').metadata;
    const shapes = await loadBoundaries(demo, 'kecamatan', 'data/published');
    expect(shapes.source).toBe('gadm');
    expect(shapes.attribution.en).toMatch(/GADM 4\.1.*non-commercial/);
    expect(shapes.features.map((f) => f.properties.code)).toEqual(demo.areas.filter((a) => a.level === 'kecamatan').map((a) => a.code));
    expect(shapes.missing).toEqual([]);
  });

  it('loadBoundaries(metadata, level, a folder without batas-wilayah.topo.json) draws no shapes and lists every area as missing', async () => {
    const bare = await mkdtemp(join(tmpdir(), 'boundaries-'));
    await cp(dir, bare, { recursive: true });
    await rm(join(bare, BOUNDARIES_FILE));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const shapes = await loadBoundaries(metadata, 'kecamatan', bare);
      expect(shapes.features).toEqual([]);
      expect(shapes.source).toBe('none');
      expect(shapes.missing.map((a) => a.code)).toEqual(codes('kecamatan'));
    } finally {
      warn.mockRestore();
    }
  });

  it('loadBoundaries(metadata, a level the published file lacks, folder) draws no shapes for it: the site never reads GADM', async () => {
    const partial = await mkdtemp(join(tmpdir(), 'boundaries-'));
    await cp(dir, partial, { recursive: true });
    const topo = JSON.parse(await readFile(join(partial, BOUNDARIES_FILE), 'utf8'));
    delete topo.objects.kelurahan;
    await writeFile(join(partial, BOUNDARIES_FILE), JSON.stringify(topo));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const kelurahan = await loadBoundaries(metadata, 'kelurahan', partial);
      expect(kelurahan.features).toEqual([]);
      expect(kelurahan.missing.map((a) => a.code)).toEqual(codes('kelurahan'));
      expect((await loadBoundaries(metadata, 'kecamatan', partial)).source).toBe('operator');
    } finally {
      warn.mockRestore();
    }
  });

  it('loadBoundaries lists a published area that has no shape, says so while building, and draws the others', async () => {
    const more = { ...metadata, areas: [...metadata.areas, { code: '21.71.10.1099', name: 'Kelurahan Baru', level: 'kelurahan' as const, parent: '21.71.10' }] };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const shapes = await loadBoundaries(more, 'kelurahan', dir);
      expect(shapes.missing).toEqual([{ code: '21.71.10.1099', name: 'Kelurahan Baru' }]);
      expect(shapes.features).toHaveLength(metadata.areas.filter((a) => a.level === 'kelurahan').length);
      expect(warn.mock.calls.flat().join('\n')).toMatch(/1 kelurahan without a shape.*Kelurahan Baru \(21\.71\.10\.1099\).*boundary file/);
    } finally {
      warn.mockRestore();
    }
  });

  it('loadBoundaries refuses a boundaries file from another stage 1 run', async () => {
    const other = { ...metadata, asOfDate: '2026-01-31' };
    await expect(loadBoundaries(other, 'kecamatan', dir)).rejects.toThrow(/as of 2025-11-30.*as of 2026-01-31/);
  });

  it('loadBoundaries(same metadata, level, folder) reads the file once', async () => {
    expect(await loadBoundaries(metadata, 'kelurahan', dir)).toBe(await loadBoundaries(metadata, 'kelurahan', dir));
  });
});
