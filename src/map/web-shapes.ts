import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';
import type { AreaFeature, AreaProperties } from './boundaries.ts';
import { rewindForD3 } from './rewind.ts';

/**
 * Shapes small enough for a phone: a topology (shared borders are stored once, so simplifying never opens
 * gaps between neighbours), simplified by Visvalingam weight keeping the `keep` share of points, then back
 * to features wound the way d3-geo needs.
 */
export function webShapes(areas: FeatureCollection<Polygon | MultiPolygon, AreaProperties>, keep = 0.08): AreaFeature[] {
  // The typings disagree on property types (GeoJSON allows null); the data here always has properties.
  const topo = presimplify(topology({ areas }, 1e5) as Parameters<typeof presimplify>[0]);
  const simple = simplify(topo, quantile(topo, 1 - keep));
  const back = feature(simple, simple.objects.areas!) as unknown as FeatureCollection<Polygon | MultiPolygon, AreaProperties>;
  return back.features.map(rewindForD3);
}
