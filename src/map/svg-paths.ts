import { geoMercator, geoPath } from 'd3-geo';
import type { AreaFeature } from './default-boundaries.ts';

export interface AreaPath { code: string; name: string; d: string }

/** SVG path data for each area, projected to fit `width` × `height`, coordinates rounded to 0.1 px. */
export function svgPaths(areas: AreaFeature[], width: number, height: number): AreaPath[] {
  const collection = { type: 'FeatureCollection' as const, features: areas };
  const projection = geoMercator().fitSize([width, height], collection);
  const path = geoPath(projection).digits(1);
  return areas.map((f) => ({ code: f.properties.code, name: f.properties.name, d: path(f) ?? '' }));
}
