import type { MultiPolygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import type { BoundaryFile } from '../../schemas/program.ts';
import type { ProblemLog } from '../report/problems.ts';

/** One feature of a boundary file: its place in the file (1-based, as QGIS's attribute table counts), attributes and polygons. */
export interface BoundaryFeature {
  number: number;
  properties: Record<string, unknown>;
  geometry: MultiPolygon;
}

const REEXPORT = 'Export the polygon layer from QGIS (Export → Save Features As… → GeoJSON, CRS EPSG:4326 - WGS 84) or with ogr2ogr -f GeoJSON -t_srs EPSG:4326';

/**
 * The features of a parsed boundary file, GeoJSON or TopoJSON (told apart by content), each as a MultiPolygon
 * in longitude/latitude without Z values. Problems are logged against `entry.file`; null when the file as a
 * whole cannot be used.
 */
export function boundaryFeatures(data: unknown, entry: BoundaryFile, log: ProblemLog): BoundaryFeature[] | null {
  const error = (row: number, column: string, value: unknown, message: string) =>
    log.add({ severity: 'error', file: entry.file, row, column, value: value === undefined ? '' : String(value), message });
  const raw = rawFeatures(data, entry, error);
  if (raw === null) return null;
  if (raw.length === 0) {
    error(0, '', '', `holds no features; ${REEXPORT}`);
    return null;
  }
  const features: BoundaryFeature[] = [];
  let faulty = false;
  for (const [i, f] of raw.entries()) {
    const number = i + 1;
    const geometry = (f as { geometry?: unknown } | null)?.geometry;
    const polygons = polygonsOf(geometry);
    if (typeof polygons === 'string') {
      error(number, 'geometry', typeOf(geometry), polygons);
      faulty = true;
      continue;
    }
    const outside = polygons.flat(2).find(([x, y]) => Math.abs(x!) > 180 || Math.abs(y!) > 90);
    if (outside) {
      // GeoJSON of 2008 (QGIS still writes it) names the system; RFC 7946 files are WGS 84 by definition.
      const crs = String((data as { crs?: { properties?: { name?: unknown } } }).crs?.properties?.name ?? '');
      error(number, 'geometry', `${outside[0]}, ${outside[1]}`,
        `coordinates "${outside[0]}, ${outside[1]}" are not longitude/latitude` +
          (crs === '' || /CRS84|4326/.test(crs) ? '' : ` (the file says its system is ${crs})`) +
          `: the file is in a projected system such as UTM, or has x and y swapped. ${REEXPORT}`);
      return null;
    }
    const properties = (f as { properties?: unknown }).properties;
    features.push({ number, properties: isObject(properties) ? properties : {}, geometry: { type: 'MultiPolygon', coordinates: polygons } });
  }
  return faulty ? null : features;
}

type ErrorAt = (row: number, column: string, value: unknown, message: string) => void;

function rawFeatures(data: unknown, entry: BoundaryFile, error: ErrorAt): unknown[] | null {
  if (!isObject(data)) {
    error(0, '', '', `is neither GeoJSON nor TopoJSON. ${REEXPORT}`);
    return null;
  }
  if (data.type === 'Topology' && isObject(data.objects) && Array.isArray(data.arcs)) return topologyFeatures(data, entry, error);
  if (entry.object !== undefined) {
    error(0, 'object', entry.object, `this is not a TopoJSON file: remove "object" from its entry in program.json (it names a TopoJSON object)`);
    return null;
  }
  if (data.type === 'FeatureCollection' && Array.isArray(data.features)) return data.features;
  if (data.type === 'Feature') return [data];
  const type = typeof data.type === 'string' ? data.type : '';
  error(0, 'type', type, type === 'Polygon' || type === 'MultiPolygon' || type === 'GeometryCollection'
    ? `is a bare geometry with no attributes, so no area code can be read. ${REEXPORT}`
    : `is neither a GeoJSON FeatureCollection nor a TopoJSON Topology. ${REEXPORT}`);
  return null;
}

function topologyFeatures(topology: Record<string, unknown>, entry: BoundaryFile, error: ErrorAt): unknown[] | null {
  const objects = topology.objects as Record<string, unknown>;
  const names = Object.keys(objects);
  const listed = names.map((n) => `"${n}"`).join(', ');
  const name = entry.object ?? (names.length === 1 ? names[0]! : undefined);
  if (name === undefined || !Object.hasOwn(objects, name)) {
    if (entry.object !== undefined) error(0, 'object', entry.object, `the TopoJSON file has no object "${entry.object}"; its objects are ${listed || 'none'}`);
    else error(0, 'object', '', `the TopoJSON file has ${names.length} objects (${listed || 'none'}); name the one with the areas as "object" in its program.json entry`);
    return null;
  }
  try {
    const result = feature(topology as unknown as Topology, objects[name] as Parameters<typeof feature>[1]) as { type: string; features?: unknown[] };
    return result.type === 'FeatureCollection' ? result.features! : [result];
  } catch (e) {
    error(0, 'object', name, `the TopoJSON object "${name}" cannot be read (${(e as Error).message}). ${REEXPORT}`);
    return null;
  }
}

/** Polygons with [x, y] positions only, degenerate rings dropped; or why the geometry is not polygons. */
function polygonsOf(geometry: unknown): Position[][][] | string {
  if (!isObject(geometry) || typeof geometry.type !== 'string') return 'the feature has no geometry; delete it or draw its shape';
  const parts = geometry.type === 'GeometryCollection' && Array.isArray(geometry.geometries) ? geometry.geometries : [geometry];
  const polygons: Position[][][] = [];
  for (const part of parts) {
    const type = isObject(part) ? part.type : undefined;
    const coordinates = isObject(part) ? part.coordinates : undefined;
    if (type !== 'Polygon' && type !== 'MultiPolygon')
      return `"${String(type)}" is not a polygon: the file must hold areas, not lines or points (BIG: the layer ending in _AR, not _LN or _PT)`;
    const list = type === 'Polygon' ? [coordinates] : coordinates;
    if (!Array.isArray(list) || !list.every(isPolygon)) return `the "${type}" coordinates are malformed. ${REEXPORT}`;
    for (const rings of list as number[][][][]) {
      const kept = rings.filter((ring) => ring.length >= 4).map((ring) => ring.map(([x, y]) => [x!, y!]));
      if (kept.length > 0) polygons.push(kept);
    }
  }
  return polygons.length > 0 ? polygons : 'the polygons have no area (every ring has fewer than 4 points); draw the shape again';
}

const isPosition = (p: unknown) => Array.isArray(p) && p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);
const isPolygon = (rings: unknown) => Array.isArray(rings) && rings.every((ring) => Array.isArray(ring) && ring.every(isPosition));
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const typeOf = (geometry: unknown) => (isObject(geometry) && typeof geometry.type === 'string' ? geometry.type : '');
