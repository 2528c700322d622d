import { geoMercator, geoPath } from 'd3-geo';
import { clipRing } from './clip-ring.ts';
import { compactPath, ringArea, toTenths, type TenthsRing } from './compact-path.ts';
import type { AreaFeature } from './boundaries.ts';
import type { Box } from './inset.ts';
import type { Point } from './label-spot.ts';

/** Map units across every drawing (main map and inset alike): it sets the rounding (0.1 unit) and label sizes. */
export const MAP_WIDTH = 600;
/**
 * Islands under this many square map units (about 1.5 px across on a phone) are left out: they cannot be seen
 * or clicked, and an archipelago's kecamatan can have hundreds of them. An area's largest polygon always stays.
 */
export const MIN_ISLAND = 4;

/** An area projected to map units, not yet rounded: polygons of rings, exterior first. */
export interface ProjectedArea { code: string; name: string; polygons: Array<Array<Array<[number, number]>>> }

/** The areas projected (Mercator) to fill MAP_WIDTH across, and the height that takes. */
export function projectAreas(features: AreaFeature[]): { width: number; height: number; areas: ProjectedArea[] } {
  const collection = { type: 'FeatureCollection' as const, features };
  const projection = geoMercator().fitWidth(MAP_WIDTH, collection);
  const height = Math.ceil(geoPath(projection).bounds(collection)[1][1]);
  const areas = features.map((f) => ({
    code: f.properties.code,
    name: f.properties.name,
    polygons: (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).map((rings) =>
      rings.map((ring) => ring.map((p) => projection([p[0]!, p[1]!]) as [number, number]))),
  }));
  return { width: MAP_WIDTH, height, areas };
}

/** A window on the projected map: map point p is drawn at (p − origin) × scale, in a width × height drawing. */
export interface View { origin: readonly [number, number]; scale: number; width: number; height: number }

export interface DrawnArea {
  code: string;
  name: string;
  /** SVG path data in the view's units. */
  d: string;
  box: Box;
  /** The rings drawn, in the view's units, for placing labels. */
  rings: Point[][];
}

/**
 * The areas as compact SVG paths for one view, rounded to 0.1 unit: cut to the view (with a little margin, so
 * no cut edge shows as an outline), with islands too small to see at this scale left out. Areas with nothing
 * inside the view are left out.
 */
export function drawView(areas: ProjectedArea[], view: View): DrawnArea[] {
  const margin = 4;
  const clip: Box = [-margin, -margin, view.width + margin, view.height + margin];
  const drawn: DrawnArea[] = [];
  for (const area of areas) {
    const polygons = area.polygons
      .map((rings) => rings.map((ring) => toTenths(clipRing(ring.map((p) => place(p, view)), clip))).filter((r) => r.length >= 3))
      // An exterior cut away takes its holes with it (they lie inside it), so an empty polygon has no rings.
      .filter((rings) => rings.length > 0);
    if (polygons.length === 0) continue;
    const rings = keepVisible(polygons).flat();
    const points = rings.flat();
    const xs = points.map((p) => p[0] / 10);
    const ys = points.map((p) => p[1] / 10);
    drawn.push({
      code: area.code,
      name: area.name,
      d: compactPath(rings),
      box: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)],
      rings: rings.map((r) => r.map(([x, y]) => [x / 10, y / 10] as const)),
    });
  }
  return drawn;
}

const place = (p: [number, number], v: View): [number, number] => [(p[0] - v.origin[0]) * v.scale, (p[1] - v.origin[1]) * v.scale];

/** Polygons (exterior ring first, in tenths) big enough to see, holes likewise; never none. */
function keepVisible(polygons: TenthsRing[][]): TenthsRing[][] {
  const size = (r: TenthsRing) => Math.abs(ringArea(r)) / 100;
  const largest = polygons.reduce((best, p) => (size(p[0]!) > size(best[0]!) ? p : best), polygons[0]!);
  return polygons
    .filter((p) => p === largest || size(p[0]!) >= MIN_ISLAND)
    .map(([outer, ...holes]) => [outer!, ...holes.filter((h) => size(h) >= MIN_ISLAND)]);
}
