import { geoArea } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * d3-geo works on the sphere: a ring wound the "wrong" way encloses everything outside it, and the
 * polygon becomes the whole globe minus a kecamatan. GeoJSON files (RFC 7946, GADM, BIG) wind exterior rings
 * counter-clockwise, d3 expects clockwise. Rather than trust either, every polygon that covers more than a
 * hemisphere is turned around, rings and holes alike.
 */
export function rewindForD3<P>(feature: Feature<Polygon | MultiPolygon, P>): Feature<Polygon | MultiPolygon, P> {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  const fixed = polygons.map((rings) => (geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map(reversed) : rings));
  const geometry: Polygon | MultiPolygon = feature.geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: fixed[0]! }
    : { type: 'MultiPolygon', coordinates: fixed };
  return { ...feature, geometry };
}

const reversed = (ring: Position[]) => [...ring].reverse();
