import type { Feature, FeatureCollection, MultiPolygon as GeoMultiPolygon, Polygon as GeoPolygon } from 'geojson';
import { feature, mergeArcs, quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { filter, filterWeight, planarTriangleArea, presimplify, simplify, type Triangle } from 'topojson-simplify';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import type { BoundarySource, PublishedBoundaries } from '../../schemas/published-boundaries.ts';
import type { PublishedMeta } from '../../schemas/published-meta.ts';
import type { RegionIndex } from '../load/official-areas.ts';

type BoundaryLevel = 'kecamatan' | 'kelurahan';
/** Polygons per Kemendagri code (several pieces for an area split into features); a level left out is not published. */
export type AreaShapes = Partial<Record<BoundaryLevel, Map<string, GeoMultiPolygon[]>>>;

/**
 * Published coordinates sit on a grid of 0.00001° (about 1.1 m), and a vertex is kept only where the triangle it
 * makes with its neighbours (Visvalingam's effective area) is at least 100 m², e.g. a 5 m bend over 40 m. Both are
 * finer than a 1:25,000 map's own accuracy (about 12 m) and than any web map of a city (1 px ≈ 15–70 m); a
 * 1:25,000 file of a city's 64 kelurahan (≈ 230,000 points, 5.5 MB) becomes ≈ 44,000 points, 400 KB (120 KB gzip).
 */
const GRID_DEGREES = 1e-5;
export const MIN_TRIANGLE_M2 = 100;
const METRES_PER_DEGREE = 111_320;

/** The credit per level; a kecamatan level made from kelurahan takes the kelurahan file's. */
export type BoundaryAttribution = PublishedBoundaries['attribution'];

export interface BoundaryTopology {
  topology: PublishedBoundaries;
  /** Areas whose every ring fell below the simplification threshold (their shape is a sliver or a dot). */
  vanished: string[];
}

/**
 * One TopoJSON topology for the published folder: a layer per level with one geometry per official area
 * (pieces of one code merged), kecamatan made by merging their kelurahan when no kecamatan file is given,
 * simplified, then quantized. Shared borders are stored once, so kecamatan and kelurahan edges coincide.
 */
export function boundaryTopology(
  shapes: AreaShapes,
  regions: RegionIndex,
  meta: PublishedMeta,
  attribution: BoundaryAttribution,
  source: (level: BoundaryLevel) => BoundarySource = () => 'operator',
): BoundaryTopology {
  const levels = (['kecamatan', 'kelurahan'] as const).filter((level) => shapes[level] !== undefined);
  const input: Record<string, FeatureCollection> = {};
  for (const level of levels) input[level] = asFeatures(shapes[level]!);
  const box = bounds(Object.values(input));
  const n = Math.max(2, Math.ceil(Math.max(box[2] - box[0], box[3] - box[1]) / GRID_DEGREES) + 1);
  const topo = topology(input, n) as Topology;

  const byCode = (level: BoundaryLevel) => {
    const groups = new Map<string, (Polygon | MultiPolygon)[]>();
    for (const g of (topo.objects[level] as GeometryCollection<{ code: string }>).geometries as (Polygon<{ code: string }> | MultiPolygon<{ code: string }>)[])
      add(groups, g.properties!.code, [g]);
    return groups;
  };
  const layer = (areas: { code: string; name: string }[], groups: Map<string, (Polygon | MultiPolygon)[]>, fillSlivers = false): GeometryCollection => ({
    type: 'GeometryCollection',
    // An area without any shape (possible with default shapes only) gets no geometry.
    geometries: areas.filter((area) => groups.has(area.code)).map((area) => {
      const merged = mergeArcs(topo, groups.get(area.code) ?? []).arcs;
      const polygons = fillSlivers ? merged.map((rings) => [rings[0]!, ...rings.slice(1).filter((ring) => !isSliver(topo, ring))]) : merged;
      const properties = { code: area.code, name: area.name };
      return polygons.length === 1 ? { type: 'Polygon', arcs: polygons[0]!, properties } : { type: 'MultiPolygon', arcs: polygons, properties };
    }),
  });

  const objects: Record<string, GeometryCollection> = {};
  if (shapes.kecamatan) objects.kecamatan = layer(regions.kecamatan, byCode('kecamatan'));
  if (shapes.kelurahan) {
    const kelurahan = byCode('kelurahan');
    objects.kelurahan = layer(regions.kelurahan, kelurahan);
    if (!shapes.kecamatan) {
      const byKecamatan = new Map<string, (Polygon | MultiPolygon)[]>();
      for (const k of regions.kelurahan) add(byKecamatan, k.kecamatanCode, kelurahan.get(k.code) ?? []);
      objects.kecamatan = layer(regions.kecamatan, byKecamatan, true);
    }
  }

  const simple = simplify(presimplify({ ...topo, objects }, squareMetres), MIN_TRIANGLE_M2);
  // Islands smaller than the threshold collapse to a point; drop those rings (and only those).
  const kept = quantize(filter(simple, filterWeight(simple, Number.MIN_VALUE)), topo.transform!) as Topology;
  const vanished: string[] = [];
  const outObjects: Record<string, GeometryCollection> = {};
  for (const level of ['kecamatan', 'kelurahan'] as const) {
    const collection = kept.objects[level] as GeometryCollection<{ code: string }> | undefined;
    if (collection === undefined || objects[level] === undefined) continue;
    const left = collection.geometries.filter((g) => g.type !== null);
    const codes = new Set(left.map((g) => g.properties!.code));
    for (const g of objects[level].geometries) if (!codes.has((g.properties as { code: string }).code)) vanished.push((g.properties as { code: string }).code);
    outObjects[level] = { ...collection, geometries: left };
  }
  const published = {
    type: 'Topology',
    ...meta,
    transform: kept.transform,
    bbox: kept.bbox,
    objects: outObjects,
    attribution: {
      ...(outObjects.kecamatan ? { kecamatan: attribution.kecamatan ?? attribution.kelurahan } : {}),
      ...(outObjects.kelurahan ? { kelurahan: attribution.kelurahan } : {}),
    },
    source: {
      ...(outObjects.kecamatan ? { kecamatan: shapes.kecamatan ? source('kecamatan') : source('kelurahan') } : {}),
      ...(outObjects.kelurahan ? { kelurahan: source('kelurahan') } : {}),
    },
    arcs: kept.arcs,
  } as PublishedBoundaries;
  return { topology: published, vanished };
}

/** The published file's text: compact (a pretty-printed topology is several times larger), fixed key order. */
export function boundaryText(topology: PublishedBoundaries): string {
  return `${JSON.stringify(topology)}\n`;
}

/**
 * A hole left inside a kecamatan made of its kelurahan that is only a gap between neighbours as drawn (a
 * digitising sliver): narrower than 50 m on average (twice its area over its perimeter) or smaller than 1 ha.
 * Left in, it would draw as a stray line inside the kecamatan; a lake or an enclave is wider and stays.
 */
function isSliver(topo: Topology, ring: number[]): boolean {
  const coordinates = (feature(topo, { type: 'Polygon', arcs: [ring] }).geometry as GeoPolygon).coordinates[0]!;
  // Metres east and north of the first point: a hole is small enough for a flat map.
  const [lon0, lat0] = coordinates[0]!;
  const metresPerLon = METRES_PER_DEGREE * Math.cos((lat0! * Math.PI) / 180);
  const local = coordinates.map(([lon, lat]) => [(lon! - lon0!) * metresPerLon, (lat! - lat0!) * METRES_PER_DEGREE] as const);
  let area = 0;
  let perimeter = 0;
  for (let i = 1; i < local.length; i++) {
    const [x0, y0] = local[i - 1]!;
    const [x1, y1] = local[i]!;
    area += x0 * y1 - x1 * y0;
    perimeter += Math.hypot(x1 - x0, y1 - y0);
  }
  area = Math.abs(area) / 2;
  return area < 10_000 || (2 * area) / perimeter < 50;
}

/** Visvalingam weight in square metres, so the threshold means the same at any latitude. */
function squareMetres(triangle: Triangle): number {
  const metresPerLon = METRES_PER_DEGREE * Math.cos((triangle[1][1] * Math.PI) / 180);
  return planarTriangleArea(triangle) * METRES_PER_DEGREE * metresPerLon;
}

function add<T>(groups: Map<string, T[]>, key: string, items: T[]): void {
  const list = groups.get(key);
  if (list) list.push(...items);
  else groups.set(key, [...items]);
}

function asFeatures(shapes: Map<string, GeoMultiPolygon[]>): FeatureCollection {
  const features: Feature[] = [...shapes.keys()].sort().flatMap((code) =>
    shapes.get(code)!.map((geometry) => ({ type: 'Feature' as const, properties: { code }, geometry })),
  );
  return { type: 'FeatureCollection', features };
}

function bounds(collections: FeatureCollection[]): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const c of collections)
    for (const f of c.features)
      for (const polygon of (f.geometry as GeoMultiPolygon).coordinates)
        for (const ring of polygon)
          for (const [x, y] of ring) {
            if (x! < box[0]) box[0] = x!;
            if (y! < box[1]) box[1] = y!;
            if (x! > box[2]) box[2] = x!;
            if (y! > box[3]) box[3] = y!;
          }
  return box;
}
