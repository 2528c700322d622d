import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import type { Feature, Polygon } from 'geojson';
import { loadBoundaries } from '../../src/map/boundaries.ts';
import { loadPublished } from '../../src/lib/published.ts';
import { rewindForD3 } from '../../src/map/rewind.ts';
import { webShapes } from '../../src/map/web-shapes.ts';

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

describe('webShapes', () => {
  it('webShapes(kecamatan) winds every kecamatan for d3-geo: none covers the globe', async () => {
    const shapes = webShapes(await loadBoundaries(loadPublished('data/published').metadata, 'kecamatan', 'data/published'));
    expect(shapes).toHaveLength(12);
    for (const f of shapes) expect(geoArea(f), f.properties.code).toBeLessThan(0.01);
  });
});
