import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { boundaryTopology } from '../../../src/pipeline/boundaries/boundary-topology.ts';
import type { RegionIndex } from '../../../src/pipeline/load/official-areas.ts';
import { SCHEMA_VERSION } from '../../../src/schemas/published.ts';

const regions: RegionIndex = {
  regionCode: '99.01', regionName: 'Kota Contoh', regionKind: 'kota',
  kecamatan: [{ code: '99.01.01', name: 'Kecamatan Contoh' }],
  kelurahan: [{ code: '99.01.01.1001', name: 'Kelurahan Contoh', kecamatanCode: '99.01.01' }],
};
const meta = { schemaVersion: SCHEMA_VERSION as typeof SCHEMA_VERSION, asOfDate: '2025-11-30', synthetic: true, regionCode: '99.01' };
const credit = { kelurahan: { id: 'Batas wilayah: uji', en: 'Boundaries: test' } };
const M = 1 / 111_320; // about one metre in degrees at the equator
/** A closed ring through the given corners, counter-clockwise for an exterior when given so. */
const ring = (...corners: Position[]) => [...corners, corners[0]!];
const box = (x: number, y: number, w: number, h: number) => ring([x, y], [x + w, y], [x + w, y + h], [x, y + h]);
const rings = (topo: ReturnType<typeof boundaryTopology>['topology'], level: 'kecamatan' | 'kelurahan') => {
  const f = feature(topo as unknown as Topology, topo.objects[level] as GeometryCollection).features[0]!;
  return f.geometry.type === 'Polygon' ? f.geometry.coordinates : (f.geometry as MultiPolygon).coordinates.flat();
};

describe('boundaryTopology', () => {
  it('boundaryTopology drops a vertex that bends the border by 2 m over 40 m (40 m²) and keeps one that bends it by 200 m', () => {
    const at = (x: number, y: number) => [104 + x * M, 1 + y * M];
    const outer = ring(at(0, 0), at(480, 0), at(500, -2), at(520, 0), at(1000, 0), at(1000, 1000), at(500, 1200), at(0, 1000));
    const shapes = { kelurahan: new Map([['99.01.01.1001', [{ type: 'MultiPolygon' as const, coordinates: [[outer]] }]]]) };
    const [exterior] = rings(boundaryTopology(shapes, regions, meta, credit).topology, 'kelurahan');
    const ys = exterior!.map(([, y]) => Math.round((y! - 1) / M));
    expect(ys).not.toContain(-2);
    expect(ys).toContain(1200);
  });

  it('boundaryTopology fills a 20 m sliver inside a kecamatan made of kelurahan, but keeps a 550 m lake and the kelurahan’s own holes', () => {
    const outer = box(104, 1, 0.02, 0.02);
    const sliver = box(104.002, 1.002, 20 * M, 0.01);
    const lake = box(104.01, 1.01, 0.005, 0.005);
    const shapes = { kelurahan: new Map([['99.01.01.1001', [{ type: 'MultiPolygon' as const, coordinates: [[outer, sliver, lake]] }]]]) };
    const { topology, vanished } = boundaryTopology(shapes, regions, meta, credit);
    expect(vanished).toEqual([]);
    expect(rings(topology, 'kelurahan')).toHaveLength(3);
    const kecamatan = rings(topology, 'kecamatan');
    expect(kecamatan).toHaveLength(2);
    const xs = kecamatan[1]!.map(([x]) => x!);
    expect(Math.min(...xs)).toBeCloseTo(104.01, 4); // the lake, not the sliver
  });

  it('boundaryTopology puts properties code and official name on each area, sorted by code, and reports no vanished area', () => {
    const shapes = { kelurahan: new Map([['99.01.01.1001', [{ type: 'MultiPolygon' as const, coordinates: [[box(104, 1, 0.01, 0.01)]] }]]]) };
    const { topology } = boundaryTopology(shapes, regions, meta, credit);
    expect(topology.objects.kelurahan!.geometries.map((g) => g.properties)).toEqual([{ code: '99.01.01.1001', name: 'Kelurahan Contoh' }]);
    expect(topology.objects.kecamatan!.geometries.map((g) => g.properties)).toEqual([{ code: '99.01.01', name: 'Kecamatan Contoh' }]);
  });
});
