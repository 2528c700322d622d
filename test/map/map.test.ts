import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { loadDefaultBoundaries } from '../../src/map/default-boundaries.ts';
import { rewindForD3 } from '../../src/map/rewind.ts';
import { webShapes } from '../../src/map/web-shapes.ts';
import { loadRegionIndex } from '../../src/pipeline/load/official-areas.ts';

const regions = await loadRegionIndex('21.71');

describe('rewindForD3', () => {
  const square = (ring: number[][]): Feature<Polygon, object> => ({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [ring] } });
  const counterClockwise = [[104, 1], [104.1, 1], [104.1, 1.1], [104, 1.1], [104, 1]];

  it('rewindForD3(a ring d3 reads as the whole globe) turns it around', () => {
    expect(geoArea(square(counterClockwise))).toBeGreaterThan(2 * Math.PI);
    expect(geoArea(rewindForD3(square(counterClockwise)))).toBeLessThan(0.001);
  });

  it('rewindForD3(a ring already wound for d3) leaves it as it is', () => {
    const clockwise = [...counterClockwise].reverse();
    expect(rewindForD3(square(clockwise)).geometry).toEqual(square(clockwise).geometry);
  });
});

describe('loadDefaultBoundaries', () => {
  it('loadDefaultBoundaries(Batam, kecamatan) gives a GADM shape for each of the 12 official kecamatan, keyed by Kemendagri code', async () => {
    const shapes = await loadDefaultBoundaries(regions, 'kecamatan');
    expect(shapes.features.map((f) => f.properties.code)).toEqual(regions.kecamatan.map((k) => k.code));
  });

  it('loadDefaultBoundaries(Batam, kelurahan) matches all 64 kelurahan by name (PulauTerong, Belakangpadang) and leaves lakes out', async () => {
    const shapes = await loadDefaultBoundaries(regions, 'kelurahan');
    expect(shapes.features.map((f) => f.properties.code)).toEqual(regions.kelurahan.map((k) => k.code));
    expect(shapes.features.find((f) => f.properties.code === '21.71.01.1004')!.properties.name).toBe('Pulau Terung');
  });

  it('loadDefaultBoundaries lists the official areas that have no shape, and still gives every other its shape', async () => {
    const extra = { ...regions, kecamatan: [...regions.kecamatan, { code: '21.71.13', name: 'Kecamatan Fiktif' }] };
    const shapes = await loadDefaultBoundaries(extra, 'kecamatan');
    expect(shapes.missing).toEqual([{ code: '21.71.13', name: 'Kecamatan Fiktif' }]);
    expect(shapes.features.map((f) => f.properties.code)).toEqual(regions.kecamatan.map((k) => k.code));
  });
});

describe('webShapes', () => {
  it('webShapes(kecamatan) winds every kecamatan for d3-geo: none covers the globe', async () => {
    const shapes = webShapes(await loadDefaultBoundaries(regions, 'kecamatan'));
    expect(shapes).toHaveLength(12);
    for (const f of shapes) expect(geoArea(f), f.properties.code).toBeLessThan(0.01);
  });
});
